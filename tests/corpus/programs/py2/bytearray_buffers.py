# versions: 2.7
# 2.7's buffer rules: what a bytearray, a memoryview and str's methods take (issue #22).


def show(label, f):
    try:
        result = repr(f())
    except Exception, e:
        result = "%s %s" % (type(e).__name__, e)
    print label, result


def r(x):
    """A value's repr, without an address."""
    if isinstance(x, (buffer, memoryview, Index, Rmod)):
        return "<%s %r>" % (type(x).__name__, str(x) if isinstance(x, buffer) else x.tobytes()
                            if isinstance(x, memoryview) else "")
    if isinstance(x, (list, tuple)):
        return "[" + ", ".join(r(y) for y in x) + "]"
    return repr(x)


class Rmod(object):
    def __rmod__(self, other):
        return "rmod of %r" % (other,)

    def __radd__(self, other):
        return "radd of %r" % (other,)


class Index(object):
    def __index__(self):
        return 98


class Bytes(bytearray):
    pass


b = bytearray("abc")
print "-- in"
for item in ["a", "bc", "ac", "", 97, True, Index(), bytearray("c"), buffer("b"), memoryview("ab"),
             300, -1, 10 ** 30, 1.5, u"a", None, [1], (1,), Rmod()]:
    show(r(item), lambda: (item in b, item not in b))

print "-- %"
for right in [1, 10 ** 30, 1.5, "a", u"a", [1], (1,), {1: 2}, None, bytearray("x"), int, Rmod()]:
    show(r(right), lambda: b % right)
show("'%s' % bytearray", lambda: "%s!" % bytearray("q"))


def iadd(x, y):
    x += y
    return x


def imod(x, y):
    x %= y
    return x


print "-- + and +="
for right in ["de", "", bytearray("z"), buffer("yy"), memoryview("w"), u"a", 1, [1], None]:
    show("+ %s" % r(right), lambda: b + right)
    show("+= %s" % r(right), lambda: iadd(bytearray("abc"), right))
x = bytearray("ab")
y = x
x += "cd"
print repr(x), x is y
show("'s' + bytearray", lambda: "s" + bytearray("t"))
show("%=", lambda: imod(bytearray("ab"), 1))
for right in ["b", u"b", buffer("b"), buffer("\xe9"), bytearray("b"), memoryview("b"), 1, None, [1], Rmod()]:
    show("u'a' + %s" % r(right), lambda: u"a" + right)
    show("u'a' += %s" % r(right), lambda: iadd(u"a", right))

print "-- item stores"


def store(key, value, cls=bytearray):
    x = cls("abc")
    x[key] = value
    return x


for value in ["z", "zz", "", 65, 256, 10 ** 30, u"z", 1.5, None, bytearray("q"), Index()]:
    show("x[0] = %s" % r(value), lambda: store(0, value))
for value in ["XY", "", u"zz", 5, [65, "B"], [65, None], (66, 67), bytearray("Q"), buffer("R")]:
    show("x[0:1] = %s" % r(value), lambda: store(slice(0, 1), value))
show("x[::2] = 'zz'", lambda: store(slice(None, None, 2), "zz"))
x = bytearray("abc")
x[1:] = "XYZ"
print repr(x)

print "-- methods"
for arg in ["b", bytearray("b"), buffer("b"), memoryview("b"), u"b", 98, None, [], 1.5]:
    for name in ["count", "find", "rfind", "index", "rindex", "split", "rsplit", "startswith", "endswith",
                 "partition", "rpartition", "strip", "lstrip", "rstrip"]:
        show("%s(%s)" % (name, r(arg)), lambda: getattr(bytearray("abcb"), name)(arg))
show("index('x')", lambda: b.index("x"))
show("rindex('x', 1)", lambda: b.rindex("x", 1))
show("count(1, 'x')", lambda: b.count(1, "x"))
show("startswith(('x', 'a'))", lambda: b.startswith(("x", bytearray("a"))))
show("startswith((1,))", lambda: b.startswith((1,)))
show("replace('b', 'XY')", lambda: b.replace("b", "XY"))
show("replace(1, 'a')", lambda: b.replace(1, "a"))
show("replace('a', None)", lambda: b.replace("a", None))
show("translate(None, 'b')", lambda: b.translate(None, "b"))
show("translate(1)", lambda: b.translate(1))
show("translate('x')", lambda: b.translate("x"))
for item in ["q", "qq", u"q", 113, 300, None, buffer("q"), Index()]:
    show("append(%s)" % r(item), lambda: (lambda y: (y.append(item), y))(bytearray("ab")))
    show("insert(0, %s)" % r(item), lambda: (lambda y: (y.insert(0, item), y))(bytearray("ab")))
    show("remove(%s)" % r(item), lambda: (lambda y: (y.remove(item), y))(bytearray("abq")))
