# versions: 2.7 3.6+
import sys

sys.tracebacklimit = 2


def a():
    b()


def b():
    c()


def c():
    raise ValueError("deep")


try:
    a()
except ValueError:
    sys.tracebacklimit = 1
    a()
