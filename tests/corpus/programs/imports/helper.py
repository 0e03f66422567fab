"""Helper module for the imports area (no versions header: not run on its own)."""
print("helper: executing module body, __name__ = %s" % __name__)

__all__ = ["greet", "CONSTANT", "Widget"]

CONSTANT = 42
_private = "hidden"
calls = []


def greet(who):
    calls.append(who)
    return "hello %s from %s" % (who, __name__)


class Widget(object):
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Widget(%d)" % self.n


def module_name():
    return __name__


def not_exported():
    return "not in __all__"
