# versions: 2.7 3.6+
a = 17
b = 5
print(a + b)
print(a - b)
print(a * b)
print(a // b)
print(a % b)
print(-a // b)
print(-a % b)
print(a // -b)
print(a % -b)
print(a ** 3)
print(2 ** -1)
print(divmod(a, b))
print(divmod(-a, b))
print(abs(-a))
print(-(-a))
print(+a)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 7
print(x)
x %= 4
print(x)
x **= 10
print(x)
print(int("123") + int("-45"))
print(int("ff", 16))
print(int("0o17", 0))
print(int("1010", 2))
print(int(7.9))
print(int(-7.9))
print(hex(255))
print(oct(8))
print(bin(10))
print(max(3, 9, 2))
print(min([4, -1, 8]))
print(sum(range(101)))
print(pow(3, 4))
print(pow(3, 200, 1000))
print(True + True)
print(isinstance(True, int))
print(3 == 3.0)
print(7 / 2)
