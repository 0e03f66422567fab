# versions: 3.6+
import contextlib
import io
with contextlib.suppress(KeyError):
    {}["missing"]
    print("not printed")
print("after suppress")
with contextlib.suppress(ValueError, TypeError):
    int("x")
try:
    with contextlib.suppress(ValueError):
        [][0]
except IndexError:
    print("IndexError not suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured line 2")
print("captured:", buf.getvalue().splitlines())
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    print("body of ExitStack")
class Suppressor:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = et
        return et is not None and issubclass(et, self.types)
s = Suppressor(ArithmeticError)
with s:
    1 / 0
print("suppressed", s.seen.__name__)
def f():
    for i in range(5):
        with Suppressor(ZeroDivisionError):
            print(10 // (2 - i))
    return "f done"
print(f())
class ExitReturnsTruthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with ExitReturnsTruthy():
    raise RuntimeError
print("truthy return suppresses")
