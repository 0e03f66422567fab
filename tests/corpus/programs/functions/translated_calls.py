# versions: 2.7 3.6+
"""Functions called often enough to be translated (runtime/translate.py), doing what
looks at frames and unwinds them: the caller's frame and line, tracebacks through hot
calls, recursion deeper than the translated nesting, locals() and globals(), closures,
bound methods, keyword and star calls, generators, handlers and a function of more
blocks than translate.py takes called from hot code."""
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


def branchy(x):
    """More blocks than translate.MAX_BLOCKS: declined, and interpreted."""
    r = 0
    if x % 2 == 0:
        r += 1
    if x % 3 == 1:
        r += 2
    if x % 4 == 2:
        r += 3
    if x % 5 == 0:
        r += 4
    if x % 6 == 1:
        r += 5
    if x % 7 == 2:
        r += 6
    if x % 8 == 0:
        r += 7
    if x % 9 == 1:
        r += 8
    if x % 10 == 2:
        r += 9
    if x % 11 == 0:
        r += 10
    if x % 12 == 1:
        r += 11
    if x % 13 == 2:
        r += 12
    if x % 14 == 0:
        r += 13
    if x % 15 == 1:
        r += 14
    if x % 16 == 2:
        r += 15
    if x % 17 == 0:
        r += 16
    if x % 18 == 1:
        r += 17
    if x % 19 == 2:
        r += 18
    if x % 20 == 0:
        r += 19
    if x % 21 == 1:
        r += 20
    if x % 22 == 2:
        r += 21
    if x % 23 == 0:
        r += 22
    if x % 24 == 1:
        r += 23
    if x % 25 == 2:
        r += 24
    if x % 26 == 0:
        r += 25
    if x % 27 == 1:
        r += 26
    if x % 28 == 2:
        r += 27
    if x % 29 == 0:
        r += 28
    if x % 30 == 1:
        r += 29
    if x % 31 == 2:
        r += 30
    if x % 32 == 0:
        r += 31
    if x % 33 == 1:
        r += 32
    if x % 34 == 2:
        r += 33
    if x % 35 == 0:
        r += 34
    if x % 36 == 1:
        r += 35
    if x % 37 == 2:
        r += 36
    if x % 38 == 0:
        r += 37
    if x % 39 == 1:
        r += 38
    if x % 40 == 2:
        r += 39
    if x % 41 == 0:
        r += 40
    if x % 42 == 1:
        r += 41
    if x % 43 == 2:
        r += 42
    if x % 44 == 0:
        r += 43
    if x % 45 == 1:
        r += 44
    if x % 46 == 2:
        r += 45
    if x % 47 == 0:
        r += 46
    if x % 48 == 1:
        r += 47
    if x % 49 == 2:
        r += 48
    if x % 50 == 0:
        r += 49
    if x % 51 == 1:
        r += 50
    if x % 52 == 2:
        r += 51
    if x % 53 == 0:
        r += 52
    if x % 54 == 1:
        r += 53
    if x % 55 == 2:
        r += 54
    if x % 56 == 0:
        r += 55
    if x % 57 == 1:
        r += 56
    if x % 58 == 2:
        r += 57
    if x % 59 == 0:
        r += 58
    if x % 60 == 1:
        r += 59
    if x % 61 == 2:
        r += 60
    if x % 62 == 0:
        r += 61
    if x % 63 == 1:
        r += 62
    if x % 64 == 2:
        r += 63
    if x % 65 == 0:
        r += 64
    if x % 66 == 1:
        r += 65
    if x % 67 == 2:
        r += 66
    if x % 68 == 0:
        r += 67
    if x % 69 == 1:
        r += 68
    if x % 70 == 2:
        r += 69
    if x % 71 == 0:
        r += 70
    if x % 72 == 1:
        r += 71
    if x % 73 == 2:
        r += 72
    return r


print(sum([branchy(i) for i in range(1200)]))
