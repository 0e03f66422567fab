# versions: 2.7 3.6 3.7 3.8 3.12 3.13
# needs: own-stdlib
# OrderedDict's repr (3.12: a dict display), Counter's, namedtuple's _asdict (an
# OrderedDict to 3.7, a dict from 3.8), UserDict.
from __future__ import print_function

import collections

od = collections.OrderedDict([("b", 2), ("a", 1)])
print(repr(od))
od.move_to_end("b") if hasattr(od, "move_to_end") else None
print(list(od))
print(collections.Counter("abbccc").most_common())
print(repr(collections.Counter(x=3)))
Point = collections.namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p._fields)
print(type(p._asdict()).__name__, sorted(p._asdict().items()))
print(p._replace(x=5))
print(repr(collections.ChainMap({"a": 1}, {"b": 2})) if hasattr(collections, "ChainMap") else "no ChainMap")
