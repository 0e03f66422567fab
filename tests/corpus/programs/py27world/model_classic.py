# versions: 2.7
# Old-style classes as 2.7 has them.


class Proxy:
    def __init__(self, target):
        self._t = target

    def __getattr__(self, name):
        return getattr(self._t, name)


p = Proxy([1, 2, 3])
print len(p), p[0], str(p), repr(p), list(iter(p)), 2 in p, bool(p), bool(Proxy([]))
q = Proxy(5)
print q + 1, 1 + q, -q, int(q), q * 3, abs(Proxy(-4))
w = Proxy({'x': 1})
w['y'] = 2
print sorted(w.items()), 'x' in w, w.keys() == w._t.keys()
print Proxy('abc').upper(), len(Proxy('abc')), Proxy(u'h\xe9').encode('utf-8') == 'h\xc3\xa9'


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print list(Seq()), 20 in Seq(), 5 in Seq()


class Lazy:
    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return name.upper()


z = Lazy()
print z.foo, bool(z), repr(z).startswith('<__main__.Lazy instance at'), str(z) == repr(z)
try:
    len(z)
except AttributeError as e:
    print 'AttributeError', e
try:
    z + 1
except TypeError as e:
    print 'TypeError', e


class K:
    def __cmp__(self, o):
        return 0


class E:
    def __eq__(self, o):
        return True


class Sub(E):
    pass


for make in (K, E, Sub):
    try:
        hash(make())
    except TypeError as e:
        print make.__name__, 'TypeError', e
try:
    {K(): 1}
except TypeError as e:
    print 'as a key:', e
try:
    set([E()])
except TypeError as e:
    print 'in a set:', e


class H:
    def __hash__(self):
        return 42

    def __cmp__(self, o):
        return 0


class HSub(H):
    pass


print hash(H()), hash(HSub()), H() == HSub(), len(set([H(), HSub()]))


class Plain:
    pass


print type(hash(Plain())), Plain() == Plain(), len(set([Plain(), Plain()]))


class Old:
    def getx(self):
        return 42

    def setx(self, v):
        raise ValueError('setter ran')

    x = property(getx, setx)


o = Old()
print o.x
o.x = 7
print o.x, o.__dict__, Old.x.fget(o)
del o.x
print o.x


class Descr(object):
    def __get__(self, obj, cls):
        return 'descr'

    def __set__(self, obj, v):
        print 'set called'


class WithD:
    a = Descr()


wd = WithD()
print wd.a
wd.a = 5
print wd.a, wd.__dict__


class NewP(object):
    x = property(lambda self: 1, lambda self, v: None)


n = NewP()
n.x = 5
print n.x
print issubclass(Old, object), issubclass(Old, (int, object)), issubclass(NewP, object)
print isinstance(o, object), isinstance(Old, object), issubclass(Sub, E), issubclass(Sub, (E,))
print type(o), type(Old), type(o).__name__, o.__class__ is Old


class Co:
    def __init__(self, v):
        self.v = v

    def __coerce__(self, other):
        return (self.v, other)


print Co(3) + 4, 4 + Co(3), Co(2) * 5, coerce(1, 2.5), coerce(1L, 2)

# comparisons and hash are looked up through __getattr__ too
print Proxy(5) == 5, Proxy(5) != 5, Proxy(5) < 7, hash(Proxy(5)), hash(Proxy('a')) == hash('a')
print Proxy([1]) == [1], Proxy('a') == 'a', 5 == Proxy(5), cmp(Proxy(3), 4)
try:
    hash(Proxy([]))
except TypeError as e:
    print 'TypeError', e
print z == z, z == Lazy(), type(hash(z))
