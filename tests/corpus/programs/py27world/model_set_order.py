# versions: 2.7
# Set and frozenset iteration order as 2.7's table gives it, through set algebra.
s = set(['apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape'])
print s
s.discard('banana')
s.add('kiwi')
s.add('lemon')
print s, sorted(s)
print set(range(10, 0, -1)), {3, 2, 1, 'x', 'y'}, frozenset('hello')
print {x * 3 for x in range(10)}, {w[0] for w in ['zeta', 'alpha', 'mu', 'beta']}
print set([(1, 2), (2, 1), 'ab', 0.5, 7L, -1])

t = set(range(50))
for i in range(0, 50, 3):
    t.discard(i)
print t
print t.pop(), t.pop(), t.pop()
t.intersection_update(range(10, 40))
print t
t.difference_update([11, 13])
print t
t.symmetric_difference_update(set([1, 2, 11, 13, 14]))
print t
t |= set(['a', 'b'])
print t
t -= set([1])
print t
t &= set(['a', 14, 16, 17, 'zz'])
print t
t ^= set(['b', 'c'])
print t
print t.union([5, 6], (7,)), t.intersection([14, 'a', 16, 99]), t.difference([14], ['a'])

x = set([1, 2, 3, 100, 200, 'q'])
y = set([3, 200, 7, 8, 'r'])
print x | y, x & y, x - y, x ^ y, y - x, y ^ x
print frozenset([3, 1, 2]) | set([9, 0]), set([9, 0]) | frozenset([3, 1, 2])
print frozenset(['b', 'a']) & set(['a', 'b', 'c']), type(frozenset() | set()), type(set() | frozenset())
print x.copy(), set(x), frozenset(x), set({'d1': 1, 'd2': 2, 'd3': 3})
u = set()
for w in 'to be or not to be that is the question'.split():
    u.add(w)
print u, len(u)
while u:
    print u.pop(),
print
print repr(set()), repr(frozenset()), set([frozenset([1, 2]), frozenset([3])])
print list(set('mississippi')), sorted(set('mississippi')), max(set([3, 9, 4])), sum(set([1, 2, 3]))
print type(set()), type({1}), isinstance({1}, set), set([1, 2]) == frozenset([2, 1])
# many repeats: the table grows while the same keys come again
print set([x * 37 % 101 for x in range(3000)])
print set(str(x % 57) for x in range(2000)), frozenset(x % 23 for x in range(500))
print dict([(x % 77, x) for x in range(3000)]).keys()
print {x % 45: x for x in range(900)}.items()[:10], {x % 33 for x in range(700)}
