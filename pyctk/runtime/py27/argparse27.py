"""How 2.7's built-in functions and types read their arguments, for their call errors.

2.7's C built-ins parse arguments in a few fixed ways, each with its own words; the host's
(or pyctk's Python stand-in's) parsing differs: ``list(sequence=[1])`` works in 2.7 and
``abs(x=1)`` does not. A ``Spec`` says which way a built-in parses:

- ``NoKeywords``: a C function without METH_KEYWORDS; ``PyCFunction_Call`` refuses any
  keyword first: ``abs() takes no keyword arguments``.
- ``Unpack``: a type whose ``tp_new``/``tp_init`` calls ``_PyArg_NoKeywords`` (``set() does
  not take keyword arguments``; ``dict`` does not) then ``PyArg_UnpackTuple`` (``set
  expected at most 1 arguments, got 2``).
- ``Keywords``: ``PyArg_ParseTupleAndKeywords`` with a keyword list (``vgetargskeywords``):
  too many in all, then per keyword in order given by name and position or a required
  one missing, then any name not in the list (``'x' is an invalid keyword argument for
  this function``).
- ``KeyOnly``: ``min``/``max``, which take ``key`` alone.

``bind`` runs only where a call gives keywords (py2ops' keyword call paths), ``count_error``
only where such a call raised a TypeError: a call without keywords pays nothing.
"""

from __future__ import annotations

import weakref


class NoKeywords:
    __slots__ = ("name", "counts")

    def __init__(self, name, counts=None):
        # counts: (min, max) where the function unpacks its arguments (PyArg_UnpackTuple)
        # and its stand-in's arity words are not recorded (cmp is no plain function)
        self.name, self.counts = name, counts

    def bind(self, args, kwargs):
        raise TypeError("%s() takes no keyword arguments" % self.name)

    def count_error(self, nargs, kwargs):
        if self.counts is None:
            return None  # (the stand-in's arity words: messages.arity_words)
        return Unpack(self.name, *self.counts).count_error(nargs, None)


class Unpack:
    __slots__ = ("name", "min", "max", "keywords", "count_first")

    def __init__(self, name, low, high, keywords=None, count_first=False):
        # keywords: the name _PyArg_NoKeywords is given ("set()", "super"), None where
        # the type takes keywords (dict); count_first: it unpacks before it refuses
        # keywords (staticmethod, classmethod)
        self.name, self.min, self.max, self.keywords, self.count_first = name, low, high, keywords, count_first

    def bind(self, args, kwargs):
        words = self.count_error(len(args), kwargs)
        if words is not None:
            raise TypeError(words)
        return args, kwargs

    def count_error(self, nargs, kwargs):
        if kwargs and self.keywords is not None and not self.count_first:
            return "%s does not take keyword arguments" % self.keywords
        words = self._count(nargs)
        if words is None and kwargs and self.keywords is not None:
            return "%s does not take keyword arguments" % self.keywords
        return words

    def _count(self, nargs):
        if nargs < self.min:
            return "%s expected %s%d arguments, got %d" % (self.name, "" if self.min == self.max else "at least ",
                                                            self.min, nargs)
        if nargs > self.max:
            return "%s expected %s%d arguments, got %d" % (self.name, "" if self.min == self.max else "at most ",
                                                            self.max, nargs)
        return None


class Keywords:
    __slots__ = ("name", "kwlist", "min", "then", "index", "size", "positional")

    def __init__(self, name, kwlist, low, then=None, positional=0):
        # then: the parse the arguments after the first go through next (2.7's sorted
        # hands them, keywords and all, to list.sort); positional: how many leading
        # parameters the host type or the stand-in takes only by position (``list``'s
        # sequence), or by another name (``enumerate``'s)
        self.name, self.kwlist, self.min, self.then = name, tuple(kwlist), low, then
        self.positional = positional
        self.index = {keyword: i for i, keyword in enumerate(self.kwlist)}
        self.size = len(self.kwlist)

    def _error(self, nargs, kwargs):
        """vgetargskeywords' arity and keyword words, in its order; None if it accepts."""
        kwlist = self.kwlist
        total = nargs + (len(kwargs) if kwargs else 0)
        if total > len(kwlist):
            return "%s() takes at most %d argument%s (%d given)" % (self.name, len(kwlist),
                                                                  "" if len(kwlist) == 1 else "s", total)
        left = len(kwargs) if kwargs else 0
        for i, keyword in enumerate(kwlist):
            if left and keyword in kwargs:
                left -= 1
                if i < nargs:
                    return "Argument given by name ('%s') and position (%d)" % (keyword, i + 1)
                continue
            if i < nargs:
                continue
            if i < self.min:
                return "Required argument '%s' (pos %d) not found" % (keyword, i + 1)
            if not left:
                return None
        if left:
            for key in kwargs:
                if type(key) is not str:
                    return "keywords must be strings"
                if key not in kwlist:
                    return "'%s' is an invalid keyword argument for this function" % key
        return None

    def bind(self, args, kwargs):
        # The common call first (``sorted(x, key=f)``): enough positional arguments, each
        # keyword the list's and after them, none to move to a position.
        n = len(args)
        if self.min <= n and n + len(kwargs) <= self.size:
            index = self.index
            for key in kwargs:
                if index.get(key, -1) < n:
                    break
            else:
                if n >= self.positional or self.kwlist[n] not in kwargs:
                    return args, kwargs
        return self._bind(args, kwargs)

    def _bind(self, args, kwargs):
        words = self._error(len(args), kwargs)
        if words is not None:
            raise TypeError(words)
        if self.then is not None:
            self.then.bind(args[1:], kwargs)
        # Keywords in the leading places the host takes only by position move there
        # (``list(sequence=x)``); the others it takes by 2.7's names.
        args = list(args)
        kwargs = dict(kwargs)
        for keyword in self.kwlist[len(args):self.positional]:
            if keyword not in kwargs:
                break
            args.append(kwargs.pop(keyword))
        return tuple(args), kwargs

    def count_error(self, nargs, kwargs):
        return self._error(nargs, kwargs)


