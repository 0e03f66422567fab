# versions: 2.7 3.6+
# repr of objects whose own __repr__ takes repr of a list holding the next one (UserList
# nested past the limit, as Lib/test's list_tests.test_repr_deep does): the recursion is
# the objects' own, so it ends in the version's error, once, not retried level by level.
import sys


class Box(object):
    def __init__(self, inner):
        self.data = [inner]

    def __repr__(self):
        return "Box(%s)" % repr(self.data)


def build(n):
    x = None
    for _ in range(n):
        x = Box(x)
    return x


print(repr(build(20))[:30])
sys.setrecursionlimit(300)  # (well inside the host's own limits, wherever pyctk runs)
deep = build(400)
try:
    repr(deep)
except RuntimeError as e:  # RecursionError from 3.5
    print(type(e).__name__)
