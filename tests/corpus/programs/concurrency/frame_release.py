# versions: 2.7 3.6+
# A function that keeps its own frame (sys._getframe()) in a local makes a cycle:
# frame -> locals -> frame. The collector frees it, and the objects its locals hold.
import gc
import sys

gc.disable()  # only the collections the program asks for: their timing is the point


class Tracked(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed %s" % self.name)


def keeps_its_frame():
    held = Tracked("held by a frame kept in a local")
    me = sys._getframe()
    return me.f_code.co_name


def keeps_a_caller():
    held = Tracked("held by a caller's frame kept in a callee's local")

    def inner():
        caller = sys._getframe(1)
        return caller.f_code.co_name

    return inner()


print(keeps_its_frame())
print("returned")
gc.collect()
print("collected")
print(keeps_a_caller())
print("returned")
gc.collect()
print("collected")
