# versions: 3.11+
def down(n):
    if n == 0:
        raise ValueError("deep\nmessage")
    return down(n - 1)


def make():
    try:
        down(6)
    except ValueError as e:
        e.add_note("note line 1\nnote line 2\n")
        e.add_note("plain note")
        first = e
    try:
        compile("x = (1 +* 2)", "<snippet>", "exec")
    except SyntaxError as e:
        second = e
    return ExceptionGroup("details", [first, second])


try:
    raise KeyError("origin")
except KeyError:
    raise make()
