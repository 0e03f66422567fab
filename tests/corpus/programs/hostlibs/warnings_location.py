# versions: 2.7 3.6+
from __future__ import print_function

import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print("%s:%d: %s: %s" % (filename, lineno, category.__name__, message))


warnings.showwarning = show
warnings.simplefilter("default")


def deprecated(name):
    warnings.warn("%s is deprecated" % name, DeprecationWarning, stacklevel=2)


def old_api():
    deprecated("old_api")


def here():
    warnings.warn("warned here")


for i in range(3):
    old_api()  # once per location: one report
here()
here()
deprecated("module level")
warnings.warn("direct")
