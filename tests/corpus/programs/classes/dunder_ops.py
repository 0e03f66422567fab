# versions: 2.7 3.6+
class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    __div__ = __truediv__

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __ne__(self, o):
        return not self == o

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    __nonzero__ = __bool__

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __call__(self, scale):
        return self * scale

    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)

    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)

    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)

    def __index__(self):
        return self.x


a = Vec(3, 4)
b = Vec(1, 2)
print(a + b)
print(a - b)
print(a * 2)
print(3 * a)
print(a / 2)
print(a // 2)
print(a % 2)
print(-a)
print(+a)
print(abs(a))
print(a == Vec(3, 4))
print(a != b)
print(bool(Vec(0, 0)))
print(bool(a))
print(len(a))
print(a[0])
print(a[-1])
print(list(a))
print(4 in a)
print(9 in a)
x, y = a
print(x * y)
c = a
c += b
print(c)
print(a is c)
print(a(10))
print(a << 2)
print(a & Vec(1, 7))
print(a ** 2)
print(["x", "y", "z", "w", "v"][Vec(1, 0)])
print(len(set([Vec(1, 1), Vec(1, 1), Vec(2, 2)])))
print(sorted(Vec(5, 1)))


class Num(object):
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return "radd(%r)" % (other,)

    def __add__(self, other):
        return NotImplemented

    def __lt__(self, o):
        return self.v < o.v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __str__(self):
        return "Num<%s>" % self.v


print(1 + Num(2))
print(Num(2) < Num(3))
print(Num(5) > Num(3))
print(int(Num(7.9)))
print(float(Num(2)))
print(str(Num(1)))
try:
    Num(1) + Num(2)
except TypeError:
    print("TypeError unsupported +")
