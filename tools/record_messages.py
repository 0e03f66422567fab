"""Record each CPython version's error messages: a catalogue of failing operations.

Each operation is a small source snippet (it compiles on every version, or names the
first version it applies to). For every version found on PATH (``pythonX.Y``) this tool
writes one guest program holding that version's operations, compiles it with that
version's own compiler into ``tests/messages/X.Y.pyc.gz`` (compressed), runs the ``.pyc`` natively and
records, per operation, the exception's type name and message (``OK`` when it does not
fail) into ``pyctk/versions/messages/X.Y.json.gz``. From the recorded tables it then
derives, per (host, guest) pair, the rules pyctk uses to word a host's message as the
guest's (``pyctk/versions/messages/rules/HOST-GUEST.json.gz``, see ``pyctk/runtime/messages.py``)::

    python3 tools/record_messages.py            # every version found, then the rules
    python3 tools/record_messages.py 2.7 3.8    # only these (the rules from all tables)
    python3 tools/record_messages.py --rules    # only re-derive the rules
    python3 tools/record_messages.py --arity    # 2.7's own arity words per built-in

2.7 words a built-in's wrong number of arguments by how its C code parses them
(``len() takes exactly one argument (2 given)``, ``getattr expected at least 2
arguments, got 1``, ``Required argument 'filename' (pos 2) not found``); pyctk's 2.7
built-ins that are Python functions get those words from ``arity-2.7.json.gz``: each
built-in function and built-in type's method called natively with 0-6 arguments and
with a keyword, the arity errors recorded (``pyctk/runtime/messages.py``).

``tests/test_messages.py`` runs each ``.pyc`` under pyctk and compares its output, line by
line, with the table: no interpreter is needed for that.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from pyctk.runtime.messages import derive_rules  # noqa: E402
from pyctk.versions import VERSION_NAMES  # noqa: E402

VERSIONS = VERSION_NAMES  # the one list: pyctk/versions/__init__.py
TABLE_DIR = os.path.join(ROOT, "pyctk", "versions", "messages")
PYC_DIR = os.path.join(ROOT, "tests", "messages")

# -- the operations ------------------------------------------------------------------

# Values as source text: every one valid on 2.7 and 3.x. ``C`` is the prelude's class.
VALUES = [
    "1", "0", "-1", "10**30", "1.5", "float('inf')", "float('nan')", "1j", "True", "None",
    "'a'", "''", "b'a'", "[1]", "[]", "(1,)", "()", "{1: 2}", "{}", "{1}", "frozenset([1])",
    "bytearray(b'a')", "range(2)", "object()", "int", "(lambda: 0)", "slice(1)", "C()",
    "(i for i in [])",
]
# A smaller set for the pairwise operators.
OPERANDS = [
    "1", "1.5", "1j", "True", "None", "'a'", "b'a'", "[1]", "(1,)", "{1: 2}", "{1}",
    "frozenset([1])", "bytearray(b'a')", "object()", "int", "C()",
]
BINARY = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", ">", ">=", "in"]
UNARY = ["-{}", "+{}", "~{}", "not {}"]
ONE_ARG = [
    "abs", "len", "hash", "iter", "next", "reversed", "int", "float", "complex", "bytes", "ord",
    "chr", "hex", "oct", "bin", "round", "list", "tuple", "dict", "set", "frozenset", "bytearray",
    "memoryview", "enumerate", "zip", "min", "max", "sum", "sorted", "all", "any", "range",
    "callable", "dir", "vars", "id", "repr", "str", "bool", "type", "divmod", "pow",
    "isinstance", "issubclass", "getattr", "setattr", "delattr", "hasattr", "slice",
    "staticmethod", "classmethod", "property", "super", "object", "format", "filter", "map",
    "ascii", "iter", "compile", "eval", "globals", "locals",
]
ARGSETS = ["()", "(None, None, None, None, None, None)", "(x=1)", "(1, x=1)", "('a', 'b')"]
METHODS = {
    "'abc'": ["capitalize", "center", "count", "encode", "endswith", "expandtabs", "find",
              "format", "index", "isalnum", "isalpha", "isdigit", "islower", "isspace",
              "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition", "replace",
              "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split",
              "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper",
              "zfill", "casefold", "format_map", "isdecimal", "isidentifier", "isnumeric",
              "isprintable", "removeprefix", "removesuffix", "isascii", "decode"],
    "b'abc'": ["capitalize", "center", "count", "decode", "endswith", "expandtabs", "find",
               "hex", "index", "join", "ljust", "lower", "lstrip", "partition", "replace",
               "rfind", "rindex", "rjust", "rsplit", "rstrip", "split", "splitlines",
               "startswith", "strip", "translate", "upper", "zfill", "fromhex"],
    "bytearray(b'abc')": ["append", "extend", "insert", "pop", "remove", "count", "index",
                          "decode", "join", "find", "split", "fromhex"],
    "[1, 2]": ["append", "clear", "copy", "count", "extend", "index", "insert", "pop",
               "remove", "reverse", "sort"],
    "(1, 2)": ["count", "index"],
    "{1: 2}": ["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem",
               "setdefault", "update", "values", "has_key"],
    "{1, 2}": ["add", "clear", "copy", "difference", "difference_update", "discard",
               "intersection", "intersection_update", "isdisjoint", "issubset", "issuperset",
               "pop", "remove", "symmetric_difference", "symmetric_difference_update",
               "union", "update"],
    "frozenset([1])": ["copy", "difference", "intersection", "isdisjoint", "issubset",
                       "union"],
    "5": ["bit_length", "conjugate", "to_bytes", "from_bytes", "__index__", "__add__",
          "__round__", "__format__", "bit_count", "as_integer_ratio", "is_integer"],
    "2.5": ["as_integer_ratio", "conjugate", "fromhex", "hex", "is_integer", "__round__",
            "__format__", "__trunc__", "__floordiv__"],
    "1j": ["conjugate", "__format__", "__add__"],
    "range(3)": ["count", "index"],
}
METHOD_ARGS = ["()", "(None)", "(1)", "('x')", "(1, 2, 3, 4, 5)", "(x=1)", "([])"]
FORMAT_SPECS = ["d", "x", "s", ".2f", ",", "_", "=5", "+s", "c", "%", "#s", "010s", "z", "n", "<<"]
PERCENT = ["%d", "%x", "%c", "%s %s", "%(a)s", "%f", "%o", "%e", "%i", "%r", "%*d", "%.*f", "%z", "%"]


def ops():
    """[(snippet, first version)]: the catalogue, in program order."""
    out = []

    def add(snippet, since="2.7"):
        out.append((snippet, since))

    for a in OPERANDS:
        for b in OPERANDS:
            for op in BINARY:
                add("%s %s %s" % (a, op, b))
            add("x = %s\nx += %s" % (a, b))
            add("%s[%s]" % (a, b))
            add("x = %s\nx[%s] = 1" % (a, b))
            add("divmod(%s, %s)" % (a, b))
            add("sorted([%s, %s])" % (a, b))
        add("%s @ %s" % (a, a), "3.6")
    for v in VALUES:
        for u in UNARY:
            add(u.format(v))
        for name in ONE_ARG:
            add("%s(%s)" % (name, v))
        for attr in ("foo", "__name__", "__dict__", "__class__", "real", "append", "__len__"):
            add("(%s).%s" % (v, attr))
            add("x = %s\nx.%s = 1" % (v, attr))
            add("x = %s\ndel x.%s" % (v, attr))
        add("%s()" % v)
        add("%s(1, 2)" % v)
        add("a, b = %s" % v)
        add("a, = %s" % v)
        add("for _ in %s: pass" % v)
        add("f = lambda *a: a\nf(*%s)" % v)
        add("f = lambda **k: k\nf(**%s)" % v)
        add("1 in %s" % v)
        add("getattr(%s, 1)" % v)
        add("setattr(%s, 'foo', 1)" % v)
        add("hash(%s)\n{%s: 1}" % (v, v))
        add("%s[::0]" % v)
        add("%s[1:2] = 5" % v)
        add("%s * 1.5" % v)
        add("%s * 'a'" % v)
        add("''.join([%s])" % v)
        add("'a'.join(%s)" % v)
        add("range(%s)" % v)
        add("[1, 2][%s]" % v)
        add("'ab'[%s]" % v)
        add("(1, 2)[%s]" % v)
        add("{}[%s]" % v)
        add("pow(%s, 2, 3)" % v)
        add("round(1.5, %s)" % v)
        add("int('1', %s)" % v)
        add("chr(%s)" % v)
        add("sum([1, %s])" % v)
        add("issubclass(%s, int)" % v)
        add("issubclass(int, %s)" % v)
        add("type('A', (%s,), {})" % v)
        add("class A(%s): pass" % v)
        add("str.upper(%s)" % v)
        add("list.append(%s, 1)" % v)
        add("dict.keys(%s)" % v)
        add("int.__add__(%s, 1)" % v)
        add("object.__new__(%s)" % v)
        add("super(%s, 1)" % v)
        add("import math\nmath.sqrt(%s)" % v)
        add("import math\nmath.floor(%s)" % v)
        add("import operator\noperator.index(%s)" % v)
        add("import functools\nfunctools.reduce(lambda a, b: a, %s)" % v)
        add("import itertools\nitertools.islice([1], %s)" % v)
        add("import itertools\nitertools.repeat(1, %s)" % v)
        add("import struct\nstruct.pack('i', %s)" % v)
        add("import array\narray.array('i', [%s])" % v)
        for fmt in PERCENT:
            add("'%s' %% %s" % (fmt, v))
            add("'%s' %% (%s,)" % (fmt, v))
        for spec in FORMAT_SPECS:
            add("format(%s, '%s')" % (v, spec))
        add("'{:d}'.format(%s)" % v)
        add("'{0}{1}'.format(%s)" % v)
        add("'{0.foo}'.format(%s)" % v)
        add("'{0[1]}'.format(%s)" % v)
    for obj, names in sorted(METHODS.items()):
        for name in names:
            for args in METHOD_ARGS:
                add("%s.%s%s" % (obj, name, args))
    for name in ONE_ARG:
        for args in ARGSETS:
            add("%s%s" % (name, args))
    # Python functions of every signature kind, called wrongly.
    signatures = [
        ("()", "2.7"), ("(a)", "2.7"), ("(a, b)", "2.7"), ("(a, b=1)", "2.7"), ("(a, b=1, c=2)", "2.7"),
        ("(*args)", "2.7"), ("(a, *args)", "2.7"), ("(**kw)", "2.7"), ("(a, **kw)", "2.7"),
        ("(a, b, *args, **kw)", "2.7"), ("(a, *, b)", "3.6"), ("(a, *, b=1)", "3.6"),
        ("(*, a, b)", "3.6"), ("(a, /, b)", "3.8"), ("(a, b, /)", "3.8"), ("(a, /, *, b)", "3.8"),
    ]
    calls = ["()", "(1)", "(1, 2)", "(1, 2, 3)", "(1, 2, 3, 4, 5)", "(a=1)", "(1, a=1)", "(c=1)",
             "(1, 2, b=3)", "(b=1)", "(1, z=1)", "(*[1, 2, 3, 4])", "(**{'z': 1})", "(1, **{'a': 2})",
             "(**{1: 2})", "(*1)", "(**1)"]
    for sig, since in signatures:
        for call in calls:
            add("def f%s: pass\nf%s" % (sig, call), since)
            add("class K(object):\n    def m(self, %s): pass\nK().m%s" % (sig[1:-1] or "self2=0", call), since)
            add("f = lambda %s: 0\nf%s" % (sig[1:-1], call), since)
    for call in calls:
        add("class K(object):\n    def m(self): pass\nK.m%s" % call)
        add("class K(object):\n    def __init__(self, a): pass\nK%s" % call)
        add("class K(object):\n    pass\nK%s" % call)
        add("class K(object):\n    @staticmethod\n    def m(a): pass\nK.m%s" % call)
        add("class K(object):\n    @classmethod\n    def m(cls, a): pass\nK.m%s" % call)
    # Attributes: slots, properties, descriptors, built-in types.
    klass = [
        "class K(object):\n    __slots__ = ('a',)\nK().a",
        "class K(object):\n    __slots__ = ('a',)\nK().b = 1",
        "class K(object):\n    __slots__ = ('a',)\ndel K().a",
        "class K(object):\n    __slots__ = ('a',)\n    a = 1",
        "class K(object):\n    __slots__ = 1",
        "class K(object):\n    __slots__ = ('__dict__', '__dict__')",
        "class K(object):\n    __slots__ = ('1a',)",
        "class K(int):\n    __slots__ = ('a',)",
        "class K(tuple):\n    __slots__ = ('a',)",
        "class K(object):\n    __slots__ = ('a', 'a')",
        "class K(object):\n    __slots__ = ('__weakref__', '__weakref__')",
        "class K(object):\n    @property\n    def x(self): return 1\nK().x = 2",
        "class K(object):\n    @property\n    def x(self): return 1\ndel K().x",
        "class K(object):\n    x = property()\nK().x",
        "class K(object):\n    x = property()\nK().x = 1",
        "class K(object):\n    x = property()\ndel K().x",
        "class K(object):\n    def x(self): return 1\n    x = property(x)\nK().x = 2",
        "class K(object):\n    x = property(lambda s: 1)\nK().x = 1",
        "class K(object):\n    x = property(lambda s: 1)\nK.x.__set__(K(), 1)",
        "class K(object):\n    x = property(lambda s: 1)\nK.x.__get__()",
        "class K(object):\n    x = property(lambda s: 1)\nK.x.fget = 1",
        "class K(object):\n    pass\nK.__dict__['a'] = 1",
        "class K(object):\n    pass\nK.__name__ = 1",
        "class K(object):\n    pass\nK.__bases__ = 1",
        "class K(object):\n    pass\nK.__bases__ = ()",
        "class K(object):\n    pass\nK().__class__ = 1",
        "class K(object):\n    pass\nK().__class__ = int",
        "class K(object):\n    pass\nK().__dict__ = 1",
        "class K(object):\n    pass\ndel K().__dict__\n",
        "class K(object):\n    pass\nK.__mro__ = ()",
        "class K(object):\n    pass\nK.__qualname__ = 1",
        "class K(object):\n    pass\nK.__module__",
        "class K(object):\n    pass\nK().__getattribute__(1)",
        "class K(object):\n    pass\nK().__setattr__(1, 2)",
        "class K(object):\n    pass\nobject.__setattr__(K, 'a', 1)",
        "class K(object):\n    pass\nobject.__setattr__(int, 'a', 1)",
        "class K(object):\n    pass\nobject.__delattr__(K(), 'a')",
        "class K(object):\n    pass\nint.__dict__['a'] = 1",
        "int.real = 1", "int.foo = 1", "del int.real", "del int.foo", "(1).real = 2",
        "list.append = 1", "object.foo = 1", "type.__name__ = 1", "int.__name__ = 'x'",
        "f = lambda: 0\nf.__name__ = 1", "f = lambda: 0\nf.__code__ = 1", "f = lambda: 0\ndel f.__name__",
        "f = lambda: 0\nf.__defaults__ = 1", "f = lambda: 0\nf.__dict__ = 1", "f = lambda: 0\nf.__globals__ = 1",
        "f = lambda: 0\nf.__closure__ = 1", "f = lambda: 0\ndel f.__code__",
        "classmethod(1).__get__(None)", "staticmethod(1)()", "classmethod(1)()",
        "class K(object):\n    @classmethod\n    def m(cls): pass\nK.__dict__['m']()",
        "class K(object):\n    @staticmethod\n    def m(): pass\nK.__dict__['m']()",
        "int.__dict__['real'].__set__(1, 2)", "int.__dict__['real'].__get__()",
        "str.__dict__['upper'](1)", "str.__dict__['upper']()", "list.__dict__['append'](1, 2)",
        "type.__dict__['__name__'].__get__(1)", "dict.__dict__['fromkeys'](1)",
        "dict.fromkeys.__get__(1)", "int.__add__(1)", "int.__add__()", "object.__init__(1, 2)",
        "object(1)", "object.__new__(1)", "object.__new__(int)", "int.__new__(str)", "int.__new__(1)",
        "str.__new__(int)", "type('A', 1, {})", "type('A', (), 1)", "type(1, 2)", "type(1, 2, 3, 4)",
        "type('A', (int, str), {})", "type('A', (object, object), {})",
        "class A(object): pass\nclass B(object, A): pass",
        "class A(int, str): pass", "class A(object): pass\nclass B(A, A): pass",
        "class A(1, 2): pass", "class A(bool): pass", "class A(type(None)): pass",
        "class A(type(lambda: 0)): pass", "class A(slice): pass", "class A(range): pass",
        "class A(memoryview): pass",
        "class A(object):\n    def __init__(self): return 1\nA()",
        "class A(object):\n    def __len__(self): return -1\nlen(A())",
        "class A(object):\n    def __len__(self): return 'a'\nlen(A())",
        "class A(object):\n    def __len__(self): return 2**100\nlen(A())",
        "class A(object):\n    def __hash__(self): return 'a'\nhash(A())",
        "class A(object):\n    def __index__(self): return 'a'\n[1][A()]",
        "class A(object):\n    def __int__(self): return 'a'\nint(A())",
        "class A(object):\n    def __float__(self): return 'a'\nfloat(A())",
        "class A(object):\n    def __str__(self): return 1\nstr(A())",
        "class A(object):\n    def __repr__(self): return 1\nrepr(A())",
        "class A(object):\n    def __iter__(self): return 1\niter(A())",
        "class A(object):\n    def __bool__(self): return 1\n    __nonzero__ = __bool__\nbool(A())",
        "class A(object):\n    def __bool__(self): return 'a'\n    __nonzero__ = __bool__\nbool(A())",
        "class A(object):\n    def __enter__(self): return self\nwith A(): pass",
        "class A(object):\n    def __exit__(self, *a): pass\nwith A(): pass",
        "with 1: pass",
        "class A(object):\n    __hash__ = None\nhash(A())",
        "class A(object):\n    __eq__ = lambda s, o: True\n{A()}",
        "class A(object):\n    def __getitem__(self, i): raise IndexError\nlist(A())\nA()[0]",
        "class A(object):\n    def __contains__(self, x): return 1\n1 in A()\n1 not in 2",
        "class A(object):\n    def __new__(cls, x): return 1\nA()",
        "class M(type):\n    pass\nclass A(object): pass\nclass B(int, metaclass=M): pass",
    ]
    for snippet in klass:
        add(snippet, "3.6" if "metaclass=" in snippet or "__qualname__" in snippet else "2.7")
    add("class A:\n    def __init_subclass__(cls): pass\nclass B(A, x=1): pass", "3.6")
    add("class A:\n    pass\nclass B(A, x=1): pass", "3.6")
    add("class A(object, x=1): pass", "3.6")
    add("class A:\n    def __init_subclass__(cls, x): pass\nclass B(A): pass", "3.6")
    add("class A:\n    def __init_subclass__(cls, **kw): super().__init_subclass__(**kw)\nclass B(A, y=2): pass", "3.6")
    add("class A:\n    def __set_name__(self, o, n): raise ValueError('x')\nclass B:\n    a = A()", "3.6")
    for n in range(1, 4):
        methods = ", ".join("'m%d': abstractmethod(lambda self: 0)" % i for i in range(n))
        add("from abc import ABCMeta, abstractmethod\nA = ABCMeta('A', (object,), {%s})\nA()" % methods)
        add("from abc import ABCMeta, abstractmethod\nA = ABCMeta('A', (object,), {%s})\n"
            "B = ABCMeta('B', (A,), {})\nB()" % methods)
        add("from abc import ABC, abstractmethod\nclass A(ABC):\n%s\nA()"
            % "\n".join("    @abstractmethod\n    def m%d(self): pass" % i for i in range(n)), "3.6")
    add("from abc import ABCMeta\nclass A(object):\n    __metaclass__ = ABCMeta\nA.register(1)")
    # Conversions.
    texts = ["'1_000'", "'abc'", "'1.5'", "''", "' '", "'1e5'", "'0x10'", "'1__0'", "'_1'", "'1_'",
             "'inf'", "'nan'", "'1j'", "'--1'", "'\\x00'", "'9' * 5000", "b'abc'", "u'abc'", "'12a'"]
    for t in texts:
        for conv in ("int(%s)", "float(%s)", "complex(%s)", "int(%s, 16)", "int(%s, 0)", "int(%s, 2)",
                     "long(%s)", "float.fromhex(%s)", "int(%s, 37)", "int(%s, 1)"):
            add(conv % t)
    for expr in ("float('inf')", "float('nan')", "float('-inf')", "1e308 * 10", "10**400"):
        for conv in ("int(%s)", "round(%s)", "float(%s)", "%s.as_integer_ratio()", "'%%d' %% %s",
                     "divmod(%s, 1)", "int(%s).bit_length()", "import math\nmath.floor(%s)",
                     "import math\nmath.factorial(%s)", "%s ** 2", "1 / %s"):
            add(conv % expr)
    # Division and arithmetic domains.
    for num in ("1", "1.5", "1j", "True", "10**30", "-1"):
        for den in ("0", "0.0", "0j", "False"):
            for op in ("/", "//", "%"):
                add("%s %s %s" % (num, op, den))
            add("divmod(%s, %s)" % (num, den))
            add("%s ** -1" % den)
            add("pow(%s, -1)" % den)
            add("x = %s\nx /= %s" % (num, den))
            add("x = %s\nx //= %s" % (num, den))
            add("x = %s\nx %%= %s" % (num, den))
    for expr in ("pow(2, -1, 5)", "pow(2, 1, 0)", "pow(2.0, 1, 3)", "pow(2, 1.5, 3)", "(-8) ** 0.5 < 0",
                 "1 << -1", "1 >> -1", "import math\nmath.sqrt(-1)",
                 "import math\nmath.log(0)", "import math\nmath.log(-1)", "import math\nmath.exp(1000)",
                 "import math\nmath.factorial(-1)", "import math\nmath.factorial(1.5)",
                 "import math\nmath.fmod(1, 0)", "import math\nmath.acos(2)", "import math\nmath.gcd(1.5, 2)",
                 "import math\nmath.comb(1, -1)", "import math\nmath.isqrt(-1)", "import math\nmath.log(1, 1)",
                 "import cmath\ncmath.log(0)", "(1.5).__round__('a')", "round(1.5, 'a')",
                 "import decimal\ndecimal.Decimal(1) / 0", "import fractions\nfractions.Fraction(1, 0)",
                 "import statistics\nstatistics.mean([])", "import random\nrandom.choice([])",
                 "import random\nrandom.randrange(0)", "import random\nrandom.sample([1], 2)",
                 "import functools\nfunctools.reduce(lambda a, b: a, [])",
                 "import functools\nfunctools.reduce(lambda a, b: a, ())",
                 "import functools\nfunctools.reduce(1, [1, 2])", "import functools\nfunctools.reduce()",
                 "import functools\nfunctools.reduce(lambda a, b: a, 1)", "import functools\nfunctools.partial()",
                 "import functools\nfunctools.partial(1)", "import functools\nfunctools.wraps(1)(2).__wrapped__",
                 "import operator\noperator.itemgetter()", "import operator\noperator.attrgetter(1)",
                 "import operator\noperator.attrgetter('x')(1)", "import operator\noperator.methodcaller()",
                 "import collections\ncollections.deque([], -1)", "import collections\ncollections.deque().pop()",
                 "import collections\ncollections.deque().popleft()", "import collections\ncollections.namedtuple('A', 'a a')",
                 "import collections\ncollections.namedtuple('A', '1a')", "import collections\ncollections.namedtuple('A', 'a')(1, 2)",
                 "import collections\ncollections.OrderedDict().popitem()", "import collections\ncollections.Counter(1)",
                 "import heapq\nheapq.heappop([])", "import bisect\nbisect.bisect(1, 1)", "import itertools\nnext(itertools.count('a'))",
                 "import itertools\nitertools.chain(1)", "import itertools\nlist(itertools.chain(1))",
                 "import itertools\nitertools.permutations([1], -1)", "import itertools\nitertools.product([1], repeat=-1)",
                 "import itertools\nitertools.combinations([1], -1)", "import itertools\nitertools.tee([], -1)",
                 "import json\njson.loads('{')", "import json\njson.loads('')", "import json\njson.dumps(object())",
                 "import json\njson.dumps({(1,): 2})", "import re\nre.compile('(')", "import re\nre.compile('[')",
                 "import re\nre.compile('*')", "import re\nre.match(1, 'a')", "import struct\nstruct.pack('i')",
                 "import struct\nstruct.pack('z', 1)", "import struct\nstruct.unpack('i', b'')",
                 "import struct\nstruct.pack('b', 1000)", "import array\narray.array('z')",
                 "import datetime\ndatetime.date(2000, 13, 1)", "import datetime\ndatetime.date(2000, 1, 32)",
                 "import datetime\ndatetime.timedelta(days=10**10)", "import datetime\ndatetime.date(1, 1, 1) - datetime.timedelta(1)",
                 "import datetime\ndatetime.datetime.strptime('x', '%Y')", "import codecs\ncodecs.lookup('nope')",
                 "'a'.encode('nope')", "b'\\xff'.decode('utf-8')", "b'\\xff'.decode('ascii')",
                 "u'\\xff'.encode('ascii')", "b'a'.decode('utf-8', 'nope')", "u'\\xff'.encode('ascii', 'nope')",
                 "bytearray(-1)", "bytes(-1)", "bytearray([256])", "bytes([256])", "bytes([-1])", "bytes(['a'])",
                 "bytes.fromhex('z')", "bytearray.fromhex('zz')", "memoryview(b'a')[0] = 1", "memoryview(b'a')[5]",
                 "memoryview(b'ab').cast('z')", "'a'.center(1, 'ab')", "'a'.center(1, 1)", "'a'.ljust(1, 'xy')",
                 "'a'.split('')", "'a'.rsplit('')", "b'a'.split(b'')", "'a'.replace(1, 2)", "'a'.startswith(1)",
                 "'a'.startswith((1,))", "'a'.endswith([])", "'%s'.zfill('a')", "'a'.count()", "'a'.find(1)",
                 "'a'.index('b')", "'a'.rindex('b')", "b'a'.index(b'b')", "'a'.translate(1)", "'a'.encode(1)",
                 "'a'.expandtabs('a')", "'abc'.maketrans(1)", "str.maketrans('a', 'bc')", "str.maketrans({'ab': 1})",
                 "'a'.format_map(1)", "'{a}'.format_map({})", "'{'.format()", "'}'.format()", "'{0}'.format()",
                 "'{a}'.format()", "'{0.x}'.format(1)", "'{0[1]}'.format([])", "'{!z}'.format(1)", "'{:z}'.format('a')",
                 "'{0:{1}}'.format(1)", "'{0}{}'.format(1, 2)", "'{}{0}'.format(1, 2)", "'{:{:{}}}'.format(1, 2, 3)",
                 "'{0!r:}'.format()", "'{0:d}'.format('a')", "'{:,d}'.format('a')", "'{:=s}'.format('a')",
                 "'{:c}'.format(-1)", "'{:c}'.format(1.5)", "'{:.2d}'.format(1)", "'{:,s}'.format('a')",
                 "'{:_,}'.format(1)", "'{:,_}'.format(1)", "'{:#s}'.format('a')", "'{:+s}'.format('a')",
                 "'{:x}'.format(1.5)", "'{0[}'.format([])", "'{0]}'.format([])", "'{0.}'.format(1)",
                 "'%s %s' % (1,)", "'%s' % (1, 2)", "'%(a)s' % 1", "'%(a)s' % {}", "'%(a)s %s' % {'a': 1}",
                 "'%' % ()", "'%c' % 'ab'", "'%c' % -1", "'%c' % 1114112", "'%*d' % ('a', 1)", "'%.*f' % ('a', 1)",
                 "'%d' % ()", "'%d %d' % (1, 'a')", "'%(a' % {}", "'%s' % {'a': 1} % 1", "b'%d' % 'a'",
                 "b'%s' % 'a'", "b'%c' % 1000", "'%#c' % 1", "'%.2c' % 1", "'%x' % 1.5", "'%o' % 1.5",
                 "'%X' % 'a'", "'%d' % '1'", "'%f' % 'a'", "'%i' % None", "'%s' % 1 % 2", "'%y' % 1",
                 "'%ld' % 'a'", "'% d' % 'a'", "'%-5q' % 1", "'%5' % 1", "'%(a)' % {'a': 1}",
                 "[1].index(2)", "(1,).index(2)", "[].remove(1)", "[].pop()", "[1].pop(5)", "{}.popitem()",
                 "set().pop()", "set().remove(1)", "frozenset().remove(1)", "{}.pop(1)", "[][0]", "()[0]",
                 "'abc'[5]", "b'abc'[5]", "range(2)[5]", "{}['x']", "[1][10**30]", "[1][-10**30]",
                 "[1, 2][::0]", "[1, 2][1:2:0] = []", "x = [1, 2, 3]\nx[::2] = [1]", "x = [1]\nx[0:1:1] = 1",
                 "[] * []", "'a' * 'b'", "[1] * 1.5", "'a' * 10**30", "(1,) * 10**30", "'a'.join([1])",
                 "''.join(None)", "''.join([b'a'])", "b''.join(['a'])", "next(iter([]))", "next(1)", "iter(1, 2)",
                 "iter(lambda: 0, 0, 0)", "sorted([1], key=1)", "sorted([2, 1], key=lambda x: x, cmp=None)",
                 "sorted([], reverse='a')", "[1, 'a'].sort()", "[1, None].sort()", "max([])", "min([])", "max()",
                 "min(1)", "max(1, 2, key=1)", "max([], default=1, key=1)", "sum(['a', 'b'], '')", "sum([], 'a')",
                 "sum([[1]])", "zip(1)", "map(1)", "filter(1)", "list(map(1, [1]))", "list(filter(1, [1]))",
                 "enumerate(1)", "enumerate([], 'a')", "reversed(1)", "reversed({})", "reversed(set())",
                 "all(1)", "any(None)", "dict(1)", "dict([1])", "dict([(1, 2, 3)])", "dict(a=1, **{'a': 2})",
                 "dict({}, {})", "{}.update(1)", "{}.update([1])", "{}.fromkeys(1)", "set(1)", "set([[]])",
                 "{[]}", "{[]: 1}", "{{}: 1}", "{set()}", "frozenset(1)", "list(1)", "tuple(1)", "list(1, 2)",
                 "hash([])", "hash({})", "hash(set())", "hash(bytearray())", "hash(slice(1))", "hash([].append)",
                 "raise 1", "raise Exception, 1", "raise TypeError(1), 2", "raise int", "raise object()",
                 "raise (1, 2)", "raise", "assert False", "assert False, 'x'", "assert 0, 1", "None()", "1()",
                 "'a'()", "[]()", "().x", "1 .x", "None.x", "int.x", "type.x", "object.x", "sys.x", "len.x",
                 "[].x", "{}.x", "'a'.x", "b'a'.x", "(lambda: 0).x", "(i for i in []).x", "iter([]).x",
                 "super().x", "super(int).x", "super(int, 1).x", "super(1, 1)", "super(int, 'a')", "super(int, str)",
                 "x = 1\ndel x\nx", "def g():\n    y\n    y = 1\ng()", "def g():\n    def h(): return y\n    h()\n    y = 1\ng()",
                 "nonexistent_name", "Nonexistent", "del nonexistent", "import nonexistent_mod",
                 "import nonexistent_mod.sub", "from nonexistent_mod import x", "from sys import nonexistent_name",
                 "from sys import (nonexistent_name)", "import sys.nonexistent", "import os.nonexistent_sub",
                 "__import__('')", "__import__(1)", "__import__('nonexistent', level=-2)", "__import__('os', level=1)",
                 "__import__('.a')", "from . import x", "from .x import y", "from .. import x",
                 "import importlib\nimportlib.import_module('')", "import importlib\nimportlib.import_module('.x')",
                 "import importlib\nimportlib.import_module('nonexistent_mod')", "a, b = 1", "a, b = [1]",
                 "a, b = [1, 2, 3]", "a, = []", "a, = [1, 2]", "(a, b), c = [1, 2]", "a, b = {}", "a, b = 'abc'",
                 "a, b = None", "a, b = iter([1])", "a, b = range(5)", "[a, b] = 1,", "for a, b in [1]: pass",
                 "for a, b in [(1, 2, 3)]: pass", "[a for a, b in [1]]", "dict([[1]])", "1 < 'a'", "[1] < (1,)",
                 "None < None", "{} < {}", "1j < 1j", "object() < object()", "int < str", "'a' < b'a'",
                 "[1, 2] < [1, 'a']", "(1, 'a') < (1, 2)", "sorted([1j, 2j])", "sorted(['a', 1])", "sorted([{}, {}])",
                 "sorted([None, 1])", "max(1, 'a')", "min([1, 'a'])", "import heapq\nheapq.heappush([1], 'a')",
                 "int.__lt__(1, 'a')", "(1).__lt__()", "1 < 2 < 'a'", "[1] == [1] < 1", "isinstance(1, 1)",
                 "isinstance(1, (1,))", "isinstance(1, (int, 1))", "issubclass(1, int)", "issubclass(int, 1)",
                 "issubclass(int, (1,))", "callable()", "vars(1)", "vars()", "dir(1, 2)", "getattr()", "getattr(1)",
                 "getattr(1, 'x')", "getattr(1, 'x', 2, 3)", "setattr(1, 'x')", "delattr(1)", "hasattr(1)",
                 "hasattr(1, 1)", "id()", "len()", "len(1, 2)", "abs()", "abs('a')", "chr(-1)", "chr(1114112)",
                 "chr(10**30)", "chr('a')", "ord('')", "ord('ab')", "ord(1)", "ord(b'')", "unichr(-1)", "hex(1.5)",
                 "oct('a')", "bin(None)", "round()", "round('a')", "round(1, 2, 3)", "divmod()", "divmod(1)",
                 "pow()", "pow(1)", "pow(1, 2, 3, 4)", "pow('a', 2)", "pow(2, 'a')", "pow(1, 2, 'a')",
                 "pow(2.0, 2, 2)", "int(x=1)", "int(1, 2, 3)", "int(1, 10)", "int('1', base=99)", "int([])",
                 "int(None)", "float(None)", "float([])", "float(1, 2)", "complex('1', 2)", "complex(1, '2')",
                 "complex([])", "complex('1+')", "str(1, 2)", "str(b'a', 'nope')", "str(1, 'utf-8')",
                 "str(b'a', 1)", "bytes('a')", "bytes(1.5)", "bytes('a', 'nope')", "bytes(1, 'utf-8')",
                 "bytearray('a')", "bytearray(1.5)", "bool(1, 2)", "bool(x=1)", "list(x=1)", "tuple(x=1)",
                 "set(x=1)", "frozenset(x=1)", "range()", "range(1.5)", "range('a')", "range(1, 2, 0)",
                 "range(1, 2, 3, 4)", "range(1, 'a')", "range(10**30)[0:1:0]", "len(range(10**30))",
                 "slice()", "slice(1, 2, 3, 4)", "[1][slice('a')]", "[1]['a':]", "'a'[1.5:]", "(1,)[None:'a']",
                 "eval('1 +')", "eval(1)", "eval('x', 1)", "compile('1', 'f', 'z')", "compile(1, 'f', 'eval')",
                 "compile('1 +', 'f', 'eval')", "globals(1)", "locals(1)", "memoryview(1)", "memoryview('a')",
                 "property(1, 2, 3, 4, 5)", "staticmethod()", "classmethod()", "classmethod(1, 2)", "object(x=1)",
                 "type()", "type(1, 2, 3)", "iter()", "next()", "reversed()", "zip(1, 2)", "map()", "filter()",
                 "enumerate()", "sorted()", "sorted(1)", "format()", "format(1, 2)", "format(1, 'd', 3)",
                 "repr()", "ascii()", "hash()", "callable(1, 2)", "any()", "all()", "sum()", "sum(1)",
                 "sum([1], 2, 3)", "min()", "min(1, 2, key=1)", "min([], default=1, key=None, z=2)",
                 "open()", "input(1, 2)", "print(1, sep=1)", "print(1, end=1)", "print(1, file=1)",
                 "print(1, z=1)", "exec(1)", "exec('1 +')", "x = 1\nx.__class__ = str", "(1).__class__ = str",
                 "1 .__init__(2, 3)", "[].__init__(1, 2)", "{}.__init__(1, 2)", "object.__eq__()",
                 "object.__init_subclass__(1)", "object.__reduce_ex__(1, 'a')", "object().__reduce_ex__(1, 2)",
                 "int.mro(1)", "type.mro()", "type.__subclasses__()", "type.__prepare__()",
                 "type.__call__()", "int.__init__()", "int.__getattribute__(1, 1)", "object.__getattribute__(1, 1)",
                 "import copy\ncopy.deepcopy(iter([]))", "import copy\ncopy.copy(iter([]))",
                 "import pickle\npickle.dumps(lambda: 0)", "import pickle\npickle.loads(b'')",
                 "import weakref\nweakref.ref(1)", "import weakref\nweakref.ref([])", "import sys\nsys.exit(1, 2)",
                 "import sys\nsys.getrecursionlimit(1)", "import sys\nsys.setrecursionlimit(-1)",
                 "import sys\nsys.setrecursionlimit('a')", "import sys\nsys.getsizeof()", "import sys\nsys._getframe(1000)",
                 "import sys\nsys.intern(1)", "import sys\nsys.intern('a', 'b')", "import os\nos.getenv()",
                 "import os\nos.environ[1]", "import os\nos.environ['PYCTK_NONEXISTENT_VAR']",
                 "import os\nos.fspath(1)", "import os\nos.path.join(1)", "import os\nos.path.join('a', 1)",
                 "import os\nos.listdir(1.5)", "import os\nos.close(-1)", "import os\nos.strerror('a')",
                 "import os\nos.chdir(1.5)", "import time\ntime.sleep(-1)", "import time\ntime.sleep('a')",
                 "import time\ntime.strftime(1)", "import time\ntime.localtime('a')",
                 "import string\nstring.Template('$').substitute()", "import string\nstring.Template('$a').substitute()",
                 "import textwrap\ntextwrap.wrap('a', 0)", "import io\nio.StringIO(1)", "import io\nio.BytesIO('a')",
                 "import io\nio.StringIO().write(1)", "import io\nio.BytesIO().write('a')",
                 "import io\nx = io.StringIO()\nx.close()\nx.read()", "import io\nio.StringIO().seek(-1)",
                 "import io\nio.StringIO().read('a')", "import abc\nabc.ABCMeta('A', 1, {})",
                 "import enum\nenum.Enum('A', 'a')(5)", "import enum\nenum.Enum('A', 'a').b",
                 "import enum\nenum.Enum('A', 'a a')", "import enum\nenum.Enum('A', 'a').a = 1",
                 "import types\ntypes.FunctionType(1, 2)", "import types\ntypes.ModuleType(1)",
                 "import types\ntypes.SimpleNamespace(1)", "import threading\nthreading.Lock().release()",
                 "import threading\nthreading.RLock().release()", "import threading\nthreading.Thread(target=1).run()",
                 "import threading\nthreading.Thread().join()", "import threading\nthreading.Semaphore(-1)",
                 "import queue\nqueue.Queue().get_nowait()", "import Queue\nQueue.Queue().get_nowait()",
                 "import contextlib\nwith contextlib.closing(1): pass", "import traceback\ntraceback.format_exception_only(1, 2, 3, 4)",
                 "import inspect\ninspect.signature(1)", "import inspect\ninspect.getsource(1)",
                 "import locale\nlocale.setlocale(locale.LC_ALL, 'nope')", "import calendar\ncalendar.month_name[13]",
                 "import calendar\ncalendar.monthrange(2000, 13)", "import base64\nbase64.b64decode('a')",
                 "import binascii\nbinascii.unhexlify('a')", "import hashlib\nhashlib.new('nope')",
                 "import hashlib\nhashlib.md5(1)", "import hashlib\nhashlib.md5(u'a')", "import zlib\nzlib.decompress(b'a')",
                 "import shlex\nshlex.split('\"')", "import ast\nast.literal_eval('x')", "import ast\nast.literal_eval('1 +')",
                 "import fnmatch\nfnmatch.fnmatch(1, 2)", "import uuid\nuuid.UUID('x')", "import ipaddress\nipaddress.ip_address('x')",
                 "import gc\ngc.collect(5)", "import gc\ngc.get_referrers(x=1)", "import marshal\nmarshal.loads(b'')",
                 "import marshal\nmarshal.dumps(object())", "import operator\noperator.add(1)", "import operator\noperator.getitem([], 1)",
                 "import operator\noperator.concat(1, 2)", "import operator\noperator.length_hint(1, 'a')",
                 "import math\nmath.ceil('a')", "import math\nmath.trunc('a')", "import math\nmath.isnan('a')",
                 "import math\nmath.pow('a', 1)", "import math\nmath.log('a')", "import math\nmath.hypot('a')",
                 "import math\nmath.gcd()", "import math\nmath.prod(1)", "import math\nmath.dist([1], [1, 2])",
                 "import math\nmath.perm(-1)", "import math\nmath.ldexp(1, 'a')", "import math\nmath.frexp('a')",
                 "import math\nmath.copysign(1)", "import math\nmath.fsum(1)", "import math\nmath.fsum(['a'])",
                 "import math\nmath.radians()", "import math\nmath.atan2(1)", "import math\nmath.cos(10**400)",
                 "import cmath\ncmath.sqrt('a')", "import cmath\ncmath.phase()",
                 "x = iter([1])\ndel x.__next__", "def g(): yield\nx = g()\nnext(x)\nnext(x)",
                 "def g(): yield\nx = g()\nx.send(1)", "def g(): yield\nx = g()\nx.throw(1)",
                 "def g(): yield\nx = g()\nx.throw(TypeError, 1, 2)", "def g(): yield\ng().close(1)",
                 "def g():\n    yield\n    yield\nx = g()\nnext(x)\nx.close()\nnext(x)",
                 "def g():\n    x = yield\n    next(x)\nx = g()\nnext(x)\nx.send(x)", "def g(): yield\ng().gi_frame.f_lineno = 1",
                 "def g(): yield\ng().__next__(1)", "def g(): yield\ng().send()", "def g():\n    try:\n        yield\n    finally:\n        yield\nx = g()\nnext(x)\nx.close()",
                 "def g(): return\nx = g()\nx.gi_running = 1", "x = (i for i in 1)", "x = [i for i in 1]",
                 "x = {i: i for i in 1}", "x = {i for i in None}", "x = [i for i in [1] for j in 1]",
                 "import sys\nsys.stdout.write(1)", "import sys\nsys.stdout.write()", "import sys\nsys.stdin.foo",
                 "import sys\nsys.stderr.flush(1)", "lambda: 0 < 1 < None", "(lambda: 0)(1)", "(lambda a: 0)()",
                 "(lambda a, b=1: 0)(1, 2, 3)", "(lambda *a: 0)(x=1)", "(lambda **k: 0)(1)",
                 "dict.__getitem__({}, 1)", "list.__getitem__([], 1)", "str.__getitem__('', 1)",
                 "list.__setitem__([], 1, 2)", "dict.__delitem__({}, 1)", "list.__delitem__([], 1)",
                 "int.__neg__('a')", "float.__neg__(1)", "complex.__abs__(1)", "str.__len__(1)",
                 "list.__len__(())", "tuple.__contains__([], 1)", "set.__or__(1, 2)", "frozenset.__and__(set(), 1)",
                 "dict.__or__({}, 1)", "dict.__ior__({}, 1)", "x = {}\nx |= 1", "x = {}\nx |= [1]",
                 "x = set()\nx |= [1]", "x = set()\nx -= 1", "x = []\nx += 1", "x = []\nx *= 'a'", "x = ()\nx += [1]",
                 "x = 'a'\nx += 1", "x = b'a'\nx += 'a'", "x = 1\nx **= 'a'", "x = 1\nx <<= 1.5", "x = 1.5\nx //= 'a'",
                 "x = [1]\nx[1.5] = 2", "x = [1]\nx[5] = 2", "x = [1]\ndel x[5]", "x = ()\nx[0] = 1", "x = 'a'\nx[0] = 'b'",
                 "x = b'a'\nx[0] = 1", "x = 'a'\ndel x[0]", "x = range(2)\nx[0] = 1", "x = {}\ndel x[1]",
                 "x = frozenset()\nx[0] = 1", "x = bytearray(b'a')\nx[0] = 256", "x = bytearray(b'a')\nx[0] = 'a'",
                 "x = bytearray(b'a')\nx[5] = 1", "x = memoryview(bytearray(b'a'))\nx[0] = 'a'",
                 "x = 1\nx.real = 2", "x = 1j\nx.imag = 2", "x = slice(1)\nx.start = 2", "x = range(2)\nx.start = 2",
                 "x = (i for i in [])\nx.gi_code = 1", "x = property()\nx.fget = 1", "x = staticmethod(len)\nx.__func__ = 1",
                 "x = 1.5\nx.hex = 1", "x = []\nx.append = 1", "x = {}\nx.keys = 1", "x = {}.keys()\nx.foo = 1",
                 "x = iter([])\nx.foo = 1", "x = type('A', (), {})\nx.__dict__ = {}", "x = type('A', (), {})\nx.mro = 1",
                 "x = type('A', (), {})\nx.__doc__ = 1", "x = type('A', (), {})\ndel x.__doc__", "x = type('A', (), {})\ndel x.__name__",
                 "x = int\nx.__doc__ = 'a'", "x = int\nx.__module__ = 'a'", "x = Exception()\nx.args = 1",
                 "x = Exception()\nx.__traceback__ = 1", "x = Exception()\nx.__cause__ = 1", "x = Exception()\nx.__context__ = 1",
                 "x = Exception()\ndel x.args", "x = KeyError()\nx.foo", "x = StopIteration(1)\nx.value = 2\nx.foo",
                 "x = OSError(1, 2)\nx.errno.foo", "x = SyntaxError()\nx.foo", "x = UnicodeDecodeError()",
                 "x = UnicodeDecodeError('a', b'', 0, 1, 'r')\nstr(x)\nx.foo", "x = UnicodeEncodeError(1)",
                 "x = SystemExit(1, 2)\nx.code.foo", "x = ImportError(name=1, path=2, z=3)", "x = ImportError(nm=1)",
                 "x = BaseException(x=1)", "x = Exception.__new__(1)", "x = BaseException.__new__(int)",
                 "x = ValueError.with_traceback()", "x = ValueError().with_traceback(1)", "x = AttributeError(name=1, obj=2)\nx.foo",
                 "x = NameError(name=1)\nx.foo", "x = KeyboardInterrupt.__init__()", "x = type.__new__(type, 'A', (), {}, 1)",
                 "x = type.__new__(int)", "x = type.__new__(type, 1, 2, 3)", "x = type.__init__(type, 1)",
                 "x = type('A', (), {'__slots__': 1})", "x = type('A', (), {'__slots__': ['a', 1]})",
                 "x = type('A', (), {'__qualname__': 1})", "x = type('A', (), {'__classcell__': 1})",
                 "x = type('A', (int,), {'__slots__': ('a',)})", "x = type('A', (object,), {'__slots__': ('__dict__',)})()\nx.__dict__ = 1",
                 ):
        add(expr)
    # Versions that lack a feature compile only their own snippets (they fail to compile elsewhere).
    add("f'{1:z}'", "3.6")
    add("f'{1!z}'" if False else "f'{\"a\":d}'", "3.6")
    add("x = 1\nf'{x:{\"a\"}}'", "3.6")
    add("async def g(): pass\ng().send(1)", "3.6")
    add("async def g(): pass\nx = g()\nx.close()\nx.send(None)", "3.6")
    add("async def g():\n    yield\ng().asend(1).send(1)", "3.6")
    add("async def g(): await 1\ng().send(None)", "3.6")
    add("async def g():\n    async with 1: pass\ng().send(None)", "3.6")
    add("async def g():\n    async for x in 1: pass\ng().send(None)", "3.6")
    add("x: int = 1\nx.foo", "3.6")
    add("def g():\n    nonlocal_name = 1\n    def h():\n        nonlocal nonlocal_name\n        return nonlocal_name.foo\n    h()\ng()", "3.6")
    add("a, *b, c = [1]", "3.6")
    add("*a, b, c = [1]", "3.6")
    add("a, *b = 1", "3.6")
    add("raise Exception from 1", "3.6")
    add("raise 1 from Exception", "3.6")
    add("super()", "3.6")
    add("class A(object):\n    def f(self): return super().foo\nA().f()", "3.6")
    add("class A(object):\n    def f(): return super().foo\nA.f()", "3.6")
    add("print(1, sep=1)", "3.6")
    add("(x := 1).foo", "3.8")
    add("def f(a, /): pass\nf(a=1)", "3.8")
    add("{**1}", "3.6")
    add("[*1]", "3.6")
    add("(*1,)", "3.6")
    add("{*1}", "3.6")
    add("{**{}, 1: 2}[3]", "3.6")
    add("dict(**{1: 2})", "3.6")
    add("f = lambda **k: 0\nf(**{'a': 1}, **{'a': 2})", "3.6")
    add("f = lambda *a: 0\nf(*1, *2)", "3.6")
    add("match 1:\n    case int(1, 2): pass", "3.10")
    add("match 1:\n    case str(x=1): pass\n1 .foo", "3.10")
    add("class P:\n    __match_args__ = 1\nmatch P():\n    case P(1): pass", "3.10")
    add("class P:\n    __match_args__ = ('a',)\nmatch P():\n    case P(1, 2): pass", "3.10")
    add("match 1:\n    case 1 | 2 if 1 .foo: pass", "3.10")
    add("match {}:\n    case {'a': 1, **rest}: rest.foo", "3.10")
    add("try:\n    raise ExceptionGroup('g', [ValueError()])\nexcept* TypeError:\n    pass", "3.11")
    add("ExceptionGroup('g', [])", "3.11")
    add("ExceptionGroup('g', [1])", "3.11")
    add("ExceptionGroup(1, [ValueError()])", "3.11")
    add("BaseExceptionGroup('g', 1)", "3.11")
    add("type X = int\nX.foo", "3.12")
    add("def f[T](): pass\nf.__type_params__[0].foo", "3.12")
    add("class A[T]: pass\nA[1, 2]", "3.12")
    seen = set()
    unique = []
    for snippet, since in out:
        if snippet not in seen:
            seen.add(snippet)
            unique.append((snippet, since))
    return unique


def version_key(version):
    return tuple(int(p) for p in version.split("."))


def ops_for(version):
    return [s for s, since in ops() if version_key(since) <= version_key(version)]


# -- the guest program ---------------------------------------------------------------

PRELUDE = '''\
import dis
import sys


class C(object):
    pass


def _where(e, code):
    """The name of the operation's instruction that raised (or called what raised)."""
    tb = e.__traceback__ if hasattr(e, '__traceback__') else sys.exc_info()[2]
    lasti = None
    while tb is not None:
        if tb.tb_frame.f_code is code:
            lasti = tb.tb_lasti
        tb = tb.tb_next
    if lasti is None or lasti < 0:
        return '-'
    op = code.co_code[lasti]
    name = dis.opname[ord(op) if isinstance(op, str) else op]
    if name == 'BINARY_OP':  # which operator: 3.12 words % and // by zero apart
        name += ' %d' % code.co_code[lasti + 1]
    return name


