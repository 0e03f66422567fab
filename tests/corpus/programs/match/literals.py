# versions: 3.10+
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "true"
        case None:
            return "none"
        case 2.5:
            return "two and a half"
        case 1j:
            return "imaginary"
        case _:
            return f"other {v!r}"
for v in [0, 2, -1, "hello", b"bytes", True, None, 2.5, 1j, 99, "x", False, 1.0]:
    print(repr(v), "->", describe(v))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def color_name(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
    return "unmatched"
print(color_name(Color.RED), color_name(Color.GREEN), color_name(3))
