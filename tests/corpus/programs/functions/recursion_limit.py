# versions: 2.7 3.6+
# The guest's recursion limit is its own: sys.setrecursionlimit changes the depth at
# which its calls raise, and sys.getrecursionlimit reads it back.
from __future__ import print_function

import sys

try:
    RecursionError
except NameError:  # 2.7
    RecursionError = RuntimeError


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
print(depth(50))
try:
    depth(500)
except RecursionError:
    print("too deep at limit 100")

sys.setrecursionlimit(4000)
print(sys.getrecursionlimit())
print(depth(3000))
try:
    depth(10 ** 5)
except RecursionError:
    print("too deep at limit 4000")


def gen(n):
    if n:
        for x in gen(n - 1):
            yield x
    yield n


print(sum(gen(200)))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError")
sys.setrecursionlimit(1000)
