"""The current source of a module whose cache was compiled from an older one."""
WHICH = "new source"


def describe():
    return "%s: %s, compiled by the version's own compiler: %r" % (__name__, WHICH, 7 / 2)
