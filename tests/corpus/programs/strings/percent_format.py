# versions: 2.7 3.6+
name = "world"
print("hello %s" % name)
print("%s and %s" % ("a", "b"))
print("%r" % "x")
print("%d%%" % 50)
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%c%c" % (72, "i"))
print("%(a)s-%(b)d" % {"a": "A", "b": 7})
print("%*d|%-*d" % (5, 1, 4, 2))
print("%.*f" % (3, 2.0 / 3))
print("%s" % (1, ))
print("%s" % [1, 2])
print("%s" % None)
print("%i %u" % (3, 4))
print("%e" % 12345.678)
print("%#x %#o" % (255, 8))
print("% d|% d" % (5, -5))
try:
    print("%d" % "x")
except TypeError:
    print("TypeError %d with str")
try:
    print("%s %s" % ("only one",))
except TypeError:
    print("TypeError not enough arguments")
try:
    print("%s" % ("a", "b"))
except TypeError:
    print("TypeError not all converted")
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("melon", 1, 3.0)]
for r in rows:
    print("%-8s %4d %8.3f" % r)
