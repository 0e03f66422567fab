# versions: 2.7 3.6+
# One call site of hot (translated) code meeting many callees: closures of one def
# (other cells each), other functions after the first, a function whose code is
# replaced between calls, bound methods of several classes, f(*args), a host function
# and a class. A call site keeps its first translated callee: the others must still
# be called, each with its own code, defaults and cells.
from __future__ import print_function

import functools


def make_adder(k):
    def add(x, extra=0):
        return x + k + extra
    return add


def double(x, extra=0):
    return 2 * x + extra


def negate(x, extra=0):
    return -x - extra


def apply_all(funcs, n):
    total = 0
    for i in range(n):
        f = funcs[i % len(funcs)]
        total += f(i)  # one site, many callees
    return total


def apply_star(funcs, n):
    total = 0
    for i in range(n):
        args = (i, 1)
        total += funcs[i % len(funcs)](*args)
    return total


class Shape(object):
    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size


class Square(Shape):
    def area(self):
        return self.size * self.size


class Circle(Shape):
    def area(self):
        return 3 * self.size * self.size


def areas(shapes, n):
    total = 0
    for i in range(n):
        total += shapes[i % len(shapes)].area()
    return total


def bound_methods(shapes, n):
    methods = [s.area for s in shapes]
    total = 0
    for i in range(n):
        total += methods[i % len(methods)]()
    return total


def swapped(n):
    def target(x):
        return x + 1

    def other(x):
        return x * 100

    total = 0
    for i in range(n):
        if i == n // 2:
            target.__code__ = other.__code__  # the same function object, another code
        total += target(i)
    return total


def mixed(n):
    callees = [make_adder(1), len, functools.partial(double, extra=5), Shape, abs, double]
    results = []
    for i in range(n):
        f = callees[i % len(callees)]
        if f is len:
            value = f([i])
        elif f is Shape:
            value = f(i).area()
        else:
            value = f(i - n // 2)
        results.append(value)
    return sum(results), results[:6], results[-6:]


def defaults_changed(n):
    def g(x, y=3):
        return x * y

    total = 0
    message = None
    for i in range(n):
        total += g(i) + g(i, 2)
        if i == n // 2:
            g.__defaults__ = (100,)
        try:
            total += g(i, 1, 2)  # too many, at a site of its own
        except TypeError as e:
            message = str(e)
    g.__defaults__ = None
    try:
        g(1)
    except TypeError as e:
        print(e)
    return total, message


def recurse(f, n):
    if n == 0:
        return f(0)
    return recurse(f, n - 1) + f(n)


def main():
    adders = [make_adder(k) for k in range(4)]
    print(apply_all(adders, 3000))
    print(apply_all([double] + adders, 3000))
    print(apply_all([negate, double], 3000))
    print(apply_star(adders + [double, negate], 3000))
    shapes = [Shape(2), Square(3), Circle(4)]
    print(areas(shapes, 3000))
    print(areas([Circle(1)] + shapes, 3000))
    print(bound_methods(shapes, 3000))
    print(swapped(3000))
    print(mixed(3000))
    print(defaults_changed(3000))
    print(sum(recurse(adders[i % 4], 40) for i in range(100)))
    print(sum(recurse(negate if i % 3 else double, 40) for i in range(100)))


main()
