# versions: 2.7
import sys
import p27pkg
print p27pkg.helper.__name__, p27pkg.twice(21), p27pkg.__package__
import ConfigParser, Queue, cPickle, StringIO, cStringIO, __builtin__, urllib2, itertools
print Queue.Queue().empty(), len(cPickle.dumps([1, 2])) > 0, __builtin__.len("abc")
buf = StringIO.StringIO()
print >>buf, "line", 1,
print >>buf, "two"
print repr(buf.getvalue())
print list(itertools.izip_longest("ab", "c")), list(itertools.ifilter(None, [0, 1]))
class CM(object):
    def __enter__(self):
        print "enter"
        return self
    def __exit__(self, t, v, tb):
        print "exit", t.__name__ if t else None, v
        return t is KeyError
for exc in (None, KeyError, ValueError):
    try:
        with CM() as cm:
            if exc:
                raise exc("boom")
            print "body ok"
    except ValueError, e:
        print "escaped", e
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "returned %d" % i
        finally:
            print "finally", i
print f()
def g():
    try:
        yield 1
        yield 2
    finally:
        print "gen cleanup"
it = g()
print it.next()
it.close()
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError, e:
            print "reraised", e
    print sys.exc_info()[0]
h()
def func_exec(n):
    exec "m = n * 3"
    return m
print func_exec(4)
exec "print 'exec print', 1,"
print
print "a" "b", u"c" + "d", "x" * 3, "%s%%" % 5
for k in sorted({"b": 2, "a": 1}):
    print k,
print
try:
    eval("1 +")
except SyntaxError, e:
    print "SyntaxError", e.msg
print [x for x in range(3)], x
print dict((i, i * i) for i in range(3))
print {i: i for i in "ab"}, {i for i in [1, 1, 2]}
a, (b, c) = 1, (2, 3)
print a + b + c
def deco(fn):
    def wrapper(*args, **kw):
        return "<%s>" % fn(*args, **kw)
    return wrapper
@deco
def greet(name, punct="!"):
    return "hi " + name + punct
print greet("bob"), greet("al", punct="?"), greet(*("x",), **{"punct": "."})
print 07, 0x1f, 1e3, 3j, 1 if 0 else 2, not 1, 5 in [5], "b" not in "abc"
raise ValueError("final %s" % u"x")
