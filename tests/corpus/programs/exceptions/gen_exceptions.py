# versions: 2.7 3.6+
def risky():
    yield 1
    raise ValueError("from generator")


g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught %s" % e)
try:
    next(g)
except StopIteration:
    print("exhausted")


def guarded(items):
    for i in items:
        try:
            yield 10 // i
        except ZeroDivisionError:
            yield "div0"


print(list(guarded([1, 0, 5])))


def consumer():
    try:
        while True:
            x = yield
            print("consume %r" % (x,))
    finally:
        print("consumer closed")


c = consumer()
next(c)
c.send(1)
c.send("two")
try:
    c.throw(KeyError("stop"))
except KeyError as e:
    print("throw propagated %r" % (e,))


def gen_in_try():
    try:
        for i in range(3):
            yield i
    except GeneratorExit:
        print("generator exit")
        raise


gi = gen_in_try()
print(next(gi))
del gi
print("deleted")
try:
    list(int(x) for x in ["1", "2", "x"])
except ValueError:
    print("ValueError inside genexpr")


def pipeline():
    data = ["4", "2", "zero", "0", "8"]
    nums = (int(d) for d in data if d.isdigit())
    for n in nums:
        try:
            yield 8 // n
        except ZeroDivisionError:
            yield None


print(list(pipeline()))
