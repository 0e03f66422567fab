# versions: 2.7 3.6+
import pickle
import sys
print(pickle.HIGHEST_PROTOCOL, getattr(pickle, "DEFAULT_PROTOCOL", 0))
data = {"a": [1, 2, 3], "b": (4, 5)}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(data, proto))
    print(proto, back == data)
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = pickle.loads(pickle.dumps(Point(1, 2), 2))
print(type(p).__name__, p.x, p.y)
print(sys.modules[Point.__module__].__name__)
