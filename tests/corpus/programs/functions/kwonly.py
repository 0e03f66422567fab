# versions: 3.6+
def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2))
print(f(1, c=4, b=5))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep="-", end="."):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3))
print(g(1, 2, sep="+", end="!"))
def h(a, b=1, *args, d, e=5, **kw):
    return a, b, args, d, e, kw
print(h(0, d=4))
print(h(0, 1, 2, 3, d=4, z=9))
print(h.__kwdefaults__)
print(h.__defaults__)
print(h.__code__.co_kwonlyargcount)
print(h.__code__.co_argcount)
def annotated(x: int, y: "str" = "s", *, z: float = 1.0) -> list:
    return [x, y, z]
print(annotated(1, z=2.5))
print(sorted(annotated.__annotations__))
