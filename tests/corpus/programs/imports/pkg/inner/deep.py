from .. import sub as parent_sub

print("pkg.inner.deep: running, __name__ = %s" % __name__)


def where():
    return "deep(%s, %s)" % (__name__, parent_sub.shout("up"))
