# versions: 3.11+
def cell_arg(a, b=2):
    def get():
        return a + b
    a += 10
    return get


print(cell_arg(1)())


def unbound_local():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
    return x


unbound_local()


def unbound_free():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y = 5
    return inner()


print(unbound_free())


def deleted_cell():
    z = 1
    def f():
        return z
    del z
    try:
        f()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


deleted_cell()


def class_in_function():
    x = "outer-x"
    y = "outer-y"
    class C:
        y = "class-y"
        a = x
        b = y
        def m(self):
            return x, y
    return C


C = class_in_function()
print(C.a, C.b, C().m())


def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc


inc = counter()
inc(); inc(5)
print(inc(), inc.__closure__[0].cell_contents)


def locals_view(p, q):
    r = p + q
    def f():
        return r
    return sorted(locals().items(), key=lambda kv: kv[0])


print([(k, v if not callable(v) else "fn") for k, v in locals_view(1, 2)])


class Base:
    def hello(self, who="base"):
        return f"Base.hello({who})"

    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"


class Derived(Base):
    def hello(self, who="derived"):
        inner = lambda: self
        return "Derived+" + super().hello(who=who) + "|" + super(Derived, self).hello()

    @classmethod
    def make(cls):
        return "D:" + super().make()

    def attr(self):
        return super().hello


print(Derived().hello())
print(Derived.make())
print(Derived().attr()("x"))


def super_no_args():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)


super_no_args()


def comp_shadow():
    x = "before"
    out = [x for x in range(3)]
    try:
        [1 / (x - 1) for x in range(3)]
    except ZeroDivisionError:
        pass
    return x, out


print(comp_shadow())


def comp_uses_cell():
    n = 10
    fs = [lambda: i + n for i in range(3)]
    return [f() for f in fs]


print(comp_uses_cell())


def gen_with_cells(k):
    def add(v):
        return v + k
    for i in range(3):
        yield add(i)


print(list(gen_with_cells(100)))
