# versions: 2.7 3.6+
# Globals read in hot (translated) code and interpreted: a module's own names, built-ins,
# a global shadowing a built-in, a missing name, and globals that are a dict subclass
# (CPython 3 asks its __getitem__, so __missing__ answers; 2.7 reads it as a plain dict).
from __future__ import print_function


class Defaults(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:]
        raise KeyError(key)


SOURCE = """
def f(n):
    out = []
    for i in range(n):
        try:
            out.append((auto_one, len(out), known))
        except NameError as e:
            out.append(str(e))
    return out[-1]
print(f(3))
try:
    print(missing_name)
except NameError as e:
    print("NameError", e)
"""

LIMIT = 5


def shadowed(n):
    total = 0
    for i in range(n):
        total += len([i]) + LIMIT
    return total


def len(items):  # noqa: A001 -- a global shadowing the built-in, from here on
    return 100


def main():
    plain = {"known": 7}
    exec(compile(SOURCE, "<plain>", "exec"), plain)
    subclass = Defaults(known=8)
    exec(compile(SOURCE, "<subclass>", "exec"), subclass)
    for _ in range(3):
        exec(compile("print(f(1200))", "<hot>", "exec"), subclass)
        exec(compile("print(f(1200))", "<hot>", "exec"), plain)
    print(shadowed(1500))
    try:
        print(not_defined_anywhere)
    except NameError as e:
        print("NameError", e)


main()
