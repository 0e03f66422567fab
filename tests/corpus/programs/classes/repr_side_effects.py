# versions: 2.7 3.6+
# __repr__, __eq__, __hash__, __len__ and __iter__ with side effects: a tracer that
# shows values must call none of them (the counts printed would change).
calls = []


class Noisy(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        calls.append("repr")
        return "Noisy(%r)" % (self.name,)

    def __eq__(self, other):
        calls.append("eq")
        return self is other

    def __hash__(self):
        calls.append("hash")
        return 1

    def __len__(self):
        calls.append("len")
        return 3

    def __iter__(self):
        calls.append("iter")
        return iter([1, 2, 3])


class Bag(dict):
    def __repr__(self):
        calls.append("bag repr")
        return "Bag()"


class Old:
    def __repr__(self):
        calls.append("old repr")
        return "Old()"


a = Noisy("a")
b = [a, Noisy("b")]
bag = Bag(x=a)
old = Old()
pair = (a, bag, old)
print(len(b), len(bag))
print("calls: %s" % ",".join(calls))
del calls[:]
print(repr(a))
print("calls: %s" % ",".join(calls))
