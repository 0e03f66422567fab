# versions: 2.7
# 2.7's built-ins as their C code reads arguments and raises: keywords, counts, read-only
# members, subscripts, complex ordering, the | operator.


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print label, "->", type(e).__name__ + ":", e
    else:
        print label, "=", repr(result)


print "-- keywords and counts"
attempt("list(sequence=)", lambda: list(sequence="ab"))
attempt("tuple(sequence=)", lambda: tuple(sequence=[1, 2]))
attempt("bool(x=)", lambda: bool(x=0))
attempt("float(x=)", lambda: float(x="1.5"))
attempt("enumerate(sequence=, start=)", lambda: list(enumerate(sequence="ab", start=3)))
attempt("sorted(key=, reverse=)", lambda: sorted([3, 1, 2], key=None, reverse=True))
attempt("sorted(iterable=)", lambda: sorted(iterable=[2, 1]))
attempt("sorted 5 args", lambda: sorted([], None, None, False, 1))
attempt("round(number=, ndigits=)", lambda: round(number=2.675, ndigits=1))
attempt("list(x=1)", lambda: list(x=1))
attempt("list([], sequence=[])", lambda: list([], sequence=[]))
attempt("tuple(1, 2)", lambda: tuple(1, 2))
attempt("enumerate(start=1)", lambda: enumerate(start=1))
attempt("enumerate([], zz=1)", lambda: enumerate([], zz=1))
attempt("bytearray(x=1)", lambda: bytearray(x=1))
attempt("bytearray(source=3)", lambda: bytearray(source=3))
attempt("round(1, x=1)", lambda: round(1, x=1))
attempt("abs(x=1)", lambda: abs(x=1))
attempt("hex(x=1)", lambda: hex(x=1))
attempt("len([], x=1)", lambda: len([], x=1))
attempt("sum([], start=0)", lambda: sum([], start=0))
attempt("set(1, 2)", lambda: set(1, 2))
attempt("set(x=1)", lambda: set(x=1))
attempt("frozenset([], x=1)", lambda: frozenset([], x=1))
attempt("dict('a', 'b')", lambda: dict("a", "b"))
attempt("dict(a=1)", lambda: sorted(dict(a=1).items()))
attempt("{}.fromkeys()", lambda: {}.fromkeys())
attempt("dict.fromkeys(1, 2, 3)", lambda: dict.fromkeys(1, 2, 3))
attempt("dict.fromkeys(x=1)", lambda: dict.fromkeys(x=1))
attempt("pow()", lambda: pow())
attempt("pow(2, 3, 5)", lambda: pow(2, 3, 5))
attempt("pow(1, 2, 3, 4)", lambda: pow(1, 2, 3, 4))
attempt("staticmethod(1, x=1)", lambda: staticmethod(1, x=1))
attempt("staticmethod(x=1)", lambda: staticmethod(x=1))
attempt("classmethod(1, 2)", lambda: classmethod(1, 2))
attempt("super(x=1)", lambda: super(x=1))
attempt("xrange(3, x=1)", lambda: xrange(3, x=1))
attempt("min(x=1)", lambda: min(x=1))
attempt("max([1], key=len, x=1)", lambda: max([1], key=len, x=1))
attempt("max(['ab', 'c'], key=len)", lambda: max(["ab", "c"], key=len))
kw = {"sequence": (1,)}
attempt("list(**kw)", lambda: list(**kw))
attempt("abs(*[1], **{'x': 1})", lambda: abs(*[1], **{"x": 1}))

print "-- read-only members"


class K(object):
    x = property(lambda self: 1)


def store(obj, name):
    setattr(obj, name, 1)


def remove(obj, name):
    delattr(obj, name)


