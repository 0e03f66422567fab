# versions: 2.7 3.6+
class Animal(object):
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return "%s makes %s" % (self.name, self.sound())

    def sound(self):
        return "..."

    def describe(self):
        return "%s is a %s" % (self.name, self.kind)


class Dog(Animal):
    kind = "dog"

    def sound(self):
        return "woof"


class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def sound(self):
        return Dog.sound(self) + "ish"

    def describe(self):
        return Animal.describe(self) + " aged %d" % self.age


for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak())
    print(a.describe())
    print(type(a).__name__)
print(Animal.count)
p = Puppy("x", 2)
print(isinstance(p, Dog))
print(isinstance(p, Animal))
print(isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Animal))
print(issubclass(Animal, Puppy))
print(issubclass(Dog, (int, Animal)))
print(Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(p.kind)
p.kind = "special"
print(p.kind)
print(Puppy.kind)
del p.kind
print(p.kind)
print(hasattr(p, "age"))
print(getattr(p, "missing", "default"))
setattr(p, "color", "brown")
print(p.color)
print(sorted(vars(p)))
print(Animal.speak(Dog("via class")))
Dog.sound = lambda self: "WOOF"
print(Puppy("late", 3).speak())
print(Animal.__name__)
print(Animal.__dict__["kind"])
print("sound" in Dog.__dict__)
print("speak" in Dog.__dict__)


class Base(object):
    def __init__(self, v):
        self.v = v

    def show(self):
        return "Base(%s)" % self.v


class Child(Base):
    def __init__(self, v):
        super(Child, self).__init__(v + 1)

    def show(self):
        return "Child/" + super(Child, self).show()


class Grand(Child):
    def show(self):
        return "Grand/" + super(Grand, self).show()


print(Grand(1).show())
print(super(Grand, Grand(5)).show())


class Lst(list):
    def append(self, x):
        super(Lst, self).append(x * 2)


l = Lst()
l.append(1)
l.append(5)
print(l)


class D(dict):
    def __getitem__(self, k):
        return super(D, self).__getitem__(k.lower())


print(D(a=1)["A"])
