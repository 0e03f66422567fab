# versions: 2.7 3.6+
class Tracer(object):
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter %s" % self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit %s cleanly" % self.name)
        else:
            print("exit %s with %s(%s)" % (self.name, exc_type.__name__, exc))
        return self.suppress


with Tracer("a") as value:
    print("body got %s" % value)
with Tracer("b", suppress=True):
    print("about to fail")
    raise ValueError("inside b")
    print("unreachable")
print("after b")
try:
    with Tracer("c"):
        raise KeyError("inside c")
except KeyError as e:
    print("propagated %r" % (e,))


def early_return():
    with Tracer("d"):
        return "returned from with"


print(early_return())
for i in range(3):
    with Tracer("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")


class Resource(object):
    opened = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, *exc):
        Resource.opened -= 1
        return False

    def read(self):
        return "data(open=%d)" % Resource.opened


with Resource() as r:
    print(r.read())
print(Resource.opened)
with Tracer("x") as x, Tracer("y") as y:
    print("both: %s %s" % (x, y))
try:
    with Tracer("outer"):
        with Tracer("inner", suppress=True):
            raise TypeError("swallowed by inner")
        raise IndexError("seen by outer")
except IndexError:
    print("IndexError escaped outer")


class NoEnter(object):
    pass


try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print("not a context manager: %s" % type(e).__name__)


class TargetTuple(object):
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *a):
        pass


with TargetTuple() as (a, (b, c)):
    print(a + b + c)
