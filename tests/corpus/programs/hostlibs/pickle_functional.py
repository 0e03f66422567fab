# versions: 3.6+
# namedtuple and Enum functional-API classes, given their module, pickle by reference.
import collections
import enum
import pickle

Point = collections.namedtuple("Point", "x y", module=__name__)
Color = enum.Enum("Color", "RED GREEN BLUE", module=__name__)
p = pickle.loads(pickle.dumps(Point(1, 2)))
print(p, type(p) is Point, Point.__module__)
c = pickle.loads(pickle.dumps(Color.GREEN))
print(c, c is Color.GREEN, Color.__module__)
print(pickle.loads(pickle.dumps(Point)) is Point, pickle.loads(pickle.dumps(Color)) is Color)
