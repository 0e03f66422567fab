# versions: 2.7 3.6+
# When __del__ and weakref callbacks run: after a function returns, `del x`, the end of a
# `with`, after an `except` (CPython frees at once by reference counting).
import gc
import weakref

log = []


class Res(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def returns():
    r = Res("local")
    log.append("in function")


returns()
log.append("after return")
print(log)
del log[:]

x = Res("global")
del x
log.append("after del")
print(log)
del log[:]

with Res("with") as w:
    log.append("in with")
del w
log.append("after with")
print(log)
del log[:]


def handler():
    r = Res("in-try")
    try:
        raise ValueError("boom")
    except ValueError:
        log.append("caught")
    del r
    log.append("after handler body")


handler()
log.append("after handler")
print(log)
del log[:]


def keeps_exception():
    try:
        r = Res("raising-frame")
        raise KeyError(r.name)
    except KeyError as e:
        log.append("handling " + str(e))
    log.append("after except")


keeps_exception()
log.append("returned")
print(log)
del log[:]


class Obj(object):
    pass


def callback(ref):
    log.append("weakref callback")


o = Obj()
ref = weakref.ref(o, callback)
del o
log.append("after del of referent")
print(log, ref() is None)
del log[:]


def cycle():
    # No __del__ here: 2.7 never collects a cycle holding one (gc.garbage).
    a = Obj()
    b = Obj()
    a.other = b
    b.other = a
    return [weakref.ref(a, lambda r: log.append("cycle-a freed")), weakref.ref(b, lambda r: log.append("cycle-b freed"))]


refs = cycle()
log.append("cycle made")
gc.collect()
print(sorted(log), [r() for r in refs])
