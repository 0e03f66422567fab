# versions: 2.7 3.6+
class Plain(object):
    pass


class WithRepr(object):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "WithRepr(%r)" % (self.v,)


class WithStr(WithRepr):
    def __str__(self):
        return "str of %s" % (self.v,)


w = WithRepr("a")
s = WithStr(2)
print(w)
print(repr(w))
print(str(w))
print(s)
print(repr(s))
print([w, s])
print((w,))
print({"k": s}["k"])
print("%s and %r" % (s, s))
print("{0} {0!r}".format(s))
p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at "))
print(type(p))
print(Plain)
print(Plain.__name__)
print(Plain.__module__)
print(type(Plain))
print(repr(int))
print(repr(len))
print(str(None))
print(repr(Ellipsis))
print(repr(NotImplemented))


class Rec(object):
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return "Rec(%d)" % len(self.items)


print(Rec())
print(repr([1, [2, [3]]]))
x = []
x.append(x)
print(x)
d = {}
d[1] = d
print(d)
