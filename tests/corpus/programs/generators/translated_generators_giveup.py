# versions: 3.6+
"""Hot generators (runtime/translate.py runs a plain generator's translation as a host
generator that a resume sends to) whose translation is given up while they are suspended,
the frame going on in the interpreter where it stopped: a throw caught inside, a tracer
set between two items, a generator resumed in another thread, ``yield from`` given send
and throw. Also: a StopIteration raised inside a hot generator, and suspended hot
generators dropped (their ``finally`` runs at once)."""
import sys
import threading


def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i += received
        i += 1


total = 0
for _ in range(1200):
    for v in counter(3):
        total += v
print("warm:", total)


def catcher():
    n = 0
    while True:
        try:
            yield n
        except ValueError:
            n += 100
        n += 1


seen = []
for k in range(1100):
    c = catcher()
    next(c)
    next(c)
    thrown = c.throw(ValueError)
    after = next(c)
    if k % 500 == 0:
        seen.append((thrown, after, c.send(None)))
print("thrown:", seen)

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "counter":
        events.append((event, frame.f_lineno - counter.__code__.co_firstlineno))
    return tracer


g = counter(10)
first = [next(g), next(g)]
sys.settrace(tracer)
first += [next(g), g.send(2), next(g)]
sys.settrace(None)
print("traced:", first, events)
print("rest:", list(g))

g = counter(100)
next(g)
out = []
worker = threading.Thread(target=lambda: out.extend([next(g), g.send(10), next(g)]))
worker.start()
worker.join()
print("other thread:", out, next(g), g.send(50), list(g))


def stopper(n):
    for i in range(n):
        if i == 2:
            raise StopIteration("inner")
        yield i


results = set()
for _ in range(1100):
    try:
        results.add(tuple(stopper(4)))
    except RuntimeError as e:
        results.add((str(e), repr(e.__cause__)))
print("stopper:", sorted(results))

log = []


def guarded(k):
    try:
        yield k
        yield k + 1
    finally:
        log.append(k)


late = None
for k in range(1100):
    g = guarded(k)
    next(g)
    del g
    if late is None and len(log) != k + 1:
        late = k
print("finalized:", len(log), "late:", late)


def inner():
    got = []
    try:
        while True:
            got.append((yield len(got)))
    except KeyError:
        return got


def outer():
    result = yield from inner()
    yield ("done", result)


for _ in range(1100):
    o = outer()
    next(o)
    o.send("a")
    o.send("b")
    r = o.throw(KeyError)
print("delegated:", r, list(o))
