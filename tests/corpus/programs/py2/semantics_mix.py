# versions: 2.7
import sys
class Old:
    def __init__(self, n):
        self.n = n
    def __nonzero__(self):
        return self.n != 0
    def __len__(self):
        return self.n
    def __getslice__(self, i, j):
        return ("slice", i, j)
    def __div__(self, other):
        return "div %d" % other
class Counter(object):
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def next(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print type(Old(1)), type(Old)
print repr(Old(1))[:18], str(Old)
print bool(Old(0)), bool(Old(2))
print Old(5)[1:3], Old(5)[:], Old(5)[-2:]
print Old(1) / 4
print list(Counter(3)), sum(Counter(4))
print None < 1, 1 < "a", "a" < (), [] < {}, None > None
print cmp(None, 0), cmp("b", "a"), cmp((1, 2), (1, 2))
print 2 ** 62 + 2 ** 62, type(2 ** 62 * 2).__name__, -2 ** 63, type(-2 ** 63).__name__
print 10 / 4, -10 / 4, 10 % -3, 2 ** -1, 7 // 2.0
print str(1.0 / 3), repr(1.0 / 3), 1.0 / 3, [1.0 / 3], 1e16, 1.5e-7, 100.0
print `1L` + `[1, 'a', u'b']`
x = 3
print "x is", x, ;print "same line"
try:
    raise KeyError("k")
except KeyError:
    print sys.exc_info()[0].__name__, sys.exc_info()[1]
sys.exc_clear()
print sys.exc_info()
def gen():
    yield 1
    raise StopIteration
    yield 2
print list(gen())
def ns_exec():
    d = {}
    exec "a = 1\nb = a + 1" in d
    return sorted(k for k in d if k != "__builtins__")
print ns_exec()
print eval("x * 2"), eval("[i for i in range(3)]")
s = "caf\xc3\xa9"
u = s.decode("utf-8")
print s, u, len(s), len(u)
print repr(s), repr(u), repr(u.encode("latin-1"))
print "%s|%r|%5.1f|%-4d|%x" % (u"uni", "st", 2.25, 7, 255)
print "{0} {1!r} {2}".format(1.5, "a", [1])
d = {"one": 1}
for k, v in d.iteritems():
    print k, v
print isinstance(u"", basestring), isinstance(1L, (int, long)), issubclass(bool, int)
print int("12"), long("12"), int(2 ** 64), float("1.5"), round(2.5), round(-0.5), round(1.25, 1)
print hex(255), oct(8), hex(16L), oct(0)
print map(lambda a, b: (a, b), [1, 2], [3]), zip((1, 2), [3, 4])
print sorted([3, 1, 2], reverse=True), sorted("bca"), max([1, "a"]), min(None, 1)
print range(0), range(5, 0, -2), list(xrange(3)), xrange(3), xrange(1, 7, 2)
print dict(a=1).keys(), {}.has_key(1)
print [].sort(), "a".join(["x", "y"]), u"-".join(["p", u"q"])
print set([1, 2]), frozenset([3]), set()
print type(1), type(1L), type(""), type(u""), type(None), type(len), type(Old), type(Counter(1))
class E(Exception):
    pass
try:
    raise E, "msg"
except E, e:
    print repr(e), str(e), e.args, e.message
print ValueError("a", 1), repr(ValueError()), KeyError("q")
print >>sys.stderr, "err", 1
sys.exit("bye")
