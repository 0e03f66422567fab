# versions: 3.6+
def load():
    try:
        {}["config"]
    except KeyError as e:
        raise RuntimeError("cannot load") from e
try:
    load()
except RuntimeError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
try:
    implicit()
except ValueError as e:
    print("cause:", e.__cause__)
    print("context:", type(e.__context__).__name__)
    print("suppress:", e.__suppress_context__)
def suppressed():
    try:
        int("x")
    except ValueError:
        raise KeyError("clean") from None
try:
    suppressed()
except KeyError as e:
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__, "context:", type(e.__context__).__name__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
import traceback
try:
    load()
except RuntimeError:
    text = traceback.format_exc()
    print([l for l in text.splitlines() if not l.startswith(" ")])
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__ if hasattr(e, "__suppress_context__") else None)
try:
    raise e
except ValueError as caught:
    print(repr(caught.__cause__))
try:
    try:
        raise ValueError("a")
    finally:
        print("finally sees no context issue")
except ValueError as ex:
    print(ex.__context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError:
            raise TypeError(3)
except TypeError as t:
    print(repr(t), repr(t.__context__), repr(t.__context__.__context__))
