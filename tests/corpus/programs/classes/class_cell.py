# versions: 3.6+
class A:
    def which(self):
        return __class__.__name__
    def cls_of(self):
        return __class__
    def super_call(self):
        return "A.super_call"
class B(A):
    def which(self):
        return "B>" + super().which() + ":" + __class__.__name__
    def super_call(self):
        return "B+" + super().super_call()
b = B()
print(b.which())
print(A().cls_of() is A, b.cls_of() is A)
print(b.super_call())
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class WithCell(metaclass=Meta):
    def f(self):
        return __class__
class WithoutCell(metaclass=Meta):
    def f(self):
        return 1
print(WithCell().f() is WithCell)
class Outer:
    class Inner:
        def name(self):
            return __class__.__qualname__
    def name(self):
        return __class__.__qualname__
print(Outer().name(), Outer.Inner().name())
def make():
    class Local:
        def get(self):
            return __class__.__name__
    return Local
print(make()().get())
