# versions: 3.6+
# f-strings of nested containers stop at the guest's recursion limit, with the version's
# message (FORMAT_VALUE; 3.13's FORMAT_SIMPLE, FORMAT_WITH_SPEC and CONVERT_VALUE).
import sys


def nest(n, kind):
    x = [] if kind == "list" else {}
    for _ in range(n):
        x = [x] if kind == "list" else {"k": x}
    return x


ops = [
    ("f{}", lambda v: len(f"{v}")),
    ("f{!r}", lambda v: len(f"{v!r}")),
    ("f{!s}", lambda v: len(f"{v!s}")),
    ("f{!a}", lambda v: len(f"{v!a}")),
    ("f{:}", lambda v: len(f"{v:}")),
    ("f{!r:>5}", lambda v: len(f"{v!r:>5}")),
    ("f<{}>", lambda v: len(f"<{v}>")),
]

for depth in (50, 5000, 30000):
    for kind in ("list", "dict"):
        value = nest(depth, kind)
        for name, op in ops:
            try:
                result = op(value)
            except RecursionError as e:
                result = "RecursionError: %s" % e
            print(depth, kind, name, result)

sys.setrecursionlimit(400)
for depth in (200, 600):
    try:
        result = len(f"{nest(depth, 'list')}")
    except RecursionError as e:
        result = "RecursionError: %s" % e
    print("limit 400, f-string", depth, str(result)[:60])
