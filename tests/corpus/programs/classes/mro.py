# versions: 2.7 3.6+
class O(object):
    def who(self):
        return "O"


class A(O):
    def who(self):
        return "A>" + super(A, self).who()


class B(O):
    def who(self):
        return "B>" + super(B, self).who()


class C(O):
    def who(self):
        return "C>" + super(C, self).who()


class AB(A, B):
    def who(self):
        return "AB>" + super(AB, self).who()


class BC(B, C):
    def who(self):
        return "BC>" + super(BC, self).who()


class X(AB, BC):
    def who(self):
        return "X>" + super(X, self).who()


for cls in [A, AB, BC, X]:
    print(" ".join(k.__name__ for k in cls.__mro__))
    print(cls().who())
try:
    class Bad(A, AB):
        pass
except TypeError:
    print("TypeError inconsistent MRO")


class Left(object):
    attr = "left"

    def only_left(self):
        return "only left"


class Right(object):
    attr = "right"

    def only_right(self):
        return "only right"


class Both(Left, Right):
    pass


class Both2(Right, Left):
    pass


print(Both.attr)
print(Both2.attr)
print(Both().only_right())
print(Both2().only_left())
print([k.__name__ for k in Both.mro()])


class Mixin(object):
    def greet(self):
        return "mixin says " + self.name()


class Named(object):
    def name(self):
        return "named"


class Thing(Mixin, Named):
    pass


print(Thing().greet())
