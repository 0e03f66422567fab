# versions: 2.7
# 2.7's words for longs, argument conversions, % and str.format specs, the exceptions
# module's type names, and json/import/eval/exec arguments.
import importlib
import itertools
import json
import math
import struct
import warnings

BIG = 10 ** 30
BASE40 = 1 << 40
ZERO_J = 0j
warnings.simplefilter("ignore")  # (struct's DeprecationWarning for a float)


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print label, "->", type(e).__name__ + ":", e
    else:
        print label, "=", repr(result)


def store_real():
    x = BIG
    x.real = 1


def imul_str():
    x = []
    x *= "a"


def store_traceback():
    x = Exception()
    x.__traceback__ = 1
    return x.__traceback__, sorted(x.__dict__)


def exec_int():
    exec 1


print "-- long"
attempt("next(long)", lambda: next(BIG))
attempt("chr(long)", lambda: chr(BIG))
attempt("int('1', long)", lambda: int("1", BIG))
attempt("int('1', 2**40)", lambda: int("1", BASE40))
attempt("super(long)", lambda: super(BIG))
attempt("long.real = 1", store_real)
attempt("''.join([long])", lambda: "".join([BIG]))
attempt("str.upper(long)", lambda: str.upper(BIG))
attempt("list.append(long, 1)", lambda: list.append(BIG, 1))
attempt("divmod(long, 0)", lambda: divmod(BIG, 0))
attempt("divmod(1, 0)", lambda: divmod(1, 0))
attempt("'{0[1]}'.format({})", lambda: "{0[1]}".format({}))
attempt("'{0[1]}'.format({1: 'a'})", lambda: "{0[1]}".format({1: "a"}))

print "-- conversions"
attempt("int('1', 1.5)", lambda: int("1", 1.5))
attempt("chr(1j)", lambda: chr(1j))
attempt("chr(65.0)", lambda: chr(65.0))
attempt("struct.pack('i', 1.5)", lambda: struct.pack("i", 1.5))
attempt("struct.pack('i', inf)", lambda: struct.pack("i", float("inf")))
attempt("struct.pack('i', nan)", lambda: struct.pack("i", float("nan")))
attempt("struct.pack('i', 1j)", lambda: struct.pack("i", 1j))
attempt("math.factorial(5.0)", lambda: math.factorial(5.0))
attempt("math.factorial(1.5)", lambda: math.factorial(1.5))
attempt("math.factorial(inf)", lambda: math.factorial(float("inf")))
attempt("islice([1, 2, 3], 1.5)", lambda: list(itertools.islice([1, 2, 3], 1.5)))
attempt("islice([1, 2, 3], 'a')", lambda: list(itertools.islice([1, 2, 3], "a")))
attempt("long('\\x00')", lambda: long("\x00"))
attempt("long('1\\x002')", lambda: long("1\x002"))
attempt("int('\\x00', 37)", lambda: int("\x00", 37))
attempt("long('a', 37)", lambda: long("a", 37))
attempt("pow(2, -1, 5)", lambda: pow(2, -1, 5))
attempt("sorted([], reverse='a')", lambda: sorted([], reverse="a"))
attempt("sorted([2, 1], reverse=1)", lambda: sorted([2, 1], reverse=1))
attempt("x = []; x *= 'a'", imul_str)

print "-- formatting"
attempt("'%(a' % {}", lambda: "%(a" % {})
attempt("'%5' % 1", lambda: "%5" % 1)
attempt("'%(a)' % {'a': 1}", lambda: "%(a)" % {"a": 1})
attempt("'%(a)s %s' % {'a': 1}", lambda: "%(a)s %s" % {"a": 1})
attempt("'%s %(a)s' % {'a': 1}", lambda: "%s %(a)s" % {"a": 1})
attempt("'%5%|%.f' % (1.5,)", lambda: "%5%|%.f" % (1.5,))
attempt("'{:,_}'.format(1)", lambda: "{:,_}".format(1))
attempt("'{:d}'.format(None)", lambda: "{:d}".format(None))
attempt("'{:>6}'.format(None)", lambda: "{:>6}".format(None))
attempt("format(-1, 'c')", lambda: format(-1, "c"))
attempt("'{:c}'.format(-1)", lambda: "{:c}".format(-1))
attempt("0j ** -1", lambda: ZERO_J ** -1)

print "-- exceptions"
attempt("ValueError.with_traceback", lambda: ValueError.with_traceback)
attempt("ValueError().foo", lambda: ValueError().foo)
attempt("AttributeError(name=1)", lambda: AttributeError(name=1))
attempt("KeyboardInterrupt.__init__()", lambda: KeyboardInterrupt.__init__())
attempt("x.__traceback__ = 1", store_traceback)

print "-- json, import, eval, exec"
attempt("json.loads('{')", lambda: json.loads("{"))
attempt("json.loads('')", lambda: json.loads(""))
attempt("json.loads('[1] [2]')", lambda: json.loads("[1] [2]"))
attempt("import_module('nonexistent_mod')", lambda: importlib.import_module("nonexistent_mod"))
attempt("__import__(1)", lambda: __import__(1))
attempt("__import__('.a')", lambda: __import__(".a"))
attempt("eval('x', 1)", lambda: eval("x", 1))
attempt("eval('a', 'b')", lambda: eval("a", "b"))
attempt("exec 1", exec_int)
attempt("compile(1, 'f', 'eval')", lambda: compile(1, "f", "eval"))
