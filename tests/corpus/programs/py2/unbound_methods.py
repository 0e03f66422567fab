# versions: 2.7
# 2.7's unbound methods: K.m through the class is an instancemethod without im_self, whose
# call checks its first argument; and how 2.7 words calling a class (type object, K
# constructor, __init__'s count of arguments with the keywords).
import inspect
import operator
import sys
import traceback


class K(object):
    def m(self, x=0):
        "m's doc"
        return x + 1

    def boom(self):
        return 1 / 0

    @staticmethod
    def s(a):
        return a * 2

    @classmethod
    def c(cls):
        return cls.__name__


class Sub(K):
    pass


class Old:
    def m(self):
        return "old"


class OldSub(Old):
    pass


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, result


print K.m, Sub.m, Old.m, OldSub.m
print type(K.m), type(K().m)
print K.m is K.m, K.m == K.m, K.m == Sub.m, K.m != K.boom
print K.m.im_self, K.m.__self__, K.m.im_class, Sub.m.im_class, OldSub.m.im_class
print K.m.im_func is K.__dict__['m'], K.m.__func__ is K.m.im_func, type(K.__dict__['m'])
print K.m.__name__, K.m.__doc__, K.m.__module__, K.m.func_name
print K.s(4), K.c(), type(K.s), K.c.im_self is K
print getattr(K, 'm'), getattr(Old, 'm'), hasattr(K.m, 'im_func')
print operator.attrgetter('im_func')(K.m) is K.__dict__['m']
print inspect.ismethod(K.m), inspect.isfunction(K.m), inspect.getargspec(K.m)
print K.m.__get__(None, Sub), Sub.m.__get__(None, K), K.m.__get__(K(), K)(5)
print K.m(K(), 1), K.m(Sub(), 2), Old.m(OldSub()), map(K.m, [K(), Sub()])
print sorted([Sub(), K()], key=K.m) != None, callable(K.m)

attempt("no argument:", K.m)
attempt("an int:", K.m, 1)
attempt("an int and more:", K.m, 1, 2, 3)
attempt("keywords only:", K.m, x=1)
attempt("an old-style instance:", K.m, Old())
attempt("a new-style instance:", Old.m, K())
attempt("a class:", K.m, K)
attempt("an old-style class:", Old.m, Old)
attempt("a long:", Old.m, 5L)
attempt("unicode:", Old.m, u'x')
attempt("None:", Sub.m, None)
attempt("too many for m:", K.m, K(), 1, 2)
attempt("through map:", map, K.m, [1])


class Init(object):
    def __init__(self, a):
        self.a = a


class OldInit:
    def __init__(self, a):
        self.a = a


class Bare(object):
    pass


class OldBare:
    pass


for cls in (Init, OldInit, Bare, OldBare):
    attempt(cls.__name__ + "(*1):", lambda: cls(*1))
    attempt(cls.__name__ + "(**1):", lambda: cls(**1))
    attempt(cls.__name__ + "(*1, **1):", lambda: cls(*1, **1))
    attempt(cls.__name__ + "(**{1: 2}):", lambda: cls(**{1: 2}))
    attempt(cls.__name__ + "(1, 2, b=3):", lambda: cls(1, 2, b=3))
    attempt(cls.__name__ + "(1, a=2, **{'a': 3}):", lambda: cls(1, a=2, **{'a': 3}))
    attempt(cls.__name__ + "(1, 2):", lambda: cls(1, 2))


def f(a):
    return a


attempt("f(1, 2, b=3):", f, 1, 2, b=3)
attempt("f(*1):", lambda: f(*1))
attempt("f(1, a=2, **{'a': 3}):", lambda: f(1, a=2, **{'a': 3}))
attempt("K()(*1):", lambda: K()(*1))
attempt("Old()(*1):", lambda: Old()(*1))


import copy
import types

print copy.deepcopy(K.m), isinstance(K.m, types.UnboundMethodType), isinstance(K.m, types.FunctionType)
attempt("copy.copy(K.m):", copy.copy, K.m)
K.alias = K.m
print K().alias(4), K.alias, vars(K)['alias'] is K.m


def gen():
    yield 1
    raise TypeError("a generator's own TypeError")


class OwnIter:
    def __iter__(self):
        raise TypeError("not shown: ceval's words replace it")


attempt("f(*gen()):", lambda: f(*gen()))
attempt("f(*OwnIter()):", lambda: f(*OwnIter()))


class Deeper(Sub):
    def m(self, x=0):
        return super(Deeper, self).m(x) * 10


print Deeper().m(1), super(Deeper, Deeper).m, super(Sub, Deeper).m, super(Deeper, Deeper).s(3)
print super(Deeper, Deeper).m(Deeper(), 2), super(Deeper, Deeper).c()
attempt("super(Deeper, Deeper).m(1):", super(Deeper, Deeper).m, 1)

try:
    K.boom(Sub())
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
K.boom(K())
