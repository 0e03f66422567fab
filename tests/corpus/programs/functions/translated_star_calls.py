# versions: 2.7 3.6+
"""Hot calls (3,000 times: past the count after which a function is translated) of
functions taking *args and **kwargs, made directly and through f(*args, **kwargs), with
closures read and written (nonlocal through a list cell, so that 2.7 runs it), their
argument errors, and an error raised inside one, with its traceback's lines."""
from __future__ import print_function

import sys
import traceback


def a(*args):
    return args


def b(x, *args):
    return (x, args)


def c(x, **kw):
    return (x, sorted(kw.items()))


def d(x, y=2, *args, **kw):
    return (x, y, args, sorted(kw.items()))


def e(*args):
    return lambda: args


def g(x, *rest):
    def inner():
        return x, rest
    return inner()


def counter():
    state = [0]

    def tick(*steps):
        state[0] += sum(steps)
        return state[0]
    return tick


def forward(func, *args, **kwargs):
    return func(*args, **kwargs)


def boom(x, *args):
    return 1 // x


def run():
    total = []
    tick = counter()
    for i in range(3000):
        total.append((a(), a(i), a(i, 2), b(i), b(i, 1, 2), c(i), c(i, k=1), d(i), d(i, 3), d(i, 3, 4),
                      d(i, 3, 4, z=1), e(i)(), g(i, 5), tick(i, 1), forward(d, i, 7, z=2), forward(a, *[i])))
        total.append(a(*[i, i]) + b(*(i, 1)) + a(*"xy"))
    print(total[-1], total[-2], len(total))
    for bad in (lambda: b(), lambda: c(1, 2), lambda: forward(b, **{"y": 1}), lambda: a(*5),
                lambda: d(**[1])):
        try:
            bad()
        except TypeError as ex:
            print(type(ex).__name__, str(ex).replace("<lambda>() ", ""))
    last = None
    for i in range(3000):
        try:
            boom(0, i)
        except ZeroDivisionError as ex:
            last = ex
    print(type(last).__name__)
    try:
        forward(boom, 0)
    except ZeroDivisionError:
        print([(name, line) for _, line, name, _ in traceback.extract_tb(sys.exc_info()[2])])


run()
