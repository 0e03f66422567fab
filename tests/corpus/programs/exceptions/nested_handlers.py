# versions: 2.7 3.6+
def level3(x):
    if x == 1:
        raise ValueError("v from level3")
    if x == 2:
        raise KeyError("k from level3")
    if x == 3:
        raise TypeError("t from level3")
    return "ok"


def level2(x):
    try:
        return level3(x)
    except ValueError as e:
        print("level2 handled %s" % e)
        return "level2"
    finally:
        print("level2 finally x=%d" % x)


def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        print("level1 handled %r" % (e,))
        return "level1"


for x in range(4):
    try:
        print(level1(x))
    except Exception as e:
        print("top handled %s: %s" % (type(e).__name__, e))
try:
    try:
        try:
            raise ValueError("deep")
        except TypeError:
            print("wrong handler")
    except KeyError:
        print("wrong handler 2")
except ValueError as e:
    print("outermost caught %s" % e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print("caught replacement %r" % (e,))


def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            {}["missing"]
        except KeyError:
            print("inner handler inside handler")
        print("back in outer handler")
    return "done"


print(handler_raises())
import sys
try:
    raise OSError(2, "No such thing")
except (IOError, OSError) as e:
    print("%s %s %s" % (type(e).__name__, e.errno, e.strerror))
try:
    raise ValueError("x")
except ValueError:
    info = sys.exc_info()
    print(info[0].__name__)
    print(str(info[1]))
    print(info[2] is not None)
