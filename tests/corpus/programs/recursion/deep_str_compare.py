# versions: 2.7 3.6+
from __future__ import print_function
# Recursion in C code reached without a guarded builtin stops at the guest's limit, with
# the version's message: str() of nested containers (a call of the type, not a builtin
# function). Comparing two deep structures ("in comparison"), '%s' % x and str.format
# follow the host's limit under pyctk (not guarded: see crecursion.py), so only depths
# every host agrees on are compared here, and 2.7's comparisons ("in cmp") not at all.
import sys


def nest(n, kind):
    x = [] if kind == "list" else {}
    for _ in range(n):
        x = [x] if kind == "list" else {"k": x}
    return x


def outcome(op, value):
    try:
        return op(value)
    except RecursionError as e:  # noqa: F821 - 2.7 has no RecursionError (see below)
        return "RecursionError: %s" % e
    except RuntimeError as e:
        return "RuntimeError: %s" % e


if sys.version_info[0] == 2:
    RecursionError = RuntimeError  # noqa: A001 - the same except clause on every version

texts = [
    ("str", lambda v: len(str(v))),
]
comparisons = [
    ("==", lambda v: v[0] == v[1]),
    ("!=", lambda v: v[0] != v[1]),
    ("<", lambda v: v[0] < v[1]),
    ("in", lambda v: v[0] in [v[1]]),
]

for depth in (50, 5000, 30000):
    for kind in ("list", "dict"):
        value = nest(depth, kind)
        for name, op in texts:
            print(depth, kind, name, outcome(op, value))
    if depth == 5000 or sys.version_info[0] == 2:
        continue
    pair = (nest(depth, "list"), nest(depth, "list"))
    for name, op in comparisons:
        print(depth, "list", name, outcome(op, pair))
    pair = (nest(depth, "dict"), nest(depth, "dict"))
    print(depth, "dict ==", outcome(comparisons[0][1], pair))


def deeper(n, value, op):
    # The same operation from further down the guest's stack meets the limit sooner.
    if n:
        return deeper(n - 1, value, op)
    return outcome(op, value)


# (2.7's str is pyctk's own model of it, held only to the host's limit: not compared.)
if sys.version_info[0] == 3:
    sys.setrecursionlimit(400)
    print("limit 400, str 200:", deeper(10, nest(200, "list"), lambda v: len(str(v))))
    print("limit 400, str 600:", str(deeper(10, nest(600, "list"), lambda v: len(str(v))))[:60])
