# versions: 3.6+
# needs: host-words
# Class-creation errors: __slots__ conflicts, __init_subclass__, abstract classes.
from abc import ABC, abstractmethod


def show(label, thunk):
    try:
        thunk()
    except Exception as e:
        print("%s: %s: %s" % (label, type(e).__name__, e))
    else:
        print("%s: ok" % label)


def slots_conflict():
    class A(object):
        __slots__ = ("x",)
        x = 1


def init_subclass_missing():
    class A:
        def __init_subclass__(cls, flavour):
            pass

    class B(A):
        pass


class One(ABC):
    @abstractmethod
    def run(self):
        pass


class Two(ABC):
    @abstractmethod
    def run(self):
        pass

    @abstractmethod
    def stop(self):
        pass


def layout():
    class A(int, str):
        pass


show("slots conflict", slots_conflict)
show("init_subclass missing", init_subclass_missing)
show("abstract one", One)
show("abstract two", Two)
show("layout", layout)
show("no setter", lambda: setattr(type("P", (), {"x": property(lambda s: 1)})(), "x", 2))