def _show(i, op):
    try:
        op()
    except Exception as e:
        try:
            text = str(e)
        except Exception:
            text = '<unprintable>'
        text = text.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n')
        sys.stdout.write('%d\\t%s\\t%s: %s\\n' % (i, _where(e, op.__code__), type(e).__name__, text))
    else:
        sys.stdout.write('%d\\t-\\tOK\\n' % i)
    sys.stdout.flush()
'''


def program_source(snippets):
    parts = [PRELUDE]
    for i, snippet in enumerate(snippets):
        body = "\n".join("    " + line for line in snippet.split("\n"))
        parts.append("\n\ndef _t%d():\n%s\n" % (i, body))
    parts.append("\n\n_ops = [%s]\nfor _i, _op in enumerate(_ops):\n    _show(_i, _op)\n"
                 % ", ".join("_t%d" % i for i in range(len(snippets))))
    return "".join(parts)


COMPILE = (
    "import py_compile, sys\n"
    "kw = {}\n"
    "if hasattr(py_compile, 'PycInvalidationMode'):\n"
    "    kw['invalidation_mode'] = py_compile.PycInvalidationMode.UNCHECKED_HASH\n"
    "py_compile.compile(sys.argv[1], cfile=sys.argv[2], dfile=sys.argv[3], doraise=True, **kw)\n"
)

ADDRESS = re.compile(r"0x[0-9a-fA-F]{4,}")


def normalize(message):
    """Addresses differ from run to run: the table and the replay compare them as 0x?."""
    return ADDRESS.sub("0x?", message)


def parse_output(text, count):
    """The program's lines -> [[type, message, instruction]] per operation (type "OK" when
    it passed; the instruction of the operation's own code that raised, or "-")."""
    rows = [None] * count
    for line in text.split("\n"):
        if "\t" not in line:
            continue
        index, opname, rest = line.split("\t", 2)
        if rest == "OK":
            rows[int(index)] = ["OK", "", "-"]
        else:
            kind, _, message = rest.partition(": ")
            rows[int(index)] = [kind, normalize(message), opname]
    return rows


def find_python(version):
    exe = "python" + version
    for d in os.environ.get("PATH", "").split(os.pathsep):
        if os.path.exists(os.path.join(d, exe)):
            return exe
    try:
        subprocess.check_output([exe, "-c", "pass"], stderr=subprocess.STDOUT)
        return exe
    except (OSError, subprocess.CalledProcessError):
        return None


def keep_compilable(exe, snippets):
    """Drop snippets that version cannot compile (marked too early): reported, not hidden."""
    probe = (
        "import sys, json\n"
        "bad = []\n"
        "for i, s in enumerate(json.loads(sys.stdin.read())):\n"
        "    src = 'def _t():\\n' + '\\n'.join('    ' + l for l in s.split('\\n')) + '\\n'\n"
        "    try:\n"
        "        compile(src, 'op', 'exec')\n"
        "    except SyntaxError:\n"
        "        bad.append(i)\n"
        "sys.stdout.write(json.dumps(bad))\n"
    )
    out = subprocess.run([exe, "-c", probe], input=json.dumps(snippets), capture_output=True, text=True, check=True)
    bad = set(json.loads(out.stdout))
    for i in sorted(bad):
        print("  %s cannot compile: %r" % (exe, snippets[i]))
    return [s for i, s in enumerate(snippets) if i not in bad]


def record(version):
    exe = find_python(version)
    if exe is None:
        print("python%s: not found, skipped" % version)
        return False
    snippets = keep_compilable(exe, ops_for(version))
    os.makedirs(PYC_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pyc = os.path.join(tmp, "messages.pyc")
        src = os.path.join(tmp, "messages.py")
        with open(src, "w") as f:
            f.write(program_source(snippets))
        subprocess.run([exe, "-W", "ignore", "-c", COMPILE, src, pyc, "messages_%s.py" % version], check=True)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        run = subprocess.run([exe, pyc], capture_output=True, text=True, env=env, cwd=tmp, timeout=300)
        with open(pyc, "rb") as f:  # kept compressed: the programs are large
            code = f.read()
        with open(os.path.join(PYC_DIR, "%s.pyc.gz" % version), "wb") as f:
            with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as g:
                g.write(code)
    if run.returncode != 0:
        raise SystemExit("python%s failed (%d):\n%s" % (version, run.returncode, run.stderr[-2000:]))
    rows = parse_output(run.stdout, len(snippets))
    missing = [snippets[i] for i, r in enumerate(rows) if r is None]
    if missing:
        raise SystemExit("python%s printed nothing for %r" % (version, missing[:5]))
    table = {"version": version, "ops": [[s] + r for s, r in zip(snippets, rows)]}
    os.makedirs(TABLE_DIR, exist_ok=True)
    write_gz(os.path.join(TABLE_DIR, "%s.json.gz" % version), table)
    failing = sum(1 for r in rows if r[0] != "OK")
    print("%s: %d operations, %d failing" % (version, len(rows), failing))
    return True


def write_gz(path, data):
    raw = json.dumps(data, indent=0, sort_keys=True).encode("utf-8")
    with open(path, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as g:
            g.write(raw)


def read_table(version):
    with gzip.open(os.path.join(TABLE_DIR, "%s.json.gz" % version), "rt", encoding="utf-8") as f:
        return json.load(f)["ops"]


def write_rules():
    tables = {}
    for version in VERSIONS:
        if os.path.exists(os.path.join(TABLE_DIR, "%s.json.gz" % version)):
            tables[version] = read_table(version)
    rules_dir = os.path.join(TABLE_DIR, "rules")
    os.makedirs(rules_dir, exist_ok=True)
    counts = []
    for host in ("3.10", "3.11", "3.12", "3.13"):
        if host not in tables:
            continue
        for guest in tables:
            if guest != host:
                rules = derive_rules(tables[host], tables[guest])
                write_gz(os.path.join(rules_dir, "%s-%s.json.gz" % (host, guest)), rules)
                n = sum(len(v) for part in rules.values() for v in part.values())
                counts.append("%s>%s %d" % (host, guest, n))
    print("rules: %s" % ", ".join(counts))


ARITY_PROBE = r'''
import json, re, sys
import __builtin__
ARITY = re.compile(r"takes (no|exactly|at most|at least|one|\d)|expected (at least |at most )?\d+ arguments?, got"
                   r"|Required argument|keyword argument|requires at least")
