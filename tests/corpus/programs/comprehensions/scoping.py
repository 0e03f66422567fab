# versions: 2.7 3.6+
x = "outer"
result = [x for x in range(3)]
print(result)
print(x)
y = "kept"
g = list(y for y in range(3))
print(y)
s = set(z for z in "ab")
try:
    print(z)
except NameError:
    print("z not leaked from genexpr")


def func():
    k = "func local"
    lst = [k for k in range(2)]
    return k, lst


print(func())


def uses_enclosing():
    factor = 10
    return [i * factor for i in range(3)]


print(uses_enclosing())


class Klass(object):
    base = 5
    items = [base + i for i in range(1)] if False else None
    try:
        items = [base + i for i in range(3)]
    except NameError:
        items = "NameError: class scope not visible"


print(Klass.items)
n = 3
print([n * i for i in range(n)])
first_iter = [[a, b] for a in range(2) for b in range(a, 2)]
print(first_iter)
