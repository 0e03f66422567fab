# versions: 2.7 3.6+
def show(*args, **kwargs):
    print(args)
    print(sorted(kwargs.items()))


show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "two", three=3)
args = (10, 20)
kwargs = {"x": 1, "y": 2}
show(*args)
show(**kwargs)
show(0, *args, **kwargs)
show(*[1, 2], z=9, **{"w": 8})


def add(a, b, c=0):
    return a + b + c


print(add(*[1, 2]))
print(add(*(1,), **{"b": 5}))
print(add(**{"a": 1, "b": 2, "c": 3}))
print(add(1, *[2, 3]))
nums = list(range(5))
print(max(*nums))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))


def wrapper(*a, **k):
    return add(*a, **k)


print(wrapper(1, 2))
print(wrapper(1, b=2, c=10))


def count_args(*args):
    return len(args)


print(count_args(*range(100)))
print(count_args(*"hello"))
print(count_args(*{"a": 1, "b": 2}))


def first_and_rest(first, *rest):
    return (first, rest)


print(first_and_rest(1))
print(first_and_rest(1, 2, 3))
try:
    add(*[1, 2, 3, 4])
except TypeError:
    print("TypeError")
try:
    add(1, **{"a": 2, "b": 3})
except TypeError:
    print("TypeError dup")
