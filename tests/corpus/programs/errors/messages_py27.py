# versions: 2.7
# 2.7's own words and names where its runtime is pyctk's: augmented assignment,
# %-formatting's '*', calls with * and **, sequence repetition, and the names 2.7's
# built-in types lack.


def show(label, thunk):
    try:
        print label, repr(thunk())
    except Exception as e:
        print "%s: %s: %s" % (label, type(e).__name__, e)


def inplace(x, y, op):
    if op == '+':
        x += y
    elif op == '<<':
        x <<= y
    elif op == '//':
        x //= y
    elif op == '**':
        x **= y
    return x


f = lambda *a, **k: (a, k)
show("+=", lambda: inplace(1, None, '+'))
show("<<=", lambda: inplace(1, 1.5, '<<'))
show("//=", lambda: inplace(1.5, 'a', '//'))
show("**=", lambda: inplace('a', None, '**'))
show("list +=", lambda: inplace([1], 1, '+'))
show("%*d long", lambda: '%*d' % 10**30)
show("%*d int", lambda: '%*d' % 5)
show("%*d bool", lambda: '%*d' % (True, 1))
show("%*d neg", lambda: '%*d|' % (-4, 1))
show("%*d long width", lambda: '%*d' % (3L, 1))
show("%.*f", lambda: '%.*f' % (2, 1.5))
show("%.*f neg", lambda: '%.*f' % (-2, 1.5))
show("%i", lambda: '%i' % 1j)
show("%u", lambda: '%u' % 'a')
show("*1", lambda: f(*1))
show("**{1: 2}", lambda: f(**{1: 2}))
show("1.5 * 'a'", lambda: 1.5 * 'a')
show("'a' * 1.5", lambda: 'a' * 1.5)
show("[1] * None", lambda: [1] * None)
show("casefold", lambda: 'abc'.casefold())
show("str.casefold", lambda: str.casefold)
show("hasattr str __iter__", lambda: hasattr('abc', '__iter__'))
show("hasattr list __iter__", lambda: hasattr([], '__iter__'))
show("list copy", lambda: [].copy)
show("has_key", lambda: {1: 2}.has_key(1))
show("getattr default", lambda: getattr(5L, 'to_bytes', 'none'))
show("dir str", lambda: [n for n in dir('') if n in ('casefold', 'format_map', 'decode', 'isdecimal', 'isascii')])
show("dir dict", lambda: [n for n in dir({}) if n in ('has_key', 'iteritems', 'copy', '__or__')])


class S(str):
    def casefold(self):
        return 'own'


class L(list):
    pass


show("own casefold", lambda: S('A').casefold())
show("subclass copy", lambda: hasattr(L(), 'copy'))
show("exception", lambda: (hasattr(ValueError('x'), 'with_traceback'), ValueError('x').message))


# Calls that do not fit a function's parameters: 2.7's words and order.
def f0():
    pass


def f2(a, b=1):
    pass


def fk(a, **k):
    pass


class M(object):
    def m(self, a, b=1):
        pass

    def n(self, a):
        pass


show("no args", lambda: f0(1, 2))
show("at least", lambda: f2())
show("at most", lambda: f2(1, 2, 3))
show("given by keyword", lambda: f2(b=2))
show("multiple", lambda: f2(1, 2, **{'a': 3}))
show("unexpected", lambda: f2(1, c=3))
show("exactly with **", lambda: fk(1, 2))
show("method at least", lambda: M().m())
show("method keywords counted", lambda: M().n(1, 2, b=3))


# format() of a type without a __format__ of its own formats its str().
class NoFormat(object):
    pass


show("format None d", lambda: format(None, 'd'))
show("format list", lambda: format([1], '>5'))
show("format own class", lambda: format(NoFormat(), 'x'))
show("format tuple =", lambda: format((1,), '=5'))


# Complex floor division and remainder (deprecated in 2.7, not gone).
show("1 // 0j", lambda: 1 // 0j)
show("1 % 0j", lambda: 1 % 0j)
show("divmod(1, 1j)", lambda: divmod(1, 1j))
show("(3+4j) // 2", lambda: (3 + 4j) // 2)
show("7.5 % (2-1j)", lambda: 7.5 % (2 - 1j))
show("1j // 'a'", lambda: 1j // 'a')
