# versions: 2.7 3.6+
# needs: host-words
# Errors raised by built-in operations, worded as each version words them.
import functools


def show(label, thunk):
    try:
        thunk()
    except Exception as e:
        print("%s: %s: %s" % (label, type(e).__name__, e))
    else:
        print("%s: ok" % label)


class P(object):
    @property
    def x(self):
        return 1


def set_x():
    P().x = 2


def del_x():
    del P().x


show("property set", set_x)
show("property del", del_x)
show("reduce empty", lambda: functools.reduce(lambda a, b: a + b, []))
show("int div zero", lambda: 1 // 0)
show("int mod zero", lambda: 1 % 0)
show("divmod zero", lambda: divmod(1, 0))
show("true div zero", lambda: 1 / 0)
show("float div zero", lambda: 1.0 / 0)
show("float mod zero", lambda: 1.0 % 0)
show("%d of str", lambda: "%d" % "a")
show("%x of float", lambda: "%x" % 1.5)
show("%c of str", lambda: "%c" % "ab")
show("format d of str", lambda: format("a", "d"))
show("float('abc')", lambda: float("abc"))
show("int('abc')", lambda: int("abc"))
show("None call", lambda: None())
show("str + int", lambda: "a" + 1)
show("unhashable", lambda: {[]: 1})
show("unpack few", lambda: [a for a, b in [(1,)]])
show("unpack many", lambda: [a for a, b in [(1, 2, 3)]])
show("compare", lambda: sorted([1, "a", None]))
show("list index", lambda: [].pop())
show("range step", lambda: range(1, 2, 0))
show("chr range", lambda: chr(-1))
show("getattr int", lambda: (1).foo)
show("type attr", lambda: int.foo)
