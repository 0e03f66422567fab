# versions: 2.7
try:
    raise ValueError, "old style message"
except ValueError, e:
    print "caught:", e
    print repr(e)
try:
    raise KeyError, ("tuple", "args")
except KeyError, e:
    print e.args
try:
    1 / 0
except (ZeroDivisionError, TypeError), e:
    print "tuple of classes:", type(e).__name__
try:
    raise IndexError("new style")
except IndexError, (e):
    print "parenthesised target:", e
try:
    try:
        raise TypeError("inner")
    except TypeError:
        import sys
        t, v, tb = sys.exc_info()
        raise RuntimeError, "replaced", tb
except RuntimeError, e:
    print "three-arg raise:", e
try:
    raise "string exceptions are gone"
except TypeError, e:
    print "TypeError:", e
class Old:
    pass
try:
    raise Old()
except Old, e:
    print "old-style instance raised:", e.__class__.__name__
try:
    raise Old
except Old, e:
    print "old-style class raised:", type(e).__name__
e = Exception("msg")
print e.message
print e[0]
print e.args
