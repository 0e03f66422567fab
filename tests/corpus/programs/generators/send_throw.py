# versions: 2.7 3.6+
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("got None")
            continue
        total += value
        print("added %r -> %r" % (value, total))


acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(1))
acc.close()
try:
    acc.send(1)
except StopIteration:
    print("StopIteration after close")


def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught ValueError %s" % e)
            yield "recovered"
        except KeyError:
            print("caught KeyError, stopping")
            return


c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("k"))
except StopIteration:
    print("generator finished")


def uncaught():
    yield 1
    yield 2


u = uncaught()
next(u)
try:
    u.throw(TypeError("propagates"))
except TypeError as e:
    print("TypeError %s" % e)
try:
    next(u)
except StopIteration:
    print("dead after throw")


def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


cl = closer()
next(cl)
cl.close()


def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2


bc = bad_closer()
next(bc)
try:
    bc.close()
except RuntimeError as e:
    print("RuntimeError %s" % e)
fresh = accumulator()
try:
    fresh.send(3)
except TypeError:
    print("TypeError: send non-None to fresh generator")
print(fresh.send(None))


def coroutine_avg():
    count = 0
    total = 0.0
    avg = None
    while True:
        x = yield avg
        count += 1
        total += x
        avg = total / count


ca = coroutine_avg()
next(ca)
for x in [10, 20, 30, 40]:
    print(ca.send(x))
