# versions: 3.7+
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List
@dataclass
class Point:
    x: int
    y: int = 0
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p)
print(p.dist2())
print(p == Point(3, 4), p == Point(4, 3))
print(Point(1))
print(asdict(p), astuple(p))
print(replace(p, y=10))
print([f.name for f in fields(Point)])
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    tags: tuple = ()
vs = [Version(1, 2), Version(0, 9), Version(1, 0, ("rc",))]
print(sorted(vs))
print(max(vs))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__)
print(hash(Version(1, 2)) == hash(Version(1, 2)))
@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def __post_init__(self):
        self.count = len(self.items)
a = Inventory("a")
b = Inventory("b", ["x", "y"])
a.items.append("z")
print(a, b, a.count, b.count)
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2))
print(Child(1, 2, 3).dist2())
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
