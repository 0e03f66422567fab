# versions: 2.7
# 2.7 arithmetic in hot loops (fused, with the host-int/float fast path): results at the
# edges of int/long, classic division, zero divisors, bools, mixed and odd operand types,
# and in-place operators of classes, each the same from the first pass to the last.
import sys

M = sys.maxint


class Acc(object):
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


class Old:
    def __coerce__(self, other):
        return (3, other)


def run(a, b):
    out = []
    for _ in range(40):
        r = []
        for op in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b,
                   lambda: a % b, lambda: a & b, lambda: a | b, lambda: a ^ b,
                   lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b):
            try:
                v = op()
                r.append((type(v).__name__, v))
            except Exception as e:
                r.append((type(e).__name__, str(e)))
        out.append(r)
    assert all(repr(x) == repr(out[0]) for x in out)
    return out[0]


def inplace(a, b):
    out = []
    for _ in range(40):
        x = a
        x += b
        y = a
        y -= b
        z = a
        z *= b
        out.append((type(x).__name__, x, type(y).__name__, y, type(z).__name__, z))
        try:
            w = a
            w /= b
            out.append((type(w).__name__, w))
        except ZeroDivisionError as e:
            out.append(str(e))
        try:
            w = a
            w %= b
            out.append((type(w).__name__, w))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out[-5:]


for a, b in [(M, 1), (-M - 1, -1), (-M - 1, 1), (M, -1), (M, M), (2 ** 62, 2), (-M - 1, 0), (7, 0),
             (7, -2), (-7, 2), (7.5, 2.0), (7.5, 0.0), (-0.0, 1.0), (3, 2.0), (2.0, 3), (1L, 2),
             (5, 3L), (True, True), (True, 2), (2.5, False), ("ab", 3), ("%s-%s", (1, 2)), ([1], [2]),
             ("a", "b"), (None, 1), (float("inf"), 1.0), (1e308, 10.0), (10 ** 20, 3)]:
    print repr(a), repr(b)
    for item in run(a, b):
        print "   ", item
    for item in inplace(a, b) if not isinstance(a, (str, list)) and a is not None else ():
        print "   ", item

acc = Acc()
for i in range(50):
    acc += i
print len(acc.items), sum(acc.items)

total = 0
for i in range(100000):
    total += i * i
    total -= i
print total, type(total).__name__

o = Old()
for i in range(40):
    r = o + 4, o * 2, 5 - o
print r
