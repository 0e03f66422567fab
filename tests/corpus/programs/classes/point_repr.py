# versions: 3.6+
# A class with an f-string __repr__ (what a tracer must not call to show values:
# the repr of a half-built Point fails inside __init__), and a repr that counts.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


reprs = []


class Counted:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        reprs.append(self.name)
        return "Counted(%r)" % self.name


p = Point(1, 2)
q = Point(p.x + 1, p.y * 3)
items = [Counted("a"), Counted("b"), {"k": Counted("c")}]
print(p, q)
print(len(items))
print("repr count:", len(reprs))
print(items[:1])
print("repr count:", len(reprs))
