# versions: 3.10+
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return "scroll up"
        case {"type": "scroll"}:
            return "scroll down"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"
for e in [
    {"type": "click", "pos": (3, 4)},
    {"type": "key", "key": "a", "mod": "shift", "t": 1},
    {"type": "scroll", "delta": -2},
    {"type": "scroll", "delta": 5},
    {"type": "resize"},
    {"other": 1},
    [1, 2],
]:
    print(handle(e))
from collections import OrderedDict, defaultdict
print(handle(OrderedDict(type="click", pos=[1, 2])))
dd = defaultdict(int, type="scroll")
print(handle(dd))
print(sorted(dd))
