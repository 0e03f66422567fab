# versions: 2.7 3.6+
# Exceptions nothing can catch (a generator closed by the collector, a weakref callback,
# a __del__): CPython reports them on stderr in its own words, with the program's frames
# only. The report is captured and shown with addresses masked, so it can be compared.
import re
import sys
import weakref

try:
    from StringIO import StringIO
except ImportError:
    from io import StringIO


def captured(action):
    saved = sys.stderr
    sys.stderr = StringIO()
    try:
        action()
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print(re.sub(r"0x[0-9a-fA-F]+", "ADDR", text))


def dropped_generator():
    def g():
        try:
            yield 1
        finally:
            raise KeyError("in finally")

    it = g()
    next(it)
    del it


class Target(object):
    pass


def failing_callback():
    def callback(ref):
        raise RuntimeError("in callback")

    t = Target()
    r = weakref.ref(t, callback)
    del t
    return r


class Deleted(object):
    def __del__(self):
        try:
            {}["missing"]
        except KeyError:
            raise ValueError("from __del__")


def deleted():
    d = Deleted()
    del d


captured(dropped_generator)
captured(failing_callback)
if sys.version_info >= (3, 7):  # 2.7 and 3.6 name a bound method with the instance's address
    captured(deleted)

if sys.version_info >= (3, 8):
    seen = []
    sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value)))
    deleted()
    dropped_generator()
    sys.unraisablehook = sys.__unraisablehook__
    print(seen)
print("end")
