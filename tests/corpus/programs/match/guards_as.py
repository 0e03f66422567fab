# versions: 3.10+
def classify(n):
    match n:
        case int() if n < 0:
            return "negative"
        case 0:
            return "zero"
        case int() as k if k % 2 == 0:
            return f"even {k}"
        case int(k):
            return f"odd {k}"
        case (1 | 2) as small:
            return f"small {small}"
        case _:
            return "?"
print([classify(v) for v in [-3, 0, 4, 7, "s"]])
calls = []
def check(v):
    calls.append(v)
    return v > 2
for value in [1, 3]:
    match value:
        case x if check(x):
            print("guard passed", x)
        case y:
            print("fell through", y)
print(calls)
def capture_binding(v):
    match v:
        case [a, b] if a == b:
            result = "same"
        case [a, b]:
            result = "diff"
        case _:
            a = b = None
            result = "none"
    return result, a, b
print(capture_binding([1, 1]), capture_binding([1, 2]), capture_binding(5))
match (1, (2, 3)):
    case (a, (b, c) as inner) as whole:
        print(a, b, c, inner, whole)
value = "x"
match {"k": [1, "x"]}:
    case {"k": [1, ("x" | "y") as letter]}:
        print("letter", letter)
import sys
match sys.version_info:
    case (3, minor, *_) if minor >= 10:
        print("python 3, minor >= 10")
