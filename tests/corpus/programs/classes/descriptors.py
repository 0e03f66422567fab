# versions: 2.7 3.6+
class Typed(object):
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("delete %s" % self.name)
        del obj.__dict__[self.name]


class NonData(object):
    def __get__(self, obj, owner):
        return "nondata from %s" % owner.__name__


class Person(object):
    name = Typed("name", str)
    age = Typed("age", int)
    info = NonData()

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.name)
print(p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError: %s" % e)
print(p.info)
p.__dict__["info"] = "instance wins"
print(p.info)
p.__dict__["name"] = "direct"
print(p.name)
del p.age
print(p.age)
print(type(Person.name).__name__)
print(Person.info)


class Bound(object):
    def method(self):
        return "method"


f = Bound.__dict__["method"]
b = Bound()
print(f.__get__(b, Bound)())


class Counted(object):
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, owner):
        self.reads += 1
        return self.reads


class Uses(object):
    c = Counted()


u = Uses()
print(u.c)
print(u.c)
print(Uses.c)


class Getattr(object):
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "virtual " + name


g = Getattr()
print(g.real)
print(g.anything)


class Getattribute(object):
    x = 5

    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)


print(Getattribute().secret)
print(Getattribute().x)


class SetTrap(object):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print("delattr %s" % name)
        object.__delattr__(self, name)


st = SetTrap()
st.v = 21
print(st.v)
del st.v
print(hasattr(st, "v"))
