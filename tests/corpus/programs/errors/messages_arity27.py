# versions: 2.7
# 2.7's own words for a built-in called with the wrong number of arguments (pyctk's
# stand-ins for divmod, getattr, repr, set.copy, str.encode, ... are Python functions),
# and what 2.7 rejects that newer versions take: '_' in numbers and format specs.


def show(f):
    try:
        r = f()
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))
    else:
        print("ok %r" % (r,))


for call in (lambda: divmod(1), lambda: divmod(1, 2, 3), lambda: divmod(x=1),
             lambda: getattr(1), lambda: getattr(1, 'a', 2, 3), lambda: hasattr(1),
             lambda: issubclass(int), lambda: filter(None), lambda: repr(), lambda: repr(1, 2),
             lambda: compile(1), lambda: open(), lambda: len(), lambda: len([], []),
             lambda: abs(1, 2), lambda: hex(), lambda: round(), lambda: sorted(),
             lambda: set([1]).copy(1), lambda: frozenset([1]).copy(x=1), lambda: {1: 2}.keys(1),
             lambda: {1: 2}.has_key(), lambda: {}.pop(), lambda: 'abc'.encode(1, 2, 3),
             lambda: u'abc'.decode(x=1), lambda: [3, 1].sort(x=1), lambda: reduce(len),
             lambda: map(len), lambda: sum(), lambda: format(), lambda: intern()):
    show(call)

for text in ('1_000', '_1', '1_', '1__0', '0x_1f'):
    show(lambda: int(text))
    show(lambda: int(text, 0))
    show(lambda: long(text))
    show(lambda: float(text))
    show(lambda: complex(text))
show(lambda: int(u'1_0'))
show(lambda: int('1_0', 37))
show(lambda: float(x='2.5'))

for value in (1, 10**30, 1.5, 1j, True, 'a', u'a', None, [1]):
    for spec in ('_', ',_', '10_', '_d', '010', '010s', '<010', '+010d', '08.3f', ',d'):
        show(lambda: format(value, spec))

for text in ('abc', ' ', '1.5.5', '.5x', 'infx', '+1a', ' 1 ', '1\0'):
    show(lambda: float(text))
    show(lambda: long(text))


class A(object):
    pass


try:
    class B(1.5): pass
except TypeError as e:
    print(repr(str(e)))


class Index(object):
    def __index__(self):
        return 2


class Float(object):
    def __float__(self):
        return 2.5


# round reads a C double and an index; hex and oct only what has __hex__/__oct__; %c a
# byte or one character; str() one argument.
for value in (1, 10**30, 1.5, float('inf'), 1j, True, None, 'a', [1], Index(), Float(), int):
    show(lambda: round(value))
    show(lambda: round(1.5, value))
    show(lambda: oct(value))
    show(lambda: hex(value))
    show(lambda: '%c' % (value,))
    show(lambda: u'%c' % (value,))
for args in ((2.5,), (-0.5,), (2.675, 2), (1234.5678, -2), (1e300, -400), (-1e-300, 400), (1.5, 10**30)):
    show(lambda: round(*args))
for value in (-1, 256, 65, 0x10ffff, 0x110000):
    show(lambda: '%c' % value)
    show(lambda: u'%c' % value)
show(lambda: str(1, 2))
show(lambda: str(1, x=1))
show(lambda: str(object=5))
show(lambda: bytes(x=1))

# math.floor/ceil read a C double; str.format's errors name 2.7's float; %x and %o of a float
# truncate it (with a warning 2.7 shows once, on stderr, not compared here); int(x=...).
import math
import warnings
warnings.simplefilter('ignore')
for value in (None, 'a', [1], 2.5, -2.5, 10**30, Float(), 1j, float('inf')):
    show(lambda: math.floor(value))
    show(lambda: math.ceil(value))
show(lambda: '{0.foo}'.format(1.5))
show(lambda: '{0[1]}'.format(1.5))
show(lambda: '%x|%o|%X' % (1.5, 9.9, 255.5))
show(lambda: '%x' % float('inf'))
show(lambda: int(x='12', base=16))

# %d of a non-finite float, of a class; format's 3.11 'z'; map/input arity; round's keywords.
show(lambda: '%d' % float('inf'))
show(lambda: '%i' % (float('nan'),))
show(lambda: '%x' % int)
show(lambda: '%f' % int)
for value in (1.5, True, 10**30, 'a'):
    show(lambda: format(value, 'z'))
show(lambda: map(None))
show(lambda: map())
show(lambda: input(1, 2))
show(lambda: abs(1, x=1))
show(lambda: round(x=1))
show(lambda: round(number=2.675, ndigits=2))
