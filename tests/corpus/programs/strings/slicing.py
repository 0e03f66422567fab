# versions: 2.7 3.6+
s = "abcdefghij"
print(s[0])
print(s[-1])
print(s[2:5])
print(s[:3])
print(s[7:])
print(s[-3:])
print(s[:-3])
print(s[::2])
print(s[1::3])
print(s[::-1])
print(s[8:2:-2])
print(s[-2:-8:-1])
print(s[100:])
print(repr(s[5:2]))
print(s[-100:3])
print(s[:])
print(s[slice(1, 9, 2)])
print(s[slice(None, None, -3)])
sl = slice(2, 8, 3)
print(sl.start)
print(sl.stop)
print(sl.step)
print(sl.indices(5))
for i in range(-3, 4):
    print(s[i:i + 3])
try:
    s[20]
except IndexError as e:
    print("IndexError")
n = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(n[::-2])
print(n[3:-3])
t = tuple(n)
print(t[1:4])
print(t[::-1][:3])
