# versions: 2.7
# Dict iteration order as 2.7's table gives it: int, long, float, str, unicode and tuple
# keys, after inserts, deletes, resizes, copy, update, popitem, clear and fromkeys.
import json

d = {}
for i in range(20):
    d[i * 7 % 13] = i
print d
del d[3]
del d[5]
d[100] = 1
d[-1] = 2
d[26] = 3
print d
print d.keys()
print d.values()
print d.items()[:4]
print [k for k in d]
print list(d.iterkeys())[:5], list(d.itervalues())[:5], list(d.iteritems())[:2]

print {1: 'y', 2: 'x'}
print {'b': 1, 'a': 2, 'c': 3, 'abc': 4, 'hello': 5, 'world': 6}
print {(1, 2): 1, (2, 1): 2, (0,): 3, (): 4, ('a', 'b'): 5}
print {1.5: 'a', 2.5: 'b', 0.1: 'c', -3: 'd', 10 ** 20: 'e', 7L: 'f', -2.75: 'g'}
print {u'\xe9t\xe9': 1, 'plain': 2, u'abc': 3, 'zz': 4}
print {True: 'yes', 0: 'zero', 3.0: 'three'}

words = 'the quick brown fox jumps over the lazy dog and the cat'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print counts
print sorted(counts.items())

# deletions leave dummies that later inserts reuse
k = {}
for i in range(10):
    k[i * 8] = i
for i in range(10):
    del k[i * 8]
for i in range(5):
    k[i * 16 + 1] = i
print k, len(k)

big = {}
for i in range(1000):
    big[str(i)] = i
for i in range(0, 1000, 3):
    del big[str(i)]
print big.keys()[:15]
print [key for key in big][-5:]

f = dict.fromkeys(range(30))
for i in range(0, 30, 2):
    del f[i]
print f.keys()
print f.copy().keys()
print dict(f).keys()
for i in range(40, 60):
    f[i] = i
print f.keys()
f.setdefault('x', 1)
f.pop(41)
f.pop('nope', None)
print f.keys()
f.update([(1000, 1), (-5, 2)])
print f.keys()
f.clear()
f['q'] = 1
print f

e = {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5}
print e.popitem(), e.popitem(), e
c = e.copy()
c.update({'z': 0, 'y': 1, 'x': 2})
print c
p = {1: 1}
p.update(a=1, b=2, c=3)
print p
print dict(a=1, b=2, c=3, d=4), dict([('x', 1), ('y', 2), ('w', 3)]), dict(c, extra=1)
print dict.fromkeys('spam'), dict.fromkeys(set('abcdef'), 0), dict.fromkeys({'k1': 1, 'k2': 2, 'k3': 3})
print {x: x * 2 for x in 'abcdefgh'}
print {i: i for i in range(6)}, {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 33: 33, 65: 65}


def kw(**kwargs):
    return kwargs


print kw(alpha=1, beta=2, gamma=3, delta=4, epsilon=5)
print kw(**{'b': 1, 'a': 2, 'z': 3})
for key in {'one': 1, 'two': 2, 'three': 3}:
    print key,
print
print json.dumps({'b': 1, 'a': [1, 2], 'c': {'z': 1, 'y': 2}, 'abc': None})
print repr({'k': {'n': set(['a', 'b', 'c']), 'm': (1, 2)}})
print str({'s': 'x', 'u': u'y'})
print '%s %r' % ({'one': 1, 'two': 2}, {'three': 3, 'four': 4})
print type({}), type(dict()), type({}) is dict, isinstance({}, dict), {} == dict(), {'a': 1} == dict(a=1)

# changing a dict or set while iterating it
d = {1: 1, 2: 2, 3: 3}
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print e, d
s = set([1, 2, 3])
try:
    for key in s:
        s.add(key + 10)
except RuntimeError as e:
    print e, len(s)


def grow(**kwargs):
    try:
        for key in kwargs:
            kwargs['x' + key] = 1
    except RuntimeError as e:
        print e


grow(a=1)
d = {1: 1, 2: 2}
for key in d:
    d[key] = 5
print d
it = iter({1: 2, 3: 4})
print it.next(), next(it), list(it)
