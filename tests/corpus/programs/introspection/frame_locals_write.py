# versions: 3.6+
import sys


def writer():
    x = 1
    frame = sys._getframe()
    frame.f_locals["x"] = 2
    print("x after write", x)
    print("f_locals x", frame.f_locals["x"])
    print("has frame", "frame" in frame.f_locals)
    print("is a dict", type(frame.f_locals) is dict)


def cell_writer():
    y = "before"

    def read():
        return y

    sys._getframe().f_locals["y"] = "after"
    print("cell", read())


writer()
cell_writer()
module = sys._getframe()
module.f_locals["made_here"] = 42
print("module write", made_here)  # noqa: F821
