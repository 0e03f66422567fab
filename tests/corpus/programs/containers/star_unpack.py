# versions: 3.6+
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
(x, *ys), w = [1, 2, 3], 4
print(x, ys, w)
for h, *t in [(1, 2, 3), (4,), (5, 6)]:
    print(h, t)
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]} == {1, 2, 3})
d1 = {"a": 1}
d2 = {"b": 2, "a": 3}
print({**d1, **d2})
print({**d2, "c": 4, **d1})
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print(f(0, *[], **{}))
print(*[1, 2, 3], sep="-")
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
*all_, = [7, 8]
print(all_)
