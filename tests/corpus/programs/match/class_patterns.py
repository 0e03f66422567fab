# versions: 3.10+
from dataclasses import dataclass
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
@dataclass
class Circle:
    center: Point
    radius: float
@dataclass
class Rect:
    corner: Point
    w: float
    h: float
def area(s):
    match s:
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(radius=r) if r > 10:
            return "big circle"
        case Circle(c, r):
            return f"circle at {c.x},{c.y} r={r}"
        case Rect(Point(x=x, y=y), w, h) if w == h:
            return f"square at {x},{y} side {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Point(x, y):
            return f"point {x},{y}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case [Point(), *_] as pts:
            return f"{len(pts)} points"
        case _:
            return "unknown"
shapes = [
    Circle(Point(0, 0), 2),
    Circle(Point(1, 1), 20),
    Circle(Point(1, 2), 3),
    Rect(Point(0, 1), 4, 4),
    Rect(Point(0, 1), 4, 5),
    Point(7, 8),
    3,
    2.5,
    "txt",
    [Point(1, 1), Point(2, 2)],
    None,
]
for s in shapes:
    print(area(s))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
match Point(1, 2):
    case Point(x=1) as p:
        print("matched x=1 as", p.y)
