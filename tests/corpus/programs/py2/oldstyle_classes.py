# versions: 2.7
class Old:
    attr = 1
    def method(self):
        return "old method"
class New(object):
    pass
o = Old()
print type(o).__name__
print type(Old).__name__
print o.__class__.__name__
print type(New()).__name__
print isinstance(o, Old)
print o.method()
print Old.attr
class OldChild(Old):
    def method(self):
        return "child+" + Old.method(self)
print OldChild().method()
print hasattr(Old, "__mro__")
class A:
    def who(self):
        return "A"
class B(A):
    pass
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print D().who()
class ND(object):
    def who(self):
        return "A"
class NB(ND):
    pass
class NC(ND):
    def who(self):
        return "C"
class NDD(NB, NC):
    pass
print NDD().who()
class WithOps:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return WithOps(self.v + o.v)
    def __repr__(self):
        return "WithOps(%d)" % self.v
    def __cmp__(self, o):
        return cmp(self.v, o.v)
print WithOps(1) + WithOps(2)
print WithOps(1) < WithOps(2)
print sorted([WithOps(3), WithOps(1)])
print WithOps(2) == WithOps(2)
class Coerce:
    def __coerce__(self, other):
        return (5, other)
print Coerce() + 10
