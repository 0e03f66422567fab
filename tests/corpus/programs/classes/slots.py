# versions: 2.7 3.6+
class Point(object):
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x + p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError:
    print("AttributeError no z")
print(hasattr(p, "__dict__"))
print(Point.__slots__)
del p.y
try:
    p.y
except AttributeError:
    print("AttributeError y deleted")
p.y = 7
print(p.y)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x + q.y + q.z)
try:
    q.w = 1
except AttributeError:
    print("AttributeError no w")


class Loose(Point):
    pass


lo = Loose(0, 0)
lo.anything = "ok"
print(lo.anything)
print(type(Point.__dict__["x"]).__name__)


class WithDict(object):
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a + w.b)
print(sorted(w.__dict__))
