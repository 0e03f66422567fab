# versions: 2.7 3.6+
from __future__ import print_function

import sys
import traceback


def deepest():
    for summary in traceback.extract_stack():
        print("extract", summary[0], summary[1], summary[2], summary[3])
    print("limit", [s[2] for s in traceback.extract_stack(limit=2)])
    traceback.print_stack(file=sys.stdout)
    print("".join(traceback.format_stack(sys._getframe(1))).rstrip())


def middle():
    deepest()


def top():
    middle()


top()
