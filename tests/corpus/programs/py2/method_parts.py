# versions: 2.7
# A bound method's parts by 2.7's names (six.get_method_function and friends read them,
# through operator.attrgetter); 2.7's names of C types.
import operator


class K(object):
    def m(self, x):
        return x + 1

    @classmethod
    def c(cls):
        return cls.__name__


class Meta(type):
    pass


class M(object):
    __metaclass__ = Meta

    @classmethod
    def c(cls):
        return cls


k = K()
bound = k.m
print bound.im_func is K.__dict__['m'], bound.im_self is k, bound.im_class is K
print bound.im_func(k, 1), bound.im_func.func_name
print K.c.im_self is K, K.c.im_class, K.c()
print M.c.im_class is Meta, M.c.im_self is M
get_function = operator.attrgetter("im_func")
get_self = operator.attrgetter("im_self")
print get_function(bound).__name__, get_self(bound) is k
print getattr(bound, "im_class").__name__, hasattr(bound, "im_func")
print bound.__func__ is bound.im_func, bound.__self__ is bound.im_self
print sorted([3j, 1j, 2j], key=operator.attrgetter("imag"))
print map(operator.methodcaller("iteritems"), [{1: 2}])[0].next()
print type(operator.attrgetter("a")), type(operator.methodcaller("a"))
import collections, itertools, functools
print type(collections.deque()), type(itertools.count()), type(operator.itemgetter(1)), functools.partial
print type(iter([])), type(iter(())), type(iter("ab")), type(reversed([]))
print type(collections.OrderedDict()), type(collections.defaultdict())
