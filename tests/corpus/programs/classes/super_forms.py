# versions: 3.6+
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def who(self):
        return "Base"
    @classmethod
    def make(cls):
        return "make " + cls.__name__
class Mid(Base):
    def __init__(self, x):
        super().__init__(x * 2)
        print("Mid.__init__")
    def who(self):
        return "Mid>" + super().who()
    @classmethod
    def make(cls):
        return "Mid:" + super().make()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(5)
        print("Leaf.__init__")
    def who(self):
        return "Leaf>" + super(Leaf, self).who()
    def skip(self):
        return super(Mid, self).who()
l = Leaf()
print(l.x)
print(l.who())
print(l.skip())
print(Leaf.make())
print(super(Leaf, l).who())
class A:
    def go(self):
        return ["A"]
class B(A):
    def go(self):
        return ["B"] + super().go()
class C(A):
    def go(self):
        return ["C"] + super().go()
class D(B, C):
    def go(self):
        return ["D"] + super().go()
print(D().go())
class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.created = args
        return inst
print(WithNew(1, 2).created)
class Prop(Base):
    @property
    def x2(self):
        return self.x * 2
    def __init__(self):
        super().__init__(21)
print(Prop().x2)
def helper(self):
    return "helper uses " + super(Leaf, self).who()
print(helper(l))
class Strs(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(Strs("abc").upper())
