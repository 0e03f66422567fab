# versions: 2.7 3.6+
import contextlib


@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("html") as t:
    print("inside %s" % t)
    with tag("body"):
        print("content")


@contextlib.contextmanager
def handled():
    try:
        yield
    except ValueError as e:
        print("handled inside cm: %s" % e)


with handled():
    raise ValueError("oops")
print("continued")
try:
    with handled():
        raise KeyError("not handled")
except KeyError:
    print("KeyError passed through")


@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception:
        log.append("rollback")
        raise


log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        log.append("bad work")
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)
class Closable(object):
    def close(self):
        print("closed!")


with contextlib.closing(Closable()) as c:
    print("using %s" % type(c).__name__)
ctx = tag("reused")
with ctx:
    pass


@contextlib.contextmanager
def gen_cm_no_yield():
    if False:
        yield


try:
    with gen_cm_no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError: %s" % e)
