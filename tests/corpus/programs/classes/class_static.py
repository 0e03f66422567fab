# versions: 2.7 3.6+
class Date(object):
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def how_many(cls):
        return "%s: %d" % (cls.__name__, cls.count)

    def __str__(self):
        return "%04d-%02d-%02d" % (self.y, self.m, self.d)


class MyDate(Date):
    def __str__(self):
        return "MyDate " + Date.__str__(self)


print(str(Date.from_string("2024-02-29")))
md = MyDate.from_string("1999-12-31")
print(str(md))
print(type(md).__name__)
print(Date.is_leap(2000))
print(Date.is_leap(1900))
print(md.is_leap(2024))
print(Date.how_many())
print(MyDate.how_many())
print(md.how_many())
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__)
print(type(cm).__name__)
print(sm.__func__(2023))
print(Date.from_string.__self__ is Date)


class Counter(object):
    instances = []

    def __init__(self):
        Counter.instances.append(self)

    @classmethod
    def total(cls):
        return len(cls.instances)


Counter()
Counter()
print(Counter.total())
