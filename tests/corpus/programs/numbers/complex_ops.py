# versions: 2.7 3.6+
z = 3 + 4j
w = complex(1, -2)
print(z)
print(w)
print(repr(z + w))
print(repr(z - w))
print(repr(z * w))
print(repr(z / w))
print(abs(z))
print(z.real)
print(z.imag)
print(z.conjugate())
print(repr(z ** 2))
print(repr(1j ** 2))
print(repr(-1j))
print(repr(complex("1+2j")))
print(repr(complex(0, 0)))
print(repr(complex(-0.0, 0.0)))
print(z == complex(3, 4))
print(z != w)
print(repr(2 * z))
print(repr(z + 1.5))
print("{:.2f}".format(w))
print(repr(complex(1e300, 1e300) * 10))
try:
    z < w
    print("no error")
except TypeError:
    print("TypeError: complex ordering")
try:
    z / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
import cmath
print(repr(cmath.sqrt(-4)))
print(repr(cmath.exp(0j)))
print(round(cmath.phase(1j), 6))
