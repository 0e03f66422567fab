# versions: 2.7 3.6+
import sys


def fail(msg):
    print("failing: " + msg)
    sys.exit("fatal: " + msg)


fail("cannot continue")
