# versions: 3.11+
import sys


def f(n):
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            try:
                1 / (i - 2)
            except ZeroDivisionError as e:
                print("zde at", i, sys.exc_info()[0].__name__)
                raise ValueError("converted") from e
            finally:
                print("inner finally", i)
        except ValueError as e:
            print("outer", e, "cause", type(e.__cause__).__name__)
        finally:
            print("loop finally", i)
    return "done"


print(f(5))
print(sys.exc_info())


def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")


print(ret_in_finally())


def nested_context():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise TypeError("b")
    except TypeError as e:
        return repr(e.__context__), e.__suppress_context__


print(nested_context())


def bare_raise():
    try:
        raise OSError("io")
    except OSError:
        try:
            raise
        except OSError as e:
            return "re-raised " + str(e)


print(bare_raise())


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress


with CM("a") as a, CM("b", suppress=True):
    raise RuntimeError("inside")
print("after with")


def with_return():
    with CM("r"):
        return "from with"


print(with_return())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break

try:
    with CM("outer"):
        with CM("inner", suppress=False):
            raise LookupError("deep")
except LookupError as e:
    print("caught", e)


class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        pass


for cm in (NoEnter(), NoExit(), 42):
    try:
        with cm:
            pass
    except TypeError as e:
        print("TypeError:", e)


def exit_raises():
    class Bad:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            raise ValueError("from exit")

    try:
        with Bad():
            raise KeyError("body")
    except ValueError as e:
        print("ValueError", e, "context", repr(e.__context__))


exit_raises()


def handler_state():
    try:
        raise ValueError(1)
    except ValueError:
        pass
    return sys.exc_info()


print(handler_state())


def exception_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("NameError:", e)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


exception_var_cleared()

try:
    try:
        raise ValueError("bad")
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)

