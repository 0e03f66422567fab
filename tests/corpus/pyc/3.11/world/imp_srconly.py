# build: source-only
"""A module with no .pyc: compiled when imported, by the program's own version."""
HALF = 1 / 2


def describe():
    return "source-only module: 1 / 2 == %r" % HALF


def fail():
    return {}["missing"]
