# versions: 2.7
# 2.7's % formatting where the host's % gives the same text (a str format of plain
# conversions of ints, strs and floats) and where it does not (floats' %s and big %f,
# longs, unicode, keys, *, %r, %c, %#o, length modifiers, wrong counts), hot.
import sys

FORMATS = [
    "%s", "%d", "%i", "%5d|%-5d|%05d|%+d|% d", "%x %X %o", "%#x %#o", "%.3d", "%s and %s",
    "%5s|%-5s|%.2s", "%e %E %g %G", "%f %.2f %10.3F", "%s%%", "100%% %d", "%ld %hd", "%(a)s",
    "%r", "%c", "%u", "%", "%5%", "%d %d %d", "",
]
VALUES = [
    0, 7, -255, sys.maxint, sys.maxint + 1, 10 ** 30, True, 2.5, -1e-7, 1e49, 1e50, 1e300,
    float("inf"), float("nan"), "text", "", u"uni", None, (3,), [1, 2], {"a": 1},
]


def attempt(fmt, args):
    try:
        text = fmt % args
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%s %r" % (type(text).__name__, text)


def table():
    rows = []
    for fmt in FORMATS:
        for value in VALUES:
            count = fmt.count("%") - 2 * fmt.count("%%")
            rows.append(attempt(fmt, value))
            rows.append(attempt(fmt, (value,) * max(count, 1)))
            rows.append(attempt(fmt, (value, 5)))
    return rows


def hot(rounds):
    rows = None
    for _ in range(rounds):
        rows = table()
    return rows


for row in hot(60):
    print(row)
print("%s=%d (%5.1f%%)" % ("n", 3, 42.123))
print("%(a)s %(b)05d" % {"a": "x", "b": 12})
print("%*d|%.*f|%-*s|" % (5, 42, 2, 3.14159, 4, "ab"))
