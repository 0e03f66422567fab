# versions: 2.7
# 2.7's func_* names: read and written.
import types


def f(a, b=1):
    "doc"
    return a + b


print f.func_name, f.func_doc, f.func_defaults, f.func_closure, f.func_globals is globals()
print type(f) is types.FunctionType, isinstance(f, types.LambdaType), f.func_code.co_argcount
f.func_doc = "new doc"
f.func_name = "renamed"
f.func_defaults = (5,)
print f.__doc__, f.__name__, f(1), f.__defaults__
f.func_dict["x"] = 1
print f.x, f.__dict__
f.attr = 2
print sorted(f.func_dict.items())
print hasattr(f, "func_code"), getattr(f, "func_name")


def gen():
    yield 1
    yield 2


g = gen()
print type(g) is types.GeneratorType, g.next(), list(g)


def outer():
    x = 3

    def inner():
        return x
    return inner


print [c.cell_contents for c in outer().func_closure]
