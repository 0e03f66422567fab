# versions: 2.7 3.6+
"""Frames a program keeps after their function returned, among thousands of calls of the
same hot functions (translated, their frames made again for each call): through
sys._getframe, a callee's f_back, a caught exception's traceback, locals(), a generator
made in the call. Each kept frame stays the frame of its own call, with its own locals."""
from __future__ import print_function

import sys

KEPT = []
ERRORS = []


def keep_own(n):
    x = n * 2
    KEPT.append(sys._getframe())
    return x


def fail_and_keep(n):
    y = n + 100
    try:
        1 // 0
    except ZeroDivisionError:
        ERRORS.append(sys.exc_info())
    return y


def callee():
    return sys._getframe(1)


def caller(n):
    z = -n
    return callee()


def plain(n):
    w = n * 3
    return w


def with_locals(n):
    v = n
    return locals()


def counting(n):
    k = n
    return (k + i for i in range(2))


def run():
    total = 0
    for i in range(3000):
        total += plain(i)
        if i % 1000 == 7:
            keep_own(i)
            fail_and_keep(i)
    back = caller(5)
    gens = [counting(i) for i in range(3000)]
    for i in range(3000):
        total += plain(i) + caller(i).f_locals["z"]
    print(total)
    print([(f.f_code.co_name, sorted(f.f_locals.items())) for f in KEPT])
    print(len(set(id(f) for f in KEPT)) == len(KEPT))
    print([(tb.tb_frame.f_code.co_name, tb.tb_lineno, e.__name__) for e, _, tb in ERRORS])
    print(back.f_code.co_name, back.f_locals["z"])
    d1 = with_locals(1)
    d2 = with_locals(2)
    print(sorted(d1.items()), sorted(d2.items()))
    print(list(gens[5]), list(gens[2999]))
    print(plain(4), keep_own(9), KEPT[-1].f_locals["x"], KEPT[0].f_locals["x"])


run()
