# versions: 3.11+
import types


def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield 10
        return "inner-done"
    finally:
        print("inner finally")


def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield 99
    except KeyError as e:
        print("outer caught", repr(e))
        yield -1


g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(g.gi_yieldfrom is not None)
print(next(g))
g.close()

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
g.close()


class Sub:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("sub-result")
        return self.n

    def throw(self, exc):
        print("Sub.throw", type(exc).__name__)
        raise StopIteration("thrown-result")

    def close(self):
        print("Sub.close")


def deleg():
    r = yield from Sub()
    print("deleg result", r)
    yield "after"


g = deleg()
print(next(g))
print(g.throw(RuntimeError("x")))
g = deleg()
print(next(g))
g.close()
print(list(deleg()))


def no_throw_delegate():
    try:
        yield from iter([1, 2, 3])
    except ZeroDivisionError:
        print("caught in generator itself")
        yield "recovered"


g = no_throw_delegate()
print(next(g), g.throw(ZeroDivisionError), list(g))


def stopper():
    yield 1
    raise StopIteration("oops")


try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))


def closer():
    try:
        yield 1
    finally:
        print("closer finally")


def outer_close():
    yield from closer()


g = outer_close()
next(g)
g.close()
print("closed", g.gi_frame is None)


@types.coroutine
def sleep0():
    yield "tick"


async def coro():
    try:
        await sleep0()
    except ValueError:
        print("coro caught")
        return "coro-ret"


c = coro()
print(c.send(None))
try:
    c.throw(ValueError)
except StopIteration as e:
    print("coro result", e.value)


def genexit_ignored():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = genexit_ignored()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
