# versions: 3.6+
def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner received", received)
    return "inner-result-%d" % n
def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    return r1 + "|" + r2
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], 5], [[6]]])))
def thrower():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "handled"
    finally:
        print("inner finally")
def delegator():
    yield from thrower()
    yield "after"
d = delegator()
print(next(d))
print(d.throw(ValueError("x")))
print(next(d))
d2 = delegator()
next(d2)
d2.close()
print("closed")
def gen_return_value():
    yield 1
    return [1, 2, 3]
def take():
    res = yield from gen_return_value()
    yield res
print(list(take()))
def stop_iteration_inside():
    yield 1
    raise StopIteration("old style")
try:
    print(list(stop_iteration_inside()))
except RuntimeError as e:
    print("RuntimeError:", e)
