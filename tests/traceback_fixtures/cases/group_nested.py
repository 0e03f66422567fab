# versions: 3.11+
def inner():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise TypeError("converted") from e


def build():
    excs = []
    try:
        inner()
    except TypeError as e:
        excs.append(e)
    excs.append(OSError(2, "not raised"))
    try:
        raise ExceptionGroup("inner group", [IndexError(1), ValueError("v\nsecond line")])
    except ExceptionGroup as g:
        excs.append(g)
    eg = ExceptionGroup("outer group", excs)
    eg.add_note("group note")
    raise eg


build()
