# versions: 2.7 3.6+
"""Calls translated code makes in place, hot (run 1,500 times, past the count after which a
function is translated): guest functions with defaults, bound methods (of classes, of
instances, of subclasses, overridden on the instance), built-in functions and their
errors, and guest functions the host calls back (map, sorted's key, dunder methods,
__init__, a library's hook) with the errors they raise, caught by the guest or by the
host, their tracebacks printed."""
from __future__ import print_function

import json
import sys
import traceback


def scaled(x, factor=3, offset=1):
    return x * factor + offset


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)


class Point3(Point):
    def norm1(self):
        return Point.norm1(self) + 1


def key_of(p):
    return -p.norm1()


def picky(value):
    if value % 97 == 0:
        raise KeyError(value)
    return value


def hook(obj):
    if "bad" in obj:
        raise ValueError("bad object %d" % obj["bad"])
    return len(obj)


def calls(n):
    total = 0
    points = []
    for i in range(n):
        total += scaled(i) + scaled(i, 2) + scaled(i, 1, 0)
        p = Point3(i, -i) if i % 3 == 0 else Point(i % 7, i % 5)
        total += p.norm1() + p.moved(1).norm1() + p.moved(1, 2).x
        points.append(p)
        total += len(points) + max(i, 3) + abs(-i)
        total += sum(map(scaled, (i, i + 1)))
    return total, points


def errors(i):
    """Built-in functions and bound methods given what they refuse: their words."""
    out = []
    for thing in (lambda: len(i), lambda: int("x%d" % i), lambda: divmod(i, 0),
                  lambda: Point(1, 2).moved(), lambda: Point(1, 2).norm1(i),
                  lambda: scaled(), lambda: [].pop(), lambda: {}.setdefault()):
        try:
            thing()
        except Exception as e:
            out.append("%s: %s" % (type(e).__name__, e))
    return out


def main():
    total, points = calls(1500)
    print("total", total)
    ordered = sorted(points[:60], key=key_of)
    print("sorted", [(p.x, p.y) for p in ordered[:5]])
    print("min", (min(points[:50]).x, max(points[:50]).y))
    print("distinct", len(set(points)), points[3] == Point3(3, -3), points[4] != points[4])
    last = None
    for i in range(1500):
        last = errors(i)
    for line in last:
        print(line)
    caught = 0
    for i in range(1, 1500):
        try:
            list(map(picky, range(i, i + 3)))
        except KeyError as e:
            caught += 1
            last = e
    print("caught", caught, repr(last))
    try:
        sorted(range(200), key=lambda v: picky(v + 1))
    except KeyError as e:
        tb = sys.exc_info()[2]
        print("key:", repr(e), [(entry[1], entry[2]) for entry in traceback.extract_tb(tb)])
    texts = ['{"a": 1, "b": {"c": 2}}', '[{"x": 1}, {"bad": 7}]']
    for i in range(1500):
        json.loads(texts[0], object_hook=hook)
    try:
        json.loads(texts[1], object_hook=hook)
    except ValueError:
        kind, error, tb = sys.exc_info()
        print("hook:", error)
        print([entry[2] for entry in traceback.extract_tb(tb)])
    print("done")


main()
