# versions: 2.7 3.6+
# Yields in hot loops (the runs that end in a yield are fused after a few dozen starts):
# values below the yielded one on the stack, send(), throw() and close() at a suspended
# yield, the suspended frame's line, yields inside try/finally, and a traceback through a
# generator resumed many times.
from __future__ import print_function

import sys
import traceback


def pairs(n):
    for i in range(n):
        # the list being built is on the stack below each yielded value
        row = [(yield i * 2), (yield -i)]
        if row[0] is not None:
            print("sent", row)


def echo():
    total = 0
    while True:
        try:
            got = yield total
        except ValueError as e:
            total = -1000
            print("caught", e)
            continue
        finally:
            total += 1
        if got is not None:
            total += got


def line_of(gen):
    return gen.gi_frame.f_lineno if gen.gi_frame is not None else None


def fails_at(n):
    i = 0
    while True:
        yield 100 // (n - i)
        i += 1


g = pairs(200)
print(sum(g))
g = pairs(60)
out = [next(g)]
for k in range(100):
    out.append(g.send(k if k % 37 == 0 else None))
print(out[-6:], line_of(g))

e = echo()
next(e)
for k in range(100):
    v = e.send(k)
print(v)
print(e.throw(ValueError("boom")))
for k in range(50):
    v = e.send(1)
print(v)
e.close()
print(line_of(e))

g = fails_at(80)
got = []
try:
    for v in g:
        got.append(v)
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print(len(got), tb[-1])
    print([line.strip() for line in tb if line.strip().startswith("File")][-1].split(",")[1:])


def nested(depth):
    if depth == 0:
        for i in range(3):
            yield i
        return
    for v in nested(depth - 1):
        yield v + depth


print(sum(sum(nested(d)) for d in range(40)))
sys.stdout.flush()
