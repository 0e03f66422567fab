# versions: 2.7 3.6+
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456, -123.456]:
    print(repr(round(v)))
    print(repr(round(v, 2)))
    print(repr(round(v, -1)))
print(round(1234567, -3))
print(round(-1250, -2))
print(round(15, -1))
print(round(25, -1))
print(pow(2, 10))
print(pow(2, -2))
print(pow(-8, 3))
print(pow(2, 100, 97))
print(pow(-5, 3, 7))
print(pow(5, 3, -7))
print(pow(10 ** 30, 12, 10 ** 9 + 7))
print(repr(pow(2.0, 3)))
print(repr(pow(4, 0.5)))
print(0 ** 0)
print(repr(0.0 ** 0))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError mod 0")
try:
    print(0 ** -1)
except ZeroDivisionError:
    print("ZeroDivisionError 0**-1")
print(divmod(100, 7))
print(divmod(-100, 7))
print(divmod(100, -7))
print(divmod(-100, -7))
print(repr(divmod(10.5, 3)))
print(abs(-7))
print(repr(abs(-7.25)))
import math
print(math.factorial(20))
print(math.gcd(462, 1071) if hasattr(math, "gcd") else 21)
print(repr(math.trunc(-3.7)))
