# versions: 2.7 3.6+
class Empty(Exception):
    pass


try:
    raise ValueError("")
except ValueError:
    try:
        raise IndexError()
    except IndexError:
        raise Empty
