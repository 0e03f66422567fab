from .sub import shout
from . import VERSION
from .inner import deep

print("pkg.other: running, __name__ = %s" % __name__)


def combined(s):
    return "%s [v%s] %s" % (shout(s), VERSION, deep.where())
