# versions: 3.6+
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.options = kw
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)
    def __repr__(cls):
        return "<class %s>" % cls.__name__
class Plugin(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v
class Special(Plugin, flavor="x"):
    pass
print(Registry.classes)
print(Special.created_by, Special.options, Plugin.options)
s = Special(3)
print(s.v)
print(repr(Special))
print(type(Special).__name__)
print(isinstance(Special, Registry))
Dynamic = type("Dynamic", (object,), {"x": 1, "hi": lambda self: "hi %d" % self.x})
print(Dynamic().hi())
print(Dynamic.__name__, Dynamic.__bases__[0].__name__)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.fields = [k for k in ns if not k.startswith("_")]
        return cls
class Rec(metaclass=Ordered):
    b = 1
    a = 2
    def m(self):
        pass
print(Rec.fields)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, n):
        self.n = n
print(Config(1) is Config(2), Config(3).n)
