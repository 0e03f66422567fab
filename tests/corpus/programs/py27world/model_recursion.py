# versions: 2.7
# Recursive containers repr as 2.7 does, and recursion past the limit is a RuntimeError.
import sys

t = ([],)
t[0].append(t)
print t
print repr(t), str(t), '%s' % (t,)
print [t], (t, 1), {1: [t]}
l = []
l.append((l,))
print l, repr(l)
d = {}
d['a'] = (d,)
print d, repr(d)
s = []
s.append(s)
print s, repr([s, s])
x = {}
x[1] = x
print x


def f(n):
    return f(n + 1)


try:
    f(0)
except RuntimeError as e:
    print type(e).__name__, e, isinstance(e, RuntimeError)


class R(object):
    def __repr__(self):
        return repr(self)


try:
    repr(R())
except RuntimeError as e:
    print type(e).__name__, e


class C(object):
    def __cmp__(self, o):
        return cmp(self, o)


try:
    cmp(C(), C())
except RuntimeError as e:
    print type(e).__name__, e

sys.setrecursionlimit(60)


def g(n):
    return g(n + 1) if n < 1000 else n


try:
    g(0)
except RuntimeError as e:
    print 'limit 60:', e
print 'RecursionError' in dir(__builtins__)
sys.setrecursionlimit(1000)
deep = []
for i in range(3000):
    deep = [deep]
try:
    str(deep)
except RuntimeError as e:
    print type(e).__name__, e
same = []
same.append(same)
print same == same
