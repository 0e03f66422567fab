# versions: 2.7 3.6+
from __future__ import print_function
# A traceback kept in a local holds the frames it passed: the function's locals live
# until gc.collect() breaks the frame <-> traceback cycle, not until it returns. Without
# a kept traceback (or once it is deleted) they go at return, as usual.
import gc
import sys

gc.disable()  # only the collections the program asks for: their timing is the point


class Tracked(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


def keeps_exc_info():
    held = Tracked("local of a function keeping sys.exc_info()[2]")
    try:
        raise ValueError("x")
    except ValueError:
        tb = sys.exc_info()[2]
    return tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno


def keeps_dunder_traceback():
    held = Tracked("local of a function keeping e.__traceback__")
    try:
        raise ValueError("x")
    except ValueError as e:
        tb = e.__traceback__
    return tb.tb_frame.f_code.co_name


def keeps_the_exception():
    held = Tracked("local of a function keeping the exception")
    try:
        raise ValueError("x")
    except ValueError as e:
        kept = e
    return type(kept).__name__


def raiser():
    inner = Tracked("local of the frame that raised")
    raise KeyError(inner.name)


def keeps_a_callees_traceback():
    held = Tracked("local of the caller keeping a callee's traceback")
    try:
        raiser()
    except KeyError:
        tb = sys.exc_info()[2]
    return tb.tb_next.tb_frame.f_code.co_name


def deletes_it():
    held = Tracked("local of a function that deletes the kept traceback")
    try:
        raise ValueError("x")
    except ValueError:
        tb = sys.exc_info()[2]
    del tb
    return "deleted"


def keeps_nothing():
    held = Tracked("local of a function keeping no traceback")
    try:
        raise ValueError("x")
    except ValueError:
        pass
    return "nothing"


cases = [keeps_exc_info, keeps_the_exception, deletes_it, keeps_nothing]
if sys.version_info[0] == 3:
    # 2.7: e has no __traceback__; and a callee's frame is the traceback's only after the
    # handler (2.7's exceptions keep no frames; pyctk frees it while unwinding).
    cases += [keeps_dunder_traceback, keeps_a_callees_traceback]

for case in cases:
    print(case.__name__)
    result = case()
    print("  returned", result)
    gc.collect()
    print("  collected")

print("done")
