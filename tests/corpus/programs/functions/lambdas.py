# versions: 2.7 3.6+
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1))
print(add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
print(sq.__name__)
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 8)))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in sorted(ops):
    print("%s %d" % (op, ops[op](6, 3)))
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
fact = Y(lambda self: lambda n: 1 if n < 2 else n * self(n - 1))
print(fact(10))
p = functools.partial(add, b=5)
print(p(1))
print(p.keywords)
