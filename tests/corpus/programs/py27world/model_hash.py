# versions: 2.7
# hash() of the values whose hash 2.7 defines by value (64-bit build).
for v in [0, 1, -1, -2, 12345, 2 ** 62, -(2 ** 63), 2 ** 63, 2 ** 64, 2 ** 64 - 1, 2 ** 100, -(2 ** 100), 7L]:
    print repr(v), hash(v)
for v in [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 3.14159, 1e100, -1e-100, 2.0 ** 70, float('inf'), float('-inf'), float('nan')]:
    print repr(v), hash(v)
for v in ['', 'a', 'ab', 'hello world', '\xff\x00', u'', u'a', u'hello world', u'\xe9', u'\u20ac', u'\U0001f600']:
    print repr(v), hash(v)
for v in [(), (1,), (1, 2), ('a', (1, 2.5)), (None, True)[1:], frozenset(), frozenset([1, 2, 3]), 1j, 2 + 3j]:
    print repr(v), hash(v)
print hash(True), hash(False), hash('a') == hash(u'a'), hash(1) == hash(1.0) == hash(1L)


class WithHash(object):
    def __hash__(self):
        return 2 ** 70


print hash(WithHash())
try:
    hash([])
except TypeError as e:
    print e
try:
    hash({})
except TypeError as e:
    print e
