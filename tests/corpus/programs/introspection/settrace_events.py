# versions: 2.7 3.6+
"""sys.settrace as debuggers and coverage tools use it: the events of every frame entered
after it is set (calls, lines, returns, exceptions), a local trace function chosen per
frame and replaced by what an event returns, f_lineno and f_locals seen by the tracer,
sys.gettrace, a tracer that raises (it is unset, the exception raised in the traced
frame), nothing traced after sys.settrace(None), another function set from a traced frame
(for the frames entered after), and one left set at the end."""
from __future__ import print_function

import sys

events = []
FIRST = None


def describe(arg):
    if arg is None or type(arg) in (bool, int, str):
        return repr(arg)
    if type(arg) is tuple and len(arg) == 3:  # an exception event
        return arg[0].__name__
    return type(arg).__name__


def local_tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno - FIRST, describe(arg)))
    return local_tracer


def global_tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name.startswith("quiet"):
        return None  # no local trace function: only its call event
    events.append((event, name, frame.f_lineno - FIRST, describe(arg)))
    if name == "counted":
        return counting_tracer
    return local_tracer


lines_seen = [0]


def counting_tracer(frame, event, arg):
    if event == "line":
        lines_seen[0] += 1
    return None  # keeps the local trace function


def loop(n):
    total = 0
    for i in range(n):
        total += i
    while n > 0: n -= 1
    return total


def fails(x):
    if x:
        raise ValueError(x)
    return x


def catches():
    try:
        fails(1)
    except ValueError as e:
        return str(e)


def gen(n):
    for i in range(n):
        yield i * 2


def quiet(n):
    return loop(n)


def counted(n):
    a = n
    b = a + 1
    return a + b


class Box(object):
    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        return self.v * 2


def seen_locals():
    x = 10
    y = x * 2
    return y


FIRST = loop.__code__.co_firstlineno
sys.settrace(global_tracer)
print("gettrace is the tracer:", sys.gettrace() is global_tracer)
loop(3)
catches()
list(gen(2))
quiet(2)
counted(4)
Box(3).double
try:
    fails(2)
except ValueError:
    pass
sys.settrace(None)
print("gettrace after unset:", sys.gettrace())
loop(2)
for event in events:
    print(*event)
print("lines counted:", lines_seen[0])

captured = []


def locals_tracer(frame, event, arg):
    if frame.f_code.co_name == "seen_locals" and event in ("line", "return"):
        captured.append((event, sorted(frame.f_locals.items())))
    return locals_tracer


sys.settrace(locals_tracer)
seen_locals()
sys.settrace(None)
for entry in captured:
    print(*entry)


def raising_tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "counted":
        raise KeyError("from the tracer")
    return raising_tracer


sys.settrace(raising_tracer)
try:
    counted(1)
except KeyError as e:
    print("tracer raised:", repr(e), "then gettrace:", sys.gettrace())
sys.settrace(None)


def last_tracer(frame, event, arg):
    return None  # (it may run as the interpreter shuts down: it reads no global)


switched = []


def first_tracer(frame, event, arg):
    switched.append(("first", event, frame.f_code.co_name))
    return first_tracer


def second_tracer(frame, event, arg):
    switched.append(("second", event, frame.f_code.co_name))
    return second_tracer


def callee():
    return 1


def switcher():
    sys.settrace(second_tracer)  # frames entered from now on; this one keeps its local function
    value = callee()
    return value


sys.settrace(first_tracer)
switcher()
sys.settrace(None)
for entry in switched:
    print(*entry)

sys.settrace(last_tracer)  # left set at the end: the host's stays as it was (tests/test_isolation.py)
print("left set:", sys.gettrace() is last_tracer)