SKIP = set("help exit quit copyright credits license print".split())  # (input reads the empty stdin)
SAMPLES = {"list": lambda: [1], "dict": lambda: {1: 2}, "set": lambda: set([1]), "frozenset": lambda: frozenset([1]),
           "str": lambda: "a", "unicode": lambda: u"a", "tuple": lambda: (1,), "int": lambda: 1, "long": lambda: 1L,
           "float": lambda: 1.5, "complex": lambda: 1j, "bytearray": lambda: bytearray("a")}


def probe(get):
    words = {}
    for n in range(7):
        try:
            get()(*[None] * n)
        except Exception as e:
            if type(e) is TypeError and ARITY.search(str(e)):
                words[str(n)] = str(e)
    try:
        get()(x=1)
    except Exception as e:
        if type(e) is TypeError and ARITY.search(str(e)):
            words["kw"] = str(e)
    return words


out = {"functions": {}, "methods": {}}
real_stdout = sys.stdout
sys.stdout = open("/dev/null", "w")  # input's prompt
for name in sorted(dir(__builtin__)):
    obj = getattr(__builtin__, name)
    if name not in SKIP and type(obj) is type(len):
        words = probe(lambda: obj)
        if words:
            out["functions"][name] = words
for tname, make in sorted(SAMPLES.items()):
    for name in sorted(dir(make())):
        if name.startswith("_"):
            continue
        words = probe(lambda: getattr(make(), name))
        if words:
            out["methods"][tname + "." + name] = words
real_stdout.write(json.dumps(out, sort_keys=True))
'''


def record_arity():
    """2.7's arity words per built-in function and method, recorded natively."""
    exe = find_python("2.7")
    if exe is None:
        raise SystemExit("python2.7: not found")
    run = subprocess.run([exe, "-c", ARITY_PROBE], capture_output=True, text=True, check=True,
                         stdin=subprocess.DEVNULL, timeout=300)
    data = json.loads(run.stdout)
    write_gz(os.path.join(TABLE_DIR, "arity-2.7.json.gz"), data)
    print("arity-2.7: %d functions, %d methods" % (len(data["functions"]), len(data["methods"])))


def main(argv):
    if argv[:1] == ["--arity"]:
        record_arity()
        return 0
    if argv[:1] == ["--rules"]:
        write_rules()
        return 0
    for version in argv or VERSIONS:
        if version not in VERSIONS:
            raise SystemExit("unknown version %s (one of %s)" % (version, " ".join(VERSIONS)))
        record(version)
    write_rules()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
