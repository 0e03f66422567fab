# versions: 3.10+
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long: {first} + {len(rest)} more"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "abc", 42, range(3)]:
    print(repr(v), "->", shape(v))
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(x, y), *_]:
            return x * y
        case [_, _, [*inner]]:
            return inner
    return None
print(nested([[1, 2], [3, 4]]), nested([(5, 6), 7, 8]), nested([0, 1, [9, 8]]), nested("no"))
def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["drop", *items]:
            return "dropping " + ",".join(items)
        case ["quit" | "exit" as word]:
            return "bye via " + word
        case _:
            return "unknown"
for c in ["go north", "pick up lamp", "take key", "drop a b c", "quit", "exit", "dance now"]:
    print(c, "->", command(c))
