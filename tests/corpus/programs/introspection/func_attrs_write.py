# versions: 3.6+
# Writing a function's attributes, as the host's libraries do.
import copy
import functools


def f(a, b=1, *, c=2):
    "old doc"
    return a + b + c


f.__doc__ = "new doc"
f.__name__ = "g"
f.__qualname__ = "Outer.g"
f.__module__ = "elsewhere"
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 100}
f.__annotations__ = {"a": int}
print(f.__doc__, f.__name__, f.__qualname__, f.__module__, f(1), f.__annotations__)
f.func_doc = "a 2.x spelling is a plain attribute on 3.x"
f.custom = [1, 2]
print(sorted(f.__dict__), f.func_doc)
f.__dict__ = {"replaced": True}
print(f.__dict__, getattr(f, "custom", "gone"))
for bad in ("__defaults__", "__kwdefaults__", "__name__", "__code__", "__globals__", "__closure__"):
    try:
        setattr(f, bad, 5)
    except (TypeError, AttributeError) as e:
        print(bad, type(e).__name__, e)
del f.__defaults__
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print(e)


def h():
    return 1


h.__code__ = (lambda: 2).__code__
print(h(), h.__name__)
print(copy.copy(f) is f, copy.deepcopy(f) is f)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) * 2
    wrapper.calls = 0
    return wrapper


@deco
def double_me(x):
    "doubles"
    return x


print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4), double_me.calls)
