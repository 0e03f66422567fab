# versions: 3.6+
# A name the version lacks on a built-in type or C module: the AttributeError or
# ImportError that version gives; a class of the program's own still has it.
import math


def attempt(label, f):
    try:
        print(label, repr(f()))
    except (AttributeError, ImportError) as e:
        print(label, type(e).__name__ + ":", str(e).split(" (")[0])


attempt("removeprefix", lambda: "abcdef".removeprefix("abc"))
attempt("str.removesuffix", lambda: str.removesuffix("abcdef", "def"))
attempt("bit_count", lambda: (255).bit_count())
attempt("is_integer", lambda: (7).is_integer())
attempt("isascii", lambda: b"abc".isascii())
attempt("getstate", lambda: object().__getstate__())
attempt("add_note", lambda: ValueError("x").add_note("note"))
attempt("class_getitem", lambda: list.__class_getitem__(int))
attempt("math.comb", lambda: math.comb(5, 2))
attempt("math.cbrt", lambda: math.cbrt(-8.0))


def from_math():
    from math import exp2
    return exp2(3)


def from_itertools():
    from itertools import pairwise
    return list(pairwise("abc"))


attempt("from math import exp2", from_math)
attempt("from itertools import pairwise", from_itertools)


class Text(str):
    def removeprefix(self, prefix):
        return "own " + prefix


attempt("own removeprefix", lambda: Text("abc").removeprefix("a"))
attempt("getattr default", lambda: getattr("abc", "removeprefix", "absent") == "absent")
(123).bit_count()
