# versions: 2.7 3.6+
from __future__ import print_function
# Recursion in C code reached without a guarded builtin stops at the guest's limit, with
# the version's message: str() of nested containers (a call of the type, not a builtin
# function), and comparing two deep structures ("in comparison"; 2.7 "in cmp":
# runtime/deepcompare.py), from any depth of the guest's stack.
import sys


def nest(n, kind):
    x = [] if kind == "list" else () if kind == "tuple" else {}
    for _ in range(n):
        x = [x] if kind == "list" else (x,) if kind == "tuple" else {"k": x}
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


# Comparisons that stop early (a first difference, the same object) go no deeper.
shallow = [
    ("differ first", lambda v: [1, v] == [2, v]),
    ("same object", lambda v: [v] == [v]),
    ("< differ first", lambda v: (1, v) < (2, v)),
    ("in, found by identity", lambda v: v in [0, v]),
]
sys.setrecursionlimit(400)
for name, op in shallow:
    print("limit 400,", name, outcome(op, nest(600, "list")))
pair = (nest(200, "list"), nest(200, "list"))
for name, op in comparisons:
    print("limit 400, depth 200", name, deeper(10, pair, op))
pair = (nest(390, "list"), nest(390, "list"))
for name, op in comparisons:
    print("limit 400, depth 390", name, deeper(10, pair, op))
print("limit 400, tuples 385", deeper(10, (nest(385, "tuple"), nest(385, "tuple")), comparisons[0][1]))

for depth in (200, 386, 387, 600):
    print("limit 400, str", depth, str(deeper(10, nest(depth, "list"), lambda v: len(str(v))))[:60])
