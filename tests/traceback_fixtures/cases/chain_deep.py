# versions: 3.6+
def level1():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("level1")


def level2():
    try:
        level1()
    except ValueError as e:
        raise TypeError("level2") from e


try:
    level2()
except TypeError:
    raise KeyError("final")
