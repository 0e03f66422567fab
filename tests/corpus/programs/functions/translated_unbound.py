# versions: 2.7 3.6+
# Locals bound on some paths only, read on every path: hot code (translated) must raise
# UnboundLocalError exactly where the interpreter does, and read the bound ones on the others.
from __future__ import print_function


def maybe(c):
    if c:
        x = 1
    return x


def carried(n):
    out = 0
    for i in range(n):
        if i % 3 == 1:
            out += y
        y = i + 2
    return out


def in_handler(k):
    try:
        a = 1
        b = int("x" if k % 2 else "7")
        c = 3
    except ValueError:
        return a + (c if k % 4 == 1 else b)
    return a + b + c


def after_finally(k):
    try:
        if k % 2:
            raise KeyError(k)
        z = k
    finally:
        w = 2
    return z + w


def deleted(k):
    q = k
    if k % 2:
        del q
    return q


def loop_else(n):
    for i in range(n):
        if i == 5:
            found = i
            break
    else:
        pass
    return found


def gen(n):
    for i in range(n):
        if i % 2:
            last = i
        yield last


def comprehension(k):
    # 2.7's list comprehension binds v here; 3.12+ inlines it, saving and restoring v
    if k % 2:
        v = 5
    r = [v for v in range(3)]
    return v + len(r)


def tally(name, f, args):
    seen = {}
    for a in args:
        try:
            r = "ok %r" % (f(a) % 7,)
        except UnboundLocalError as e:
            r = "UnboundLocalError: %s" % (e,)
        except KeyError:
            r = "KeyError"
        seen[r] = seen.get(r, 0) + 1
    print(name, sorted(seen.items()))


for rounds in range(2):
    tally("maybe", maybe, [i % 3 for i in range(1500)])
    tally("carried", carried, [0, 1, 2, 3, 5, 8] * 250)
    tally("in_handler", in_handler, range(1500))
    tally("after_finally", after_finally, range(1500))
    tally("deleted", deleted, range(1500))
    tally("loop_else", loop_else, [3, 7] * 750)
    tally("gen", lambda n: sum(gen(n)), [0, 1, 2] * 500)
    tally("comprehension", comprehension, range(1500))
