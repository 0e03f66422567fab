# versions: 2.7 3.6+
# Calls made often (the VM binds positional arguments itself): defaults filling in,
# *args and **kwargs parameters called positionally, defaults replaced at run time,
# closures over free variables, and the arity errors of each, the same on every pass.
from __future__ import print_function


def with_defaults(a, b=2, c=(3,), d=None):
    return a, b, c, d


def star(a, *rest):
    return a, rest


def star_kw(a, b=5, *rest, **kw):
    return a, b, rest, sorted(kw.items())


def only_kw(**kw):
    return sorted(kw.items())


def outer(n):
    box = [n]

    def inner(x, y=1):
        box[0] += x * y
        return box[0], n

    return inner


def error_of(f, *args):
    try:
        f(*args)
    except TypeError as e:
        return str(e)
    return None


results = []
for i in range(60):
    results.append((with_defaults(i), with_defaults(i, i), with_defaults(i, 1, 2), with_defaults(i, 1, 2, 3)))
    results.append((star(i), star(i, 1), star(i, 1, 2, 3)))
    results.append((star_kw(i), star_kw(i, 1), star_kw(i, 1, 2), only_kw()))
print(results[0])
print(results[-3:])
print(len(set(repr(r) for r in results)))

with_defaults.__defaults__ = ("B", "C", "D")
print(with_defaults(0), with_defaults(0, 1))
with_defaults.__defaults__ = ("only d",)
print(with_defaults(0, 1, 2))
for i in range(40):
    e = error_of(with_defaults, i)
print(e)
for i in range(40):
    e = (error_of(with_defaults), error_of(with_defaults, 1, 2, 3, 4, 5), error_of(star), error_of(only_kw, 1))
for line in e:
    print(line)

fns = [outer(k) for k in range(5)]
for i in range(100):
    got = [f(i) for f in fns] + [f(i, 2) for f in fns[:2]]
print(got)
