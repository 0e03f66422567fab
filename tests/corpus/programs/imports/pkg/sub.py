print("pkg.sub: running, __name__ = %s" % __name__)


def shout(s):
    return s.upper() + "!"


def package_name():
    return __package__
