# versions: 2.7 3.6+
"""Functions called often enough to be translated (runtime/translate.py), doing what
looks at frames and unwinds them: the caller's frame and line, tracebacks through hot
calls, recursion deeper than the translated nesting, locals() and globals(), closures,
bound methods, keyword and star calls, generators and handlers called from hot code."""
from __future__ import print_function

import sys
import traceback


def caller_line():
    f = sys._getframe(1)
    return (f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name)


def hot_caller(i):
    where = caller_line()
    return where


def fail_at(n):
    if n == 0:
        raise ValueError("deep %d" % n)
    return fail_at(n - 1) + 1


def checked(x):
    assert x >= 0, "negative %r" % (x,)
    return x * 2


def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


def loops(n):
    total = 0
    for i in range(n):
        if i == 7:
            break
        total += i
    else:
        total = -1
    j = 0
    while j < n:
        j += 1
        if j % 2:
            continue
        total += j
    return total


def with_locals(a, b=2, *rest, **named):
    c = a + b
    names = sorted(locals())
    return names, c, len(rest), sorted(named)


def make_adder(k):
    def add(x):
        return x + k
    return add


class Box(object):
    def __init__(self, v):
        self.v = v

    def get(self, extra=0):
        return self.v + extra


def numbers(n):
    for i in range(n):
        yield i * i


def guarded(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return None


def driver(i):
    add = make_adder(i)
    box = Box(i)
    return (add(1) + box.get() + box.get(extra=2) + sum(numbers(3)) + checked(i)
            + (guarded(i) or 0) + loops(i % 12) + len(globals()) * 0)


seen = set()
for i in range(200):
    seen.add(hot_caller(i))
print(sorted(seen))

total = 0
for i in range(200):
    total += driver(i)
print(total)

for i in range(100):
    try:
        fail_at(3)
    except ValueError:
        info = sys.exc_info()
print([(e[2], e[1], e[3]) for e in traceback.extract_tb(info[2])], info[1])

for i in range(100):
    try:
        checked(-1)
    except AssertionError as e:
        message = str(e)
print(message)

print(depth_sum(150), depth_sum(80))
print(with_locals(1, 2, 3, 4, z=5, y=6))
for i in range(100):
    result = with_locals(i)
print(result)


def outer(n):
    return inner(n)


def inner(n):
    if n > 150:
        raise KeyError(n)
    return n


for i in range(160):
    try:
        outer(i)
    except KeyError:
        info = sys.exc_info()
entries = traceback.extract_tb(info[2])
print([(e[2], e[1]) for e in entries])
