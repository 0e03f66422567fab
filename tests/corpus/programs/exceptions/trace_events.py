# versions: 2.7 3.6+
# Exceptions through several frames: caught in a caller, re-raised, chained with
# raise ... from (3.x), and passed through finally. A tracer compares its exception
# events with sys.settrace's (tests/fixtures/trace).
import sys


def inner(n):
    if n > 1:
        raise ValueError("bad %d" % n)
    return n


def middle(n):
    try:
        return inner(n)
    finally:
        n += 1


def outer(n):
    try:
        return middle(n)
    except ValueError as e:
        print("caught in outer: %s" % e)
        raise


def convert(n):
    try:
        return outer(n)
    except ValueError:
        if sys.version_info[0] > 2:
            exec("raise KeyError(n) from None", {"n": n})
        raise KeyError(n)


print(middle(1))
try:
    convert(5)
except KeyError as e:
    print("caught at top: %r" % (e,))
try:
    outer(7)
except ValueError:
    print("re-raised to the top")
