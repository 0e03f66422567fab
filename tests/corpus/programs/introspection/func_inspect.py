# versions: 3.6+
# The program's functions as inspect, types and functools see them.
import functools
import inspect
import types


def plain(a, b=2, *args, c, d=4, **kw):
    "Adds a and b."
    return a + b


def gen(n, step=1):
    total = 0
    for i in range(0, n, step):
        total += i
        yield total


async def coro(x):
    return x * 2


async def agen(limit):
    for i in range(limit):
        yield i


class Shape:
    def area(self, scale: float = 1.0) -> float:
        return 0.0 * scale

    @staticmethod
    def unit():
        return Shape()

    @classmethod
    def make(cls):
        return cls()


def outer(x):
    def inner(y):
        return x + y
    return inner


lam = lambda p, q=3: p * q

for f in (plain, gen, coro, agen, Shape.area, Shape.unit, outer, outer(1), lam, len):
    print(getattr(f, "__qualname__", f), isinstance(f, types.FunctionType), inspect.isfunction(f),
          type(f) is types.FunctionType, isinstance(f, types.LambdaType), inspect.isbuiltin(f))
    print("  gen", inspect.isgeneratorfunction(f), "coro", inspect.iscoroutinefunction(f),
          "agen", inspect.isasyncgenfunction(f))
for f in (plain, gen, Shape.make, Shape.unit, outer(2), lam):
    print(f.__name__, inspect.signature(f))
print([p.name for p in inspect.signature(Shape.area).parameters.values()],
      [p.name for p in inspect.signature(Shape().area).parameters.values()])
print(inspect.signature(Shape.area).parameters["scale"].default)
print(inspect.signature(Shape.area).parameters["scale"].annotation.__name__)
print(inspect.signature(Shape.area).return_annotation.__name__)
print(inspect.ismethod(Shape().area), inspect.ismethod(Shape.make), inspect.isfunction(Shape().area.__func__))
print(inspect.getdoc(plain), inspect.getdoc(lam))
print(inspect.getclosurevars(outer(5)).nonlocals)
print(sorted(inspect.getclosurevars(plain).builtins))
print(plain.__code__.co_name, plain.__code__.co_argcount, plain.__code__.co_kwonlyargcount,
      plain.__code__.co_varnames[:6], plain.__code__.co_firstlineno)
print(plain.__code__.co_filename, gen.__code__.co_flags & inspect.CO_GENERATOR != 0,
      plain.__code__.co_flags & (inspect.CO_VARARGS | inspect.CO_VARKEYWORDS))
print(outer(1).__code__.co_freevars, [c.cell_contents for c in outer(7).__closure__])
print(plain.__globals__ is globals(), plain.__module__, callable(plain))

g = gen(5, 2)
print(type(g).__name__, inspect.isgenerator(g), isinstance(g, types.GeneratorType))
print(inspect.getgeneratorstate(g), sorted(inspect.getgeneratorlocals(g).items()))
print(next(g), inspect.getgeneratorstate(g), g.__name__, g.__qualname__)
print(list(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
c = coro(4)
print(type(c).__name__, inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as stop:
    print("coroutine returned", stop.value, inspect.getcoroutinestate(c))
a = agen(2)
print(type(a).__name__, inspect.isasyncgen(a))

# functools works with them as with any function.
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info().hits)
wrapped = functools.wraps(plain)(lambda *a, **k: plain(*a, **k))
print(wrapped.__name__, wrapped.__doc__, inspect.signature(wrapped), wrapped.__wrapped__ is plain)
p = functools.partial(plain, 10, c=0)
print(p(5), inspect.signature(p))
@functools.singledispatch
def show(x):
    return "thing"
@show.register(int)
def _(x):
    return "int"
print(show(1), show("s"))
print(sorted(["bb", "a", "ccc"], key=len), list(map(lam, [1, 2])))
print(repr(plain).startswith("<function plain at 0x"), repr(Shape.area).startswith("<function Shape.area at"))

try:
    print(inspect.getsource(outer), end="")
    print(inspect.getsourcelines(lam)[1], inspect.getfile(plain))
except (OSError, TypeError) as e:
    print("no source:", type(e).__name__)
