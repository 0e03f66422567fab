# versions: 2.7 3.6+
def make_adder(n):
    def add(x):
        return x + n
    return add


add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1))
print(add10(1))
print(add5.__closure__ is not None)
print(len(add5.__closure__))
print(add5.__closure__[0].cell_contents)


def outer(a):
    def middle(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner
    return middle


print(outer(1)(2)(3))
m = outer(4)
print(m(5)(6))
print(m(7)(8))


def counter():
    state = [0]

    def inc():
        state[0] += 1
        return state[0]
    return inc


c1 = counter()
c2 = counter()
print(c1())
print(c1())
print(c2())
print(c1())


def late():
    x = 1

    def get():
        return x
    x = 2
    return get


print(late()())


def shared():
    v = [0]

    def get():
        return v[0]

    def set_(n):
        v[0] = n
    return get, set_


g, s = shared()
s(42)
print(g())


def deep_chain():
    a = "a"

    def l1():
        b = "b"

        def l2():
            c = "c"

            def l3():
                return a + b + c
            return l3
        return l2
    return l1


print(deep_chain()()()())


def class_in_func(val):
    class Holder(object):
        def get(self):
            return val
    return Holder


print(class_in_func("held")().get())


def gen_closure(n):
    def g():
        for i in range(n):
            yield i * n
    return g


print(list(gen_closure(3)()))
print(sorted((lambda y: {k: y for k in "ab"})(7).items()))
