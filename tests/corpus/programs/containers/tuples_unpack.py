# versions: 2.7 3.6+
t = (1, "two", 3.0)
print(t)
print(t[1])
print(len(t))
print(t + (4,))
print(t * 2)
print((1,))
print(())
print(tuple("abc"))
a, b, c = t
print(a)
print(b)
print(c)
x, (y, z) = 1, (2, 3)
print(x + y + z)
(p, q), r = "ab", "c"
print(p + q + r)
a, b = b, a
print(a)
print(b)
for i, (k, v) in enumerate([("x", 1), ("y", 2)]):
    print("%d %s %d" % (i, k, v))
print((1, 2) < (1, 3))
print((1, 2, 3) > (1, 2))
print((2,) > (1, 99))
print(t.index("two"))
print((1, 1, 2).count(1))
print(hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError:
    print("TypeError immutable")
try:
    a, b = [1, 2, 3]
except ValueError:
    print("ValueError too many")
try:
    a, b, c = [1, 2]
except ValueError:
    print("ValueError not enough")
first = [1, 2, 3]
m, n, o = first
print(m * n * o)
s1, s2 = "hi"
print(s2 + s1)
d = {"k": (1, 2)}
(u, v), = d.values()
print(u + v)
def pair():
    return 7, 8
g, h = pair()
print(g * h)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(min([(3, "c"), (1, "x")]))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
