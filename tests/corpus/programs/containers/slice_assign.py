# versions: 2.7 3.6+
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = ["E"] * len(a[::2])
print(a)
b = list(range(8))
b[::-3] = "abc"
print(b)
try:
    b[::2] = [1, 2]
except ValueError:
    print("ValueError extended slice size")
c = list(range(10))
del c[::3]
print(c)
del c[-2:]
print(c)
c[1:1] = "zz"
print(c)
c[:] = (7, 8, 9)
print(c)
d = [1, 2, 3]
alias = d
d[:] = [4, 5]
print(alias)
e = [0] * 4
e[1:3] = range(5)
print(e)
grid = [[0] * 3 for i in range(3)]
for i in range(3):
    grid[i][i:] = [i] * (3 - i)
print(grid)
ba = bytearray(b"hello")
ba[1:3] = b"EE"
print(repr(bytes(ba)))
