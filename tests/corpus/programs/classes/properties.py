# versions: 2.7 3.6+
class Temperature(object):
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0

    def _get_f(self):
        return self._c * 9 / 5 + 32

    def _set_f(self, v):
        self.celsius = (v - 32) * 5 / 9.0

    fahrenheit = property(_get_f, _set_f, doc="degrees F")


t = Temperature(100)
print(t.celsius)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
t.celsius = 37
print(round(t.fahrenheit, 2))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError: %s" % e)
del t.celsius
print(t.celsius)
print(Temperature.fahrenheit.__doc__)
print(type(Temperature.celsius).__name__)


class ReadOnly(object):
    @property
    def value(self):
        return 42


r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError:
    print("AttributeError can't set")


class Lazy(object):
    def __init__(self):
        self.computed = 0

    @property
    def data(self):
        if not hasattr(self, "_data"):
            self.computed += 1
            self._data = [1, 2, 3]
        return self._data


lz = Lazy()
print(lz.data)
print(lz.data)
print(lz.computed)


class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return "sub:%s" % self._c


print(Sub(5).celsius)
