class HelperError(Exception):
    pass


class Outer(object):
    class InnerError(LookupError):
        pass


def fail():
    raise HelperError("from helper")
