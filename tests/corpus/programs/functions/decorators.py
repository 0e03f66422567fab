# versions: 2.7 3.6+
import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("call %s%r" % (func.__name__, args))
        result = func(*args, **kwargs)
        print("ret %r" % (result,))
        return result
    return wrapper


def repeat(times):
    def deco(func):
        def inner(*args):
            return [func(*args) for _ in range(times)]
        return inner
    return deco


@trace
def add(a, b):
    "Add two numbers."
    return a + b


print(add(2, 3))
print(add.__name__)
print(add.__doc__)


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("x"))


@trace
@repeat(2)
def double(x):
    return x * 2


print(double(4))
registry = []


def register(f):
    registry.append(f.__name__)
    return f


@register
def one():
    return 1


@register
def two():
    return 2


print(registry)
print(one() + two())


def memoize(f):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    inner.cache = cache
    return inner


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
print(len(fib.cache))


class CountCalls(object):
    def __init__(self, f):
        self.f = f
        self.calls = 0

    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)


@CountCalls
def square(x):
    return x * x


print(square(3) + square(4))
print(square.calls)


def add_attr(**attrs):
    def deco(f):
        for k in sorted(attrs):
            setattr(f, k, attrs[k])
        return f
    return deco


@add_attr(version=2, author="me")
def tagged():
    pass


print(tagged.version)
print(tagged.author)
