# versions: 3.11+
from os.path import *
from string import *

print(join("a", "b"), ascii_lowercase[:3])
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 5; x &= 0b1110; x ^= 3
print(x, +x, -(-x))
y = 7.5
y /= 2
print(y, 7 @ 1 if False else "no matmul", 2 ** -1, 17 // 5, 17 % 5, -17 // 5)
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump(); bump()
print(counter)
data = {"a": [1, 2, {"b": 3}]}
data["a"][2]["b"] += 10
del data["a"][0]
print(data)


class Obj:
    pass


o = Obj()
o.v = 1
o.v += 1
print(o.v)
del o.v
print(hasattr(o, "v"))
try:
    assert x > 100, f"x too small: {x}"
except AssertionError as e:
    print("AssertionError:", e)
if (n := len("hello")) > 3:
    print("walrus", n)
for i in range(3):
    pass
else:
    print("for-else", i)
while False:
    pass
else:
    print("while-else")


def point(p):
    match p:
        case {"x": 0, "y": 0}:
            return "origin map"
        case {"x": x, **rest} if rest:
            return f"map x={x} rest={rest}"
        case [0, *others]:
            return f"seq starting 0, others={others}"
        case (1 | 2) as small:
            return f"small {small}"
        case str() as s if s.isdigit():
            return "digits"
        case complex(real=r, imag=i):
            return f"complex {r} {i}"
        case Obj():
            return "an Obj"
        case None:
            return "none"
        case _:
            return "other"


for p in ({"x": 0, "y": 0}, {"x": 1, "z": 2}, [0, 1, 2], 2, "123", 1 + 2j, Obj(), None, 3.5):
    print(point(p))
print(", ".join(str(v) for v in range(3)), "|".join(map(str, sorted({3, 1, 2}, reverse=True))))
print("abc".replace("b", "B", 1), "x".center(5, "*"), "%-4s|%04.1f" % ("ab", 3.14159))
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix if row[1]])
print(list(zip(*matrix)), {**{"a": 1}, "b": 2}, [*range(2), *"ab"], (*[1], 2))
first, *middle, last = "python"
print(first, middle, last)
print(any(v > 1 for v in [0, 2]), all([]), sum(v for v in range(5)))
print(sorted(["b", "A", "c"], key=str.lower), max([1, 5, 3], default=0), min((), default="empty"))
print(int("7") + 1, float("1.5"), str(1.0), repr("q'"), bool([]), divmod(7, 2))


def keyword_method_calls():
    d = {}
    d.setdefault("k", []).append(1)
    s = "a,b,,c"
    return d, s.split(",", maxsplit=1), "{0}-{x}".format(1, x=2), dict.fromkeys("ab", 0)


print(keyword_method_calls())
lam = lambda a, *, b=2: a * b
print(lam(3), lam(3, b=4), (lambda: (yield))().__class__.__name__)


def deep(n):
    return n if n == 0 else deep(n - 1)


print(deep(200))
try:
    deep(-1)
except RecursionError as e:
    print("RecursionError:", str(e)[:30])
print(isinstance(3, int | str), type(None).__name__, callable(len))
