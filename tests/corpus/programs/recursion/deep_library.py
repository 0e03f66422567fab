# versions: 3.6+
# Recursion in the standard library's Python code the guest calls stops at the guest's
# limit, with the version's message: pickle.dumps, copy.deepcopy (json.dumps with indent
# is in deep_repr_json: a 3.13 host's json encodes it in C).
import copy
import pickle
import sys


def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


ops = [
    ("pickle.dumps", lambda v: len(pickle.loads(pickle.dumps(v)))),
    ("pickle.dumps 2", lambda v: len(pickle.dumps(v, 2))),
    ("copy.deepcopy", lambda v: len(copy.deepcopy(v))),
]

for depth in (100, 5000):
    value = nest(depth)
    for name, op in ops:
        try:
            result = op(value)
        except RecursionError as e:
            result = "RecursionError: %s" % e
        print(depth, name, result)

print("limit", sys.getrecursionlimit())
