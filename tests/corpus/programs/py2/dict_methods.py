# versions: 2.7
d = {"a": 1, "b": 2, "c": 3}
print d.has_key("a"), d.has_key("z")
k = d.keys()
print type(k).__name__, sorted(k)
v = d.values()
print type(v).__name__, sorted(v)
it = d.items()
print type(it).__name__, sorted(it)
print sorted(d.iterkeys())
print sorted(d.itervalues())
print sorted(d.iteritems())
print type(d.iteritems()).__name__
print sorted(d.viewkeys() & set(["a", "z"]))
k.append("mutable list copy")
print len(d)
r = range(5)
print type(r).__name__, r
xr = xrange(5)
print type(xr).__name__, list(xr), len(xr), xr[2]
print repr(xrange(1, 10, 3))
total = 0
for i in xrange(1000000):
    if i > 10:
        break
    total += i
print total
print zip([1, 2], "ab")
print type(zip([], [])).__name__
print map(None, [1, 2], [3])
print filter(None, [0, 1, "", "x"])
print filter(lambda c: c != "b", "abc")
print map(str, [1, 2])
print type(map(str, [])).__name__
import itertools
print list(itertools.izip("ab", "cd"))
print list(itertools.imap(abs, [-1, -2]))
print dict(zip("xy", [1, 2])) == {"x": 1, "y": 2}
print sorted(dict.fromkeys("ab").items())
