# versions: 2.7 3.6+
import math
import string
import json
import re
from collections import namedtuple
print(math.sqrt(16))
print(string.ascii_lowercase[:5])
print(string.digits)
print(json.dumps({"b": [1, 2], "a": None}, sort_keys=True))
print(json.loads("[1, 2.5, \"x\", true, null]"))
print(re.findall(r"\d+", "a1b22c333"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
m = re.match(r"(?P<key>\w+)=(?P<val>\w+)", "name=value")
print(m.group("key"))
print(m.group("val"))
print(m.span())
Pt = namedtuple("Pt", "x y")
p = Pt(1, y=2)
print(p)
print(p.x + p.y)
print(p._replace(x=10))
print(Pt._fields)
import struct
print(repr(struct.pack("<hI", -2, 65535)))
print(struct.unpack(">H", b"\x01\x02"))
import operator
print(operator.add(2, 3))
print(list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])))
import textwrap
print(textwrap.wrap("the quick brown fox jumps over the lazy dog", 12))
import heapq
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]))
import bisect
lst = [1, 3, 5, 7]
bisect.insort(lst, 4)
print(lst)
print(bisect.bisect_left(lst, 5))
import copy
orig = {"a": [1, 2]}
deep = copy.deepcopy(orig)
deep["a"].append(3)
print(orig["a"])
print(deep["a"])