class KeyOnly:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def bind(self, args, kwargs):
        if not args:  # (one argument, the iterable, is unpacked first)
            raise TypeError("%s expected 1 arguments, got 0" % self.name)
        if len(kwargs) != 1 or "key" not in kwargs:
            raise TypeError("%s() got an unexpected keyword argument" % self.name)
        return args, kwargs

    def count_error(self, nargs, kwargs):
        return None


_SORT = Keywords("sort", ("cmp", "key", "reverse"), 0)
SORTED = Keywords("sorted", ("iterable", "cmp", "key", "reverse"), 1, then=_SORT)

# 2.7's types, by their C source's parsing (Objects/*.c).
TYPE_SPECS = {
    "list": Keywords("list", ("sequence",), 0, positional=1),
    "tuple": Keywords("tuple", ("sequence",), 0, positional=1),
    "bool": Keywords("bool", ("x",), 0, positional=1),
    "float": Keywords("float", ("x",), 0, positional=1),
    "int": Keywords("int", ("x", "base"), 0),
    "long": Keywords("long", ("x", "base"), 0, positional=1),
    "complex": Keywords("complex", ("real", "imag"), 0),
    "str": Keywords("str", ("object",), 0),
    "unicode": Keywords("unicode", ("string", "encoding", "errors"), 0, positional=1),
    "bytearray": Keywords("bytearray", ("source", "encoding", "errors"), 0, positional=1),
    "enumerate": Keywords("enumerate", ("sequence", "start"), 1, positional=1),
    "property": Keywords("property", ("fget", "fset", "fdel", "doc"), 0),
    "set": Unpack("set", 0, 1, "set()"),
    "frozenset": Unpack("frozenset", 0, 1, "frozenset()"),
    "dict": Unpack("dict", 0, 1),
    "staticmethod": Unpack("staticmethod", 1, 1, "staticmethod", count_first=True),
    "classmethod": Unpack("classmethod", 1, 1, "classmethod", count_first=True),
}
# super and xrange refuse keywords first, then count in their own words (left to them).
NO_KEYWORD_TYPES = {"super": "super", "xrange": "xrange()", "buffer": "buffer()", "slice": "slice()"}


class _NoKeywordType(NoKeywords):
    __slots__ = ()

    def bind(self, args, kwargs):
        raise TypeError("%s does not take keyword arguments" % self.name)


# 2.7's built-in functions that take keywords (Python/bltinmodule.c); every other one is
# a C function without METH_KEYWORDS.
FUNCTION_SPECS = {
    "sorted": SORTED,
    "round": Keywords("round", ("number", "ndigits"), 1),
    "compile": Keywords("compile", ("source", "filename", "mode", "flags", "dont_inherit"), 3),
    "cmp": NoKeywords("cmp", (2, 2)),
    "min": KeyOnly("min"),
    "max": KeyOnly("max"),
}
# (and site's exit, quit, help: Python objects)
TAKE_KEYWORDS = frozenset({"print", "open", "file", "dir", "exit", "quit", "help", "copyright", "credits", "license"})


# id(callable) -> (weak reference to it, Spec): a builtins table's callables, made per VM
# (compile, eval) or not; an entry goes when its callable does.
SPECS: dict = {}


def spec_of(func):
    """The Spec of ``func`` if it is one of a 2.7 builtins table's callables, else None."""
    entry = SPECS.get(id(func))
    if entry is not None and entry[0]() is func:
        return entry[1]
    return None


def register(builtins: dict) -> None:
    """Note the Spec of each callable of the 2.7 guest's builtins table."""
    for name, value in builtins.items():
        spec = None
        if isinstance(value, type):
            spec = TYPE_SPECS.get(name)
            if spec is None and name in NO_KEYWORD_TYPES:
                spec = _NoKeywordType(NO_KEYWORD_TYPES[name])
        elif name in FUNCTION_SPECS:
            spec = FUNCTION_SPECS[name]
        elif callable(value) and name not in TAKE_KEYWORDS and not name.startswith("_"):
            spec = NoKeywords(name)
        if spec is None or spec_of(value) is not None:
            continue
        key = id(value)
        try:
            ref = weakref.ref(value, lambda _, key=key: SPECS.pop(key, None))
        except TypeError:  # (not weakly referable: left to the host's parsing)
            continue
        SPECS[key] = (ref, spec)
