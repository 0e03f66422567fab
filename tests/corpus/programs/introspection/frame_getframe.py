# versions: 2.7 3.6+
from __future__ import print_function

import sys


def names(frame):
    out = []
    while frame is not None:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


def inner(a, b=2):
    total = a + b
    here = sys._getframe()
    print("inner", here.f_code.co_name, here.f_lineno, sorted(here.f_locals))
    print("caller", sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
    print("chain", names(here))
    print("globals", here.f_globals is globals(), here.f_back.f_globals["__name__"])
    print("line now", here.f_lineno)
    return total


def outer():
    value = inner(1)
    return value


print("result", outer())

# through host code: sorted() calls the key, map() the function
seen = []


def key(v):
    seen.append(names(sys._getframe())[:3])
    return v


print(sorted([3, 1, 2], key=key), seen[0])
print(list(map(lambda v: sys._getframe(1).f_code.co_name, [0])))


def gen():
    yield names(sys._getframe())
    yield sys._getframe().f_back.f_code.co_name


def consume():
    return list(gen())


print(consume())


class Body(object):
    where = sys._getframe().f_code.co_name
    caller = sys._getframe(1).f_code.co_name
    here = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))


print("class body", Body.where, Body.caller, Body.here)

try:
    sys._getframe(500)
except ValueError as e:
    print("ValueError", e)

module_frame = sys._getframe()
print("module", module_frame.f_code.co_name, module_frame.f_back is None, module_frame.f_lineno)
