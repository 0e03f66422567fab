# versions: 2.7 3.6+
"""Hot code with handlers (runtime/translate.py translates 3.11+'s exception table):
exceptions caught in the raising function and in its callers, past the count after
which such code is interpreted again, finally and with blocks, comprehensions (3.12+
inline them, with a handler), tracebacks and line numbers read in a handler, and
objects freed when the guest drops them (a translated function's host locals must not
keep them alive)."""
from __future__ import print_function

import sys
import traceback
import weakref

log = []


class Resource(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, kind, value, tb):
        log.append("exit %s %s" % (self.name, kind.__name__ if kind else None))
        return kind is KeyError


def parse(text):
    try:
        return int(text)
    except ValueError:
        return -1


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return None
    finally:
        table["reads"] = table.get("reads", 0) + 1


def inner_raise(n):
    if n % 7 == 0:
        raise LookupError("no %d" % n)
    return n


def outer_catch(n):
    try:
        return inner_raise(n) * 2
    except LookupError as e:
        return str(e)


def where_caught(n):
    try:
        inner_raise(n)
    except LookupError:
        tb = sys.exc_info()[2]
        lines = []
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return lines
    return None


def squares(items):
    return [x * x for x in items if x % 3]


def managed(n):
    with Resource("r%d" % (n % 3)):
        if n % 4 == 0:
            raise KeyError(n)
    return n


def dropped_in_loop(n):
    seen = []

    class Thing(object):
        pass

    for i in range(n):
        thing = Thing()
        ref = weakref.ref(thing, lambda r, i=i: seen.append(i))
        del thing
        seen.append(ref() is None)
    return seen


def reraised(n):
    try:
        try:
            raise ValueError(n)
        except ValueError:
            raise TypeError("from %d" % n)
    except TypeError as e:
        return repr(e)


total = 0
words = []
for i in range(300):
    total += parse(str(i) if i % 5 else "x%d" % i)
    value = lookup({1: "one", 2: "two"}, i % 4)
    if value is not None:
        words.append(value)
    result = outer_catch(i)
    if isinstance(result, str):
        words.append(result)
    total += sum(squares(range(i % 9)))
    total += managed(i)
    words.append(reraised(i % 3))
print(total, len(words), words[:8], words[-4:])
print(log[:6], len(log))
print(where_caught(14))
print(dropped_in_loop(4))

try:
    for i in range(2000):
        parse("bad" if i == 1999 else str(i))
        if i == 1999:
            lookup({}, "missing")
            inner_raise(i * 7)
except LookupError:
    # (the frames and lines: 3.13's carets on a 3.11 or 3.12 host are another matter)
    kind, error, tb = sys.exc_info()
    print([(entry[2], entry[1], entry[3]) for entry in traceback.extract_tb(tb)])
    print(traceback.format_exception_only(kind, error))
