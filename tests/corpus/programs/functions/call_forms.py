# versions: 3.11+
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))
print(f(1, *(2, 3), c=4, **{"d": 5}))


class K:
    def m(self, x, *, y=0):
        return (x, y)

    @staticmethod
    def s(*a, **k):
        return a, k


k = K()
print(k.m(1, y=2), k.m(*[3]), K.s(1, two=2), k.s(*[], **{}))
print(getattr(k, "m")(5, y=6))
m = k.m
print(m(7))
print((lambda *a, **kw: (a, kw))(1, x=2))
print(sorted([3, 1, 2], key=lambda v: -v, reverse=False))
print(dict(a=1, **{"b": 2}))
print("{}-{}".format(*"ab"), "%s" % (1,))

try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, c=1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    k.m()
except TypeError as e:
    print("TypeError:", e)
try:
    f(*1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **[])
except TypeError as e:
    print("TypeError:", e)


def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"{tag}({fn(*a, **k)})"
        return inner
    return wrap


@deco("x")
@deco("y")
def g(v, *, w=1):
    return v * w


print(g(3, w=2))


def annotated(a: int, b: "str" = "s", *, c: list[int] = None) -> dict:
    return a


print(annotated.__annotations__, annotated.__defaults__, annotated.__kwdefaults__)
print(annotated.__qualname__, annotated.__name__)


class Outer:
    class Inner:
        def meth(self):
            def local():
                pass
            return local

    def __call__(self, v):
        return v + 1


print(Outer.Inner().meth().__qualname__, Outer()(41))
x = 5
print(+x, -x, ~x, not x)
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[::3], s[-3:-1])
s[2:4] = ["a", "b", "c"]
print(s)
del s[0:2]
print(s)
a = 7
print(f"{a!r:>5}|{a:03d}|{'s'!a}|{a=}|{3.14159:.2f}|{'x':{'^'}{5}}")
print(1 < a < 10, a == 7 != 8, a is not None, a in [7], a not in (1,))
if a > 3 and not a > 100:
    print("cmp ok")
while a:
    a -= 3
    if a < 0:
        break
print(a)
print([i for i in range(5) if i % 2] or None, {i: i * i for i in range(3)}, sorted({c for c in "aab"}))
t = 1, 2, 3
p, *q = t
print(p, q)
y = None
print(y is None, (y or "default"))
z = 3 if y is not None else 4
print(z)
