# versions: 2.7 3.6+
def fail():
    raise ValueError("original")


def reraise_bare():
    try:
        fail()
    except ValueError:
        print("logging, then re-raise")
        raise


try:
    reraise_bare()
except ValueError as e:
    print("caught again: %s" % e)


def reraise_named():
    try:
        fail()
    except ValueError as e:
        raise e


try:
    reraise_named()
except ValueError as e:
    print("caught named: %s" % e)


def convert():
    try:
        fail()
    except ValueError as e:
        raise RuntimeError("converted: %s" % e)


try:
    convert()
except RuntimeError as e:
    print(e)
saved = None
try:
    fail()
except ValueError as e:
    saved = e
try:
    raise saved
except ValueError as e:
    print("raised saved instance: %s" % (e is saved))


def cleanup_then_reraise():
    try:
        try:
            fail()
        finally:
            print("cleanup runs first")
    except ValueError:
        print("then handler")
        raise


try:
    cleanup_then_reraise()
except ValueError:
    print("propagated")
import traceback
try:
    fail()
except ValueError:
    tb = traceback.format_exc()
    print(tb.splitlines()[0])
    print(tb.splitlines()[-1])
