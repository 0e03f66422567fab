# versions: 3.6+
# copy and deepcopy treat the program's functions by reference, as CPython does.
import copy


def f(x):
    return x + 1


class Greeter:
    def __init__(self, name):
        self.name = name
        self.handlers = {"hello": self.hello, "plain": f}

    def hello(self):
        return "hello " + self.name


lam = lambda: 42
table = {"f": f, "lam": lam, "list": [f, lam], "cls": Greeter, "method": Greeter.hello}
shallow = copy.copy(table)
deep = copy.deepcopy(table)
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(lam) is lam)
print(shallow["f"] is f, deep["f"] is f, deep["lam"] is lam, deep["list"][0] is f, deep["list"] is table["list"])
print(deep["cls"] is Greeter, deep["method"] is Greeter.hello)
g = Greeter("world")
g2 = copy.deepcopy(g)
print(g2 is g, g2.name, g2.handlers["hello"](), g2.handlers["plain"] is f, g2.handlers["hello"].__self__ is g2)
print(copy.deepcopy([f, (f, lam), {1: f}]) == [f, (f, lam), {1: f}])


def make_counter():
    count = [0]

    def counter():
        count[0] += 1
        return count[0]
    return counter


c = make_counter()
c()
c2 = copy.deepcopy({"c": c})["c"]
print(c2 is c, c2())
