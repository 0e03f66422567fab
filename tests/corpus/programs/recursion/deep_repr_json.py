# versions: 3.6+
# Recursion in C code the guest calls stops at the guest's limit, with the version's
# message: repr/format/print of nested lists and dicts, json.dumps (C encoder).
# 3.12 has a separate C limit (1500), 3.13's is 10000 (2000 levels succeed there; not
# more: the host's Python json encoder, with indent, is quadratic in the depth).
import json
import sys


def nest(n, kind):
    x = [] if kind == "list" else {}
    for _ in range(n):
        x = [x] if kind == "list" else {"k": x}
    return x


class Sink(object):
    def write(self, text):
        pass


def printed(value):
    saved = sys.stdout
    sys.stdout = Sink()
    try:
        print(value)
    finally:
        sys.stdout = saved
    return "printed"


ops = [
    ("repr", lambda v: len(repr(v))),
    ("format", lambda v: len(format(v))),
    ("ascii", lambda v: len(ascii(v))),
    ("print", printed),
    ("json.dumps", lambda v: len(json.dumps(v))),
    ("json.dumps sort_keys", lambda v: len(json.dumps(v, sort_keys=True))),
    ("json.dumps indent", lambda v: len(json.dumps(v, indent=1))),  # Python code to 3.12
]

for depth in (50, 2000, 30000):
    for kind in ("list", "dict"):
        value = nest(depth, kind)
        for name, op in ops:
            try:
                result = op(value)
            except RecursionError as e:
                result = "RecursionError: %s" % e
            print(depth, kind, name, result)


def deeper(n, value, op):
    # The same call from further down the guest's stack meets the limit sooner.
    if n:
        return deeper(n - 1, value, op)
    try:
        return op(value)
    except RecursionError as e:
        return "RecursionError: %s" % e


sys.setrecursionlimit(400)
print("limit 400, depth 200:", deeper(10, nest(200, "list"), lambda v: len(repr(v))))
print("limit 400, depth 600:", str(deeper(10, nest(600, "list"), lambda v: len(repr(v))))[:60])
print("limit 400, json 600:", str(deeper(10, nest(600, "list"), lambda v: len(json.dumps(v))))[:60])
