# versions: 2.7 3.6+
import sys

CASES = [
    ("no location",),
    ("offset none", ("a.py", 2, None, "  x = 1\n")),
    ("offset zero", ("a.py", 2, 0, "  x = 1\n")),
    ("offset past end", ("a.py", 2, 40, "  x = 1\n")),
    ("multi-line text", ("a.py", 2, 9, "if x:\n  y = 1\n")),
    ("no text", ("a.py", 2, 3, None)),
    ("filename none", (None, 2, 3, "x = 1\n")),
    ("lineno none", ("a.py", None, 3, "x = 1\n")),
    ("tab", ("a.py", 1, 3, "\tx = = 1\n")),
    ("no newline", ("a.py", 1, 5, "    x = = 1")),
]
if sys.version_info >= (3, 10):
    CASES += [
        ("range", ("a.py", 1, 5, "x = foo bar baz\n", 1, 12)),
        ("range multi-line", ("a.py", 1, 5, "x = (1,\n", 3, 2)),
        ("range past end", ("a.py", 1, 5, "x = 1\n", 1, 30)),
        ("range reversed", ("a.py", 1, 5, "x = 1 2 3\n", 1, 2)),
    ]
if sys.version_info >= (3,):
    CASES.insert(0, ("non-ascii", ("a.py", 1, 8, "s = '\u00e9' +\n")))


def chain(i):
    if i == len(CASES) - 1:
        raise SyntaxError(*CASES[i])
    try:
        raise SyntaxError(*CASES[i])
    except SyntaxError:
        chain(i + 1)


chain(0)
