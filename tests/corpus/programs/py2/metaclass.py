# versions: 2.7
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return type.__new__(mcls, name, bases, ns)

    def __call__(cls, *args):
        print "Meta.__call__", cls.__name__, args
        return type.__call__(cls, *args)


class Tagged(object):
    __metaclass__ = Meta

    def __init__(self, v=0):
        self.v = v


class Sub(Tagged):
    pass


print Tagged.tag, Sub.tag
print type(Sub).__name__
print Sub(5).v


def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)


class ByFunc(object):
    __metaclass__ = func_meta


print ByFunc.made_by, type(ByFunc).__name__
