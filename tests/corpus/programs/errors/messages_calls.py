# versions: 3.6+
# Wrong calls of Python functions of every signature kind, and of built-ins.


def show(label, thunk):
    try:
        thunk()
    except Exception as e:
        print("%s: %s: %s" % (label, type(e).__name__, e))
    else:
        print("%s: ok" % label)


def f0():
    pass


def f2(a, b):
    pass


def fd(a, b=1):
    pass


def fv(a, b, *args):
    pass


def fk(a, **kw):
    pass


class K(object):
    def m(self, a):
        pass

    @staticmethod
    def s(a):
        pass

    @classmethod
    def c(cls, a):
        pass


show("f0(1)", lambda: f0(1))
show("f2(1)", lambda: f2(1))
show("f2(1, 2, 3)", lambda: f2(1, 2, 3))
show("f2(1, c=2)", lambda: f2(1, c=2))
show("f2(1, a=2)", lambda: f2(1, a=2))
show("fd()", lambda: fd())
show("fd(1, 2, 3)", lambda: fd(1, 2, 3))
show("fv(1)", lambda: fv(1))
show("fk(1, 2)", lambda: fk(1, 2))
show("fk()", lambda: fk())
show("K().m()", lambda: K().m())
show("K().m(1, 2)", lambda: K().m(1, 2))
show("K.s()", lambda: K.s())
show("K.c(1, 2)", lambda: K.c(1, 2))
show("len()", lambda: len())
show("len(1, 2)", lambda: len(1, 2))
show("len(1)", lambda: len(1))
show("abs('a')", lambda: abs("a"))
show("isinstance(1, 1)", lambda: isinstance(1, 1))
show("globals(1)", lambda: globals(1))
show("'a'.split(1)", lambda: "a".split(1))
show("{}.get()", lambda: {}.get())
show("f2(**{1: 2})", lambda: f2(**{1: 2}))
