# versions: 2.7 3.6+
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]}".format(["p", "q"]))
print("{d[key]}".format(d={"key": "value"}))
print("{0.real} {0.imag}".format(3 + 4j))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format("mid"))
print("{:=+8d}".format(42))
print("{!r} {!s}".format("s", "s"))
print("{{literal}} {}".format(1))
print("{0:{1}}|".format("w", 6))
print("{0:>{1}.{2}f}".format(3.14159, 10, 2))
print("{:,}".format(12345678))
print("{:%}".format(0.25))
print("{:e}".format(0.000123))
print("{:c}".format(65))
print("{:o} {:X} {:#b}".format(64, 3054, 5))
print(format(123, "06d"))
print(format("abc", ">5"))
print(format(True))
print(format(None))


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __format__(self, spec):
        if spec == "polar":
            return "polar(%s,%s)" % (self.x, self.y)
        return "Point(%s,%s)" % (self.x, self.y)

    def __str__(self):
        return "P<%s,%s>" % (self.x, self.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, 2)
print("{}".format(p))
print("{:polar}".format(p))
print("{!s}".format(p))
print("{!r}".format(p))
print("{0.x}-{0.y}".format(p))
args = ["a", "b", "c"]
print("{}{}{}".format(*args))
kw = {"first": 1, "second": 2}
print("{first}/{second}".format(**kw))
try:
    "{}".format()
except IndexError:
    print("IndexError")
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError %s" % e)