for items in ["de", [100, "e"], u"de", 5, [None], buffer("f"), bytearray("g")]:
    show("extend(%s)" % r(items), lambda: (lambda y: (y.extend(items), y))(bytearray("ab")))
for items in ["xyz", ["x", bytearray("y")], [1], [u"a"], ["x", None], [memoryview("q")], 1]:
    show("join(%s)" % r(items), lambda: bytearray("-").join(items))
for fill in ["*", "**", u"*", bytearray("*"), 1, None]:
    for name in ["center", "ljust", "rjust"]:
        show("%s(6, %s)" % (name, r(fill)), lambda: getattr(b, name)(6, fill))
show("center('a', '*')", lambda: b.center("a", "*"))
show("center('a', 1)", lambda: b.center("a", 1))
show("count()", lambda: b.count())
show("count(1, 2, 3, 4, 5)", lambda: b.count(1, 2, 3, 4, 5))
show("find(1, 2, 3, 4)", lambda: b.find(1, 2, 3, 4))
show("append()", lambda: b.append())
show("split(sep='b')", lambda: b.split(sep="b"))

print "-- bytearray()"
for args in [("a", "ascii"), ("\xe9", "latin-1"), ("ab", "hex"), ("a", "nope"), ("a", 1), ("a", "ascii", 2)]:
    show("bytearray%r" % (args,), lambda: bytearray(*args))
show("subclass", lambda: Bytes(bytearray("ab")) % 1)

print "-- memoryview"
for obj in ["ab", "", buffer("ab"), bytearray("ab"), u"ab", 1]:
    show("memoryview(%s)" % r(obj), lambda: memoryview(obj).tobytes())
m = memoryview("ab")
show("len", lambda: len(m))
show("tolist", lambda: m.tolist())
show("m[0] = 1", lambda: m.__setitem__(0, 1))
for value in [1, "z", None]:
    show("m[0] = %s (read-only)" % r(value), lambda: store(0, value, memoryview))
show("m[5]", lambda: m[5])
show("cast", lambda: m.cast("B"))
for value in ["z", "zz", "", bytearray("y"), u"z"]:
    show("w[0] = %s" % r(value), lambda: store(0, value, lambda s: memoryview(bytearray(s))).tobytes())
    show("w[0:2] = %s" % r(value), lambda: store(slice(0, 2), value, lambda s: memoryview(bytearray(s))).tobytes())

print "-- str methods"
for args in [(), ("ascii",), (u"ascii",), (None,), (1,), ([],), (bytearray("ascii"),), ("ascii", None),
             ("ascii", 2), ("ascii", u"strict")]:
    show("encode%r" % (args,), lambda: "abc".encode(*args))
    show("decode%r" % (args,), lambda: "abc".decode(*args))
    show("u.encode%r" % (args,), lambda: u"abc".encode(*args))
show("encode(encoding=1)", lambda: "abc".encode(encoding=1))
show("decode(errors=None)", lambda: "abc".decode(errors=None))
table = "".join(chr((i + 1) % 256) for i in range(256))
for args in [(1,), ([],), (None,), (None, "b"), (None, 1), (None, bytearray("b")), (None, u"b"),
             (table,), (bytearray(table),), (buffer(table),), (u"x",), (u"x", "a"), ("x",)]:
    show("translate" + (r(args) if len(r(args)) < 60 else "(table ...)"), lambda: "abc".translate(*args))
for arg in [None, 1, [], u"0x1p1", "0x1p-1", bytearray("0x1")]:
    show("fromhex(%s)" % r(arg), lambda: 2.5.fromhex(arg))
    show("float.fromhex(%s)" % r(arg), lambda: float.fromhex(arg))
show("fromhex()", lambda: float.fromhex())
show("fromhex(x=1)", lambda: (2.5).fromhex(x=1))
