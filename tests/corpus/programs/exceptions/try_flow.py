# versions: 2.7 3.6+
def attempt(x):
    try:
        print("try %r" % (x,))
        r = 10 // x
    except ZeroDivisionError:
        print("zero division")
        r = None
    except TypeError as e:
        print("type error")
        r = "bad"
    else:
        print("else branch")
    finally:
        print("finally")
    return r


print(attempt(2))
print(attempt(0))
print(attempt("s"))


def multi(x):
    try:
        return {"a": 1}[x]
    except (KeyError, IndexError) as e:
        return "lookup failed: %s" % type(e).__name__


print(multi("a"))
print(multi("b"))
try:
    [][1]
except LookupError as e:
    print("LookupError caught %s" % type(e).__name__)
try:
    int("xyz")
except Exception as e:
    print("%s: %s" % (type(e).__name__, e))
try:
    raise ValueError("explicit", 42)
except ValueError as e:
    print(e.args)
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally runs")
except KeyError as e:
    print("outer caught %r" % (e,))
try:
    pass
except Exception:
    print("never")
else:
    print("no exception: else")
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError("retry")
        print("succeeded after %d" % count)
        break
    except RuntimeError:
        print("retrying")
try:
    raise IndexError
except IndexError as e:
    print("bare class raised: %r" % (e.args,))
e_outside = None
try:
    1 / 0
except ZeroDivisionError as err:
    e_outside = err
print(type(e_outside).__name__)


def bare_except():
    try:
        undefined_name_here
    except:
        return "bare except caught"


print(bare_except())