attempt("complex.real =", lambda: store(1j, "real"))
attempt("del complex.imag", lambda: remove(2j, "imag"))
attempt("slice.start =", lambda: store(slice(1), "start"))
attempt("property.fget =", lambda: store(K.__dict__["x"], "fget"))
attempt("type.__mro__ =", lambda: store(K, "__mro__"))
attempt("function.__globals__ =", lambda: store(attempt, "__globals__"))
attempt("staticmethod.__func__ =", lambda: store(staticmethod(len), "__func__"))
try:
    z = 3j
    z.real = 1
except TypeError as e:
    print "statement:", e
try:
    del slice(1).stop
except AttributeError:
    print "an AttributeError?"
except TypeError as e:
    print "del statement:", e

print "-- subscripts"


class N(object):
    pass


class I(object):
    def __index__(self):
        return 0


class Old:
    pass


attempt("{1}[1]", lambda: {1}[1])
attempt("{1}[True]", lambda: {1}[True])
attempt("{1}['a']", lambda: {1}["a"])
attempt("{1}[I()]", lambda: {1}[I()])
BIG = 10 ** 30  # (a folded constant inside a lambda would leave its co_stacksize above its need)
attempt("{1}[10**30]", lambda: {1}[BIG])
attempt("frozenset()[0]", lambda: frozenset()[0])
attempt("N()[0]", lambda: N()[0])
attempt("N()[None]", lambda: N()[None])
attempt("Old()[0]", lambda: Old()[0])
attempt("None[0]", lambda: None[0])
attempt("(5)[0]", lambda: (5)[0])
attempt("viewkeys()[0]", lambda: {}.viewkeys()[0])
attempt("'{0[1]}'.format({1})", lambda: "{0[1]}".format({1}))
attempt("'{0[1]}'.format(N())", lambda: "{0[1]}".format(N()))
attempt("'{0[a]}'.format({1})", lambda: "{0[a]}".format({1}))

print "-- complex ordering"
attempt("1j < 1j", lambda: 1j < 1j)
attempt("1j >= 1j", lambda: 1j >= 1j)
attempt("1j < 2", lambda: 1j < 2)
attempt("True > 1j", lambda: True > 1j)
attempt("1j < 'a'", lambda: 1j < "a")
attempt("None < 1j", lambda: None < 1j)
attempt("1j == 1j", lambda: 1j == 1j)
attempt("sorted([1j, 1j])", lambda: sorted([1j, 1j]))
attempt("sorted([2j, 1j], key=abs)", lambda: sorted([2j, 1j], key=abs))
attempt("[1j] < [1j]", lambda: [1j] < [1j])
attempt("[1j] < [2j]", lambda: [1j] < [2j])
attempt("max(1j, 2j)", lambda: max(1j, 2j))
attempt("cmp(1j, 1j)", lambda: cmp(1j, 1j))

print "-- the | operator"


class Meta(type):
    def __or__(cls, other):
        return "Meta|"


class WithMeta(object):
    __metaclass__ = Meta


class D(dict):
    def __or__(self, other):
        return "D|"


attempt("int | None", lambda: int | None)
attempt("None | int", lambda: None | int)
attempt("int | int", lambda: int | int)
attempt("{1: 2} | {1: 2}", lambda: {1: 2} | {1: 2})
attempt("N | N", lambda: N | N)
attempt("WithMeta | None", lambda: WithMeta | None)
attempt("D() | {}", lambda: D() | {})
attempt("{1} | {2}", lambda: sorted({1} | {2}))
FIVE = 5
attempt("5 | 2", lambda: FIVE | 2)
d = {1: 2}
try:
    d |= {3: 4}
except TypeError as e:
    print "d |=", e
print d
t = int
try:
    t |= str
except TypeError as e:
    print "t |=", e

print "-- a built-in type as the metaclass"
for base in ({1}, frozenset([2]), [], 1, 10 ** 30, True, {}):
    try:
        class A(base):
            pass
    except TypeError as e:
        print type(base).__name__, "->", e
    else:
        print type(base).__name__, "made", A
