# versions: 2.7 3.6+
"""sys.setprofile as profilers use it: call and return of the program's frames (a
generator's at each resume and yield, a frame an exception leaves), c_call, c_return and
c_exception around the built-in functions and methods it calls (2.7's built-ins that
pyctk writes in Python among them, its types' calls not), sys.getprofile, a profile
function that raises (it is unset), and one left set at the end."""
from __future__ import print_function

import sys

events = []


def profiler(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith("c_"):
        events.append((event, getattr(arg, "__name__", type(arg).__name__), name))
    else:
        events.append((event, name, repr(arg) if arg is None or type(arg) in (int, str) else type(arg).__name__))


def f(x):
    return len(x) + abs(-2)


def g(n):
    for i in range(n):
        yield i


def bad():
    return int("x")


def leaves():
    raise KeyError("out")


def main():
    s = "ab".upper()
    lst = []
    lst.append(f(s))
    total = sum(g(2))
    try:
        bad()
    except ValueError:
        pass
    try:
        leaves()
    except KeyError:
        pass
    d = {}
    d.get("k")
    return sorted([3, 1], key=abs), total


sys.setprofile(profiler)
print("getprofile is the profiler:", sys.getprofile() is profiler)
main()
sys.setprofile(None)
print("getprofile after unset:", sys.getprofile())
for event in events:
    print(*event)


def raising(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "f":
        raise RuntimeError("from the profiler")


sys.setprofile(raising)
try:
    f("abc")
except RuntimeError as e:
    print("profiler raised:", e, "then getprofile:", sys.getprofile())


def last_profiler(frame, event, arg):
    return None  # (it may run as the interpreter shuts down: it reads no global)


sys.setprofile(last_profiler)  # left set at the end: the host's stays as it was (tests/test_isolation.py)
print("left set:", sys.getprofile() is last_profiler)
