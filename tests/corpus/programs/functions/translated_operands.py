# versions: 2.7 3.6+
# Operators with constant operands and on the common host types, in hot (translated) code:
# small constants written as literals, the type tests a constant makes needless, 2.7's
# inline shifts, comparisons and list/tuple subscripts (and their errors), and an
# operator's result freed where the guest drops it.
from __future__ import print_function

import sys

BIG = sys.maxsize


def shifts(n):
    out = []
    for k in (0, 1, 3, 62, 63, 64, 65, 200):
        out.append((n << k, n >> k))
    for k in (-1,):
        try:
            out.append(n << k)
        except ValueError as e:
            out.append(str(e))
        try:
            out.append(n >> k)
        except ValueError as e:
            out.append(str(e))
    x = n
    x <<= 70
    x >>= 3
    out.append((x, n << 2, n >> 1, 1 << 10, type(n << 1).__name__))
    return out


def subscripts(seq, i):
    try:
        return seq[i]
    except (IndexError, TypeError, KeyError) as e:
        return type(e).__name__ + ": " + str(e)


def compares(a, b):
    out = []
    for x, y in ((a, b), (b, a), (a, 2), (2, b), (a, 2.5), (2.5, a)):
        try:
            out.append((x < y, x <= y, x == y, x != y, x > y, x >= y))
        except TypeError as e:
            out.append(str(e))
    return out


def constants(v):
    return (v is None, v is True, v is not False, v + 1, 1 - v if type(v) is int else None,
            v * 256, 256 // (v or 1), v & 255, v | 0, v ^ 1, v % 7 if v else 0)


class Noisy(object):
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Noisy(self.n + other)

    __radd__ = __add__

    def __lt__(self, other):
        return Noisy(-1)

    def __bool__(self):
        return True

    __nonzero__ = __bool__

    def __del__(self):
        print("freed", self.n)


def dropped(n):
    a = Noisy(n)
    b = a + 1
    c = 2 + a
    del b
    print("after del b")
    c = None
    print("after c = None")
    if a < 3:
        print("compared")
    print("end of dropped")


def hot(rounds):
    results = []
    for i in range(rounds):
        results = [shifts(5), shifts(-7), shifts(BIG), shifts(-BIG - 1), shifts(2 ** 40)]
        results.append([subscripts(s, k) for s in ([10, 20, 30], (1, 2), "abc", {1: "one"})
                        for k in (0, -1, 2, 3, -4, True, "a", 1.5)])
        results.append(compares(3, 4) + compares(2.5, 2.5) + compares([1], [2]) + compares(None, 0))
        results.append([constants(v) for v in (0, 1, 7, 255, -3, True, False)])
    return results


if __name__ == "__main__":
    for line in hot(1200):
        print(line)
    dropped(5)
    print("done")
