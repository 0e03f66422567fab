# versions: 2.7 3.6+
# Straight-line code that pyctk runs as superinstructions (runtime/fuse.py): the
# instruction that raises is a later one of a run, a jump lands inside a run, a call
# ends one, stack shuffles happen on values a run still holds, a generator resumes in one.
from __future__ import print_function

import sys
import traceback


def last_line(exc_info):
    # The innermost entry: where the error was raised, and on which line.
    entry = traceback.extract_tb(exc_info[2])[-1]
    return "%s line %d: %s: %s" % (entry[2], entry[1], exc_info[0].__name__, exc_info[1])


def late_error(a, b, c):
    x = a + 1
    y = x * 2 + b
    return y - c / (a - a)


def late_unbound(flag):
    a = 1
    if flag:
        b = 2
    return a + a + b


def subscripts(items, i, j):
    return items[i] + items[j] * 2


def two_lines(a, b):
    return (a * 2 +
            b[5])


def method_error(items):
    total = len(items) + 1
    return total + items.pop()


for call in (lambda: late_error(1, 2, 3), lambda: late_unbound(False),
             lambda: subscripts([1, 2, 3], 0, 7), lambda: two_lines(1, []), lambda: method_error([])):
    try:
        print("value", call())
    except Exception:
        print(last_line(sys.exc_info()))

print("ok", late_unbound(True), subscripts([1, 2, 3], -1, -3))


def loops(n):
    i = 0
    total = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue  # a jump to the loop's head, inside the body's run
        total += i * i if i % 2 else -i
    k = 0
    for k in range(n):
        total ^= k << 1
    return total, k


print("loops", loops(20), loops(0))


def shuffles(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    d = {"k": [1, 2]}
    d["k"][0] += 10
    xs = [a, b]
    xs[1] *= 3
    return (a < b < c, a < c < b, 1 < a <= 3 != b, a, b, c, d, xs)


print("shuffles", shuffles(1, 2, 3))


def logic(values):
    out = []
    for v in values:
        out.append(v and v * 2 or -1)
        out.append(v is None or v > 1 and v < 4)
        out.append(not v)
    return out


print("logic", logic([0, 1, 2, 3, None, 5]))


def nested_calls(x):
    def twice(v):
        return v * 2

    def fail(v):
        raise KeyError(v)

    try:
        return twice(x) + twice(x + 1) * fail(x + 2)
    except KeyError as e:
        return "caught %r after %d" % (e.args[0], twice(x) + 1)


print("calls", nested_calls(3))


def counter():
    total = 0
    while True:
        got = yield total * 2 + 1
        total = total + got if got is not None else total - 1


gen = counter()
print("gen", next(gen), gen.send(5), gen.send(7), next(gen))


def keyed(words):
    def key(w):
        return len(w) - ord(w[0]) % 3

    ranked = sorted(words, key=key)
    try:
        sorted(words + [""], key=key)
    except IndexError:
        ranked.append("<empty>")
    return ranked


print("keyed", keyed(["pear", "fig", "banana", "kiwi"]))


def protected(rows):
    out = []
    for row in rows:
        try:
            out.append([row[0] * 2, row[1] + 1, 10 // row[2]])
        except (IndexError, ZeroDivisionError) as e:
            out.append(type(e).__name__)
    return out


print("rows", protected([(1, 2, 5), (1, 2), (3, 4, 0), (2, 2, 2)]))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", fib(15))


def outer(v):
    return inner(v) + 1


def inner(v):
    w = v * 3
    return w + [1, 2][v]


print("last", outer(0))
outer(5)
