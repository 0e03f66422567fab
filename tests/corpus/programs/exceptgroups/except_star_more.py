# versions: 3.11+
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)


def eg_nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
        except* ValueError as g:
            print("values", repr(g))
            raise
        except* TypeError as g:
            print("types", repr(g))
    except ExceptionGroup as e:
        print("rest", repr(e))


eg_nested()


def eg_raise_new():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise


try:
    eg_raise_new()
except ExceptionGroup as e:
    print(repr(e), [type(x).__name__ for x in e.exceptions])
