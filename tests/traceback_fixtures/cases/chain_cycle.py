# versions: 3.6+
def make():
    a = ValueError("a")
    b = TypeError("b")
    c = KeyError("c")
    b.__cause__ = a
    b.__suppress_context__ = False
    b.__context__ = c
    a.__cause__ = b
    return a


raise make()
