# versions: 2.7 3.6+
def f(a, b, c=3):
    def inner():
        return a + c
    a = a * 10
    return inner() + b


print(f(1, 2))
print(f(2, 0, 5))


def g(x, *args, **kwargs):
    def show():
        return (x, args, sorted(kwargs.items()))
    return show()


print(g(1, 2, 3, k=4))


def h(n):
    def rec(k):
        if k == 0:
            return n
        return rec(k - 1) + 1
    return rec(n)


print(h(5))


def mutate_arg(lst):
    def push(v):
        lst.append(v)
    push(1)
    push(2)
    lst = lst + [99]
    push(3)
    return lst


print(mutate_arg([0]))


def self_ref(x):
    def again(y):
        return x(y) if callable(x) else y
    return again


print(self_ref(len)("abcd"))
print(self_ref(5)("abcd"))


class C(object):
    def method(self, k):
        def helper():
            return self.base + k
        return helper()
    base = 100


print(C().method(5))


def defaults_and_cells(a, b=[1, 2]):
    def total():
        return a + sum(b)
    b = b + [a]
    return total()


print(defaults_and_cells(10))


def arg_then_loop(n):
    out = []
    for i in range(3):
        out.append(lambda: n + i)
    n = -100
    return [f() for f in out]


print(arg_then_loop(5))


def shadow_arg(v):
    def inner(v):
        return v * 2
    return inner(v + 1) + v


print(shadow_arg(3))
