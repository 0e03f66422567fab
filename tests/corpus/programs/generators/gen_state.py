# versions: 3.6+
import inspect
def g():
    x = yield 1
    print("got", x)
    yield 2
gen = g()
print(inspect.getgeneratorstate(gen))
print(next(gen))
print(inspect.getgeneratorstate(gen))
print(gen.send("value"))
print(gen.gi_frame is not None, gen.gi_running)
gen.close()
print(inspect.getgeneratorstate(gen))
print(gen.gi_frame)
print(g.__code__.co_flags & 0x20 != 0)
print(g().__name__, g().__qualname__)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def lazy_range(n):
    i = 0
    while i < n:
        yield i
        i += 1
r = lazy_range(3)
print(list(zip(r, r)))
print(iter(r) is r)
