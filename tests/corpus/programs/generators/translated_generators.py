# versions: 2.7 3.6+
"""Hot generators (runtime/translate.py translates them: a yield suspends the translated
function, and a resume calls it again at the block after the yield): many items from one
generator (a loop head turns hot inside it), many generators of one function (translated
from their start), send, throw caught inside the generator (past the count after which
such code is interpreted again), close running finally, an exception leaving a generator
with its traceback, a generator made before its
code was translated and resumed after, and objects freed when the guest drops them."""
from __future__ import print_function

import sys
import traceback
import weakref


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def pairs(items):
    last = None
    for item in items:
        if last is not None:
            yield last, item
        last = item


def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += value


def tolerant():
    caught = 0
    while True:
        try:
            yield caught
        except ValueError:
            caught += 1


log = []


def guarded(name):
    try:
        yield name + ":1"
        yield name + ":2"
    finally:
        log.append("closed " + name)


def failing(n):
    for i in range(n):
        if i == 3:
            raise KeyError("at %d" % i)
        yield i


class Token(object):
    pass


def tokens(holder):
    for _ in range(3):
        token = Token()
        holder.append(weakref.ref(token))
        yield token
        del token


early = countdown(3)
print("early first:", next(early))

print("countdown sum:", sum(countdown(5000)))
print("pairs:", sum(a * b for a, b in pairs(range(3000))) % 1000003)

many = 0
for n in range(1500):
    for value in countdown(n % 4):
        many += value
print("many generators:", many)
print("early rest:", list(early))

acc = running_total()
next(acc)
for i in range(2000):
    last = acc.send(i)
print("running total:", last)
acc.close()

t = tolerant()
next(t)
for _ in range(200):
    seen = t.throw(ValueError("x"))
print("tolerant caught:", seen)
try:
    t.throw(KeyError("stop"))
except KeyError as e:
    print("tolerant let through:", repr(e))

for i in range(1200):
    g = guarded("g%d" % i)
    next(g)
    if i % 2:
        next(g)
    g.close()
print("closed:", len(log), log[:2], log[-1])

for _attempt in range(1100):
    try:
        list(failing(5))
    except KeyError:
        pass
try:
    list(failing(5))
except KeyError:
    lines = traceback.format_exc().splitlines()
    # (the File lines of this program, and no carets: a 3.13 guest's on an older host are
    # another matter, see README)
    print("\n".join(line for line in lines if ("File" not in line or "translated_generators" in line)
                    and line.strip(" ~^")))

holder = []
alive = 0
for _ in range(1100):
    del holder[:]
    for token in tokens(holder):
        del token
        alive += sum(1 for ref in holder if ref() is not None)
print("alive while iterating:", alive)

def pipeline(n):
    return sum(x for x in countdown(n) if x % 3)


print("pipeline:", sum(pipeline(k) for k in range(300)))
sys.stdout.flush()
