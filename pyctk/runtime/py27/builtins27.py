"""The 2.7 guest's builtins: the shared table (runtime/builtins.py) with 2.7's own.

Types the guest must still see as types (``int``, ``str``, ``type``, ``unicode``,
``long``) stay host types; what calling them does differently in 2.7 is in
``CALL_OVERRIDES`` (keyed by ``id``), used by the 2.7 call handlers.
"""

from __future__ import annotations

import decimal
import functools
import itertools
import math
import operator
import re
import sys
import types

from pyctk.runtime.builtins import make_builtins
from pyctk.runtime.messages import STAND_INS
from pyctk.runtime.py27 import argparse27
from pyctk.runtime.py27.attrs import delete_error27, readonly27, store_error27
from pyctk.runtime.py27.classes import InstanceType, is_classic_class, is_classic_instance
from pyctk.runtime.py27.classic import NOT_ON_OBJECT27, OBJECT_NAMES, defined_above_object, has_own, lacking
from pyctk.runtime.py27.containers27 import GUEST_TYPE, Frozen27, Set27, new_dict
from pyctk.runtime.py27.hash27 import hash27
from pyctk.runtime.py27.values import (
    Long27,
    Unicode27,
    c_int27,
    c_long27,
    check_spec27,
    cmp27,
    int_spec27,
    norm_int,
    order_key,
    repr27,
    str27,
    unicode27,
)

CALL_OVERRIDES: dict = {}


def _override(host):
    def mark(fn):
        CALL_OVERRIDES[id(host)] = fn
        STAND_INS[fn] = host.__name__
        return fn

    return mark


@_override(type)
def type27(*args, **kwargs):
    if len(args) == 1 and not kwargs:
        obj = args[0]
        if is_classic_instance(obj):
            return InstanceType
        tp = type(obj)
        return GUEST_TYPE.get(tp, tp)
    return type(*args, **kwargs)


@_override(issubclass)
def issubclass27(cls, classinfo):
    """An old-style class is no subclass of ``object`` (its instances are instances of it)."""
    if is_classic_class(cls):
        if classinfo is object:
            return False
        if isinstance(classinfo, tuple):
            return any(issubclass27(cls, c) for c in classinfo)
    return issubclass(cls, classinfo)


# 2.7's containers made by the guest iterate in 2.7's order (containers27).
CALL_OVERRIDES[id(dict)] = new_dict
CALL_OVERRIDES[id(set)] = Set27
CALL_OVERRIDES[id(frozenset)] = Frozen27


@_override(setattr)
def setattr27(obj, name, value):
    """As ``obj.name = value`` (2.7's read-only names and words: py27.attrs)."""
    readonly27(obj, name)
    try:
        setattr(obj, name, value)
    except TypeError as error:
        store_error27(error, obj, name)
        raise


@_override(delattr)
def delattr27(obj, name):
    readonly27(obj, name)
    try:
        delattr(obj, name)
    except AttributeError as error:
        delete_error27(error, obj, name)
        raise


# What 3.8+ made reversible and 2.7 had not (a dict is no sequence to 2.7's reversed).
_HOST_ONLY_REVERSED = frozenset(
    tp.__reversed__ for tp in (dict, type({}.keys()), type({}.values()), type({}.items())))


@_override(reversed)
def reversed27(*args, **kwargs):
    if kwargs:  # (reversed_new: _PyArg_NoKeywords, then PyArg_UnpackTuple)
        raise TypeError("reversed() does not take keyword arguments")
    if len(args) != 1:
        raise TypeError("reversed expected 1 arguments, got %d" % len(args))
    if getattr(type(args[0]), "__reversed__", None) in _HOST_ONLY_REVERSED:
        raise TypeError("argument to reversed() must be a sequence")
    return reversed(args[0])


@_override(UnicodeDecodeError)
def unicode_decode_error27(*args):
    """2.7's UnicodeDecodeError holds the str (its bytes) that failed to decode."""
    from pyctk.runtime.py27.boundary import arg_bytes

    if len(args) == 5 and type(args[1]) is str:
        args = (args[0], arg_bytes(args[1])) + args[2:]
    return UnicodeDecodeError(*args)


def _no_keywords27(cls):
    """2.7's BaseException_init takes no keywords; the host's AttributeError, NameError
    and ImportError take ``name=``, ``obj=``, ``path=``."""
    def construct(*args, **kwargs):
        if kwargs:
            raise TypeError("exceptions.%s does not take keyword arguments" % cls.__name__)
        return cls(*args)

    construct.__name__ = cls.__name__
    return construct


for _cls in (AttributeError, NameError, ImportError):
    _override(_cls)(_no_keywords27(_cls))


@_override(int)
def int27(*args, **kwargs):
    if "x" in kwargs and not args:  # 2.7's int(x=1)
        kwargs = dict(kwargs)
        args = (kwargs.pop("x"),)
    _no_underscores("int", args, kwargs)
    if len(args) + len(kwargs) > 1:
        args, kwargs = _base_arg27("int", args, kwargs)
    if len(args) == 1 and isinstance(args[0], str) and not kwargs:
        if type(args[0]) is str and "\0" in args[0]:
            _nul_literal27("int", args[0])
        text = args[0].strip()
        if text[-1:] in ("l", "L") and len(args) == 1:
            raise ValueError("invalid literal for int() with base 10: %s" % repr27(args[0]))
    if args and isinstance(args[0], Unicode27):
        args = (str(args[0]),) + args[1:]
    return norm_int(int(*args, **kwargs))


@_override(str)
def str_call(*args, **kwargs):
    if not args and not kwargs:
        return ""
    if len(args) + len(kwargs) > 1:  # 2.7's str(object='')
        raise TypeError("str() takes at most 1 argument (%d given)" % (len(args) + len(kwargs)))
    if kwargs:
        key = next(iter(kwargs))
        if key != "object":
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        return str27(kwargs[key])
    return str27(args[0])


@_override(Long27)
def long27(*args, **kwargs):
    try:
        return _long27(*args, **kwargs)
    except ValueError as e:  # the host's int() words, 2.7's long()
        for words in ("invalid literal for int() ", "int() base must be "):
            if e.args and str(e.args[0]).startswith(words):
                raise ValueError(words.replace("int()", "long()") + e.args[0][len(words):]) from None
        raise


def _base_arg27(kind, args, kwargs):
    """int(x, base)/long(x, base): the base read as a C int ("|Oi"); a str holding a NUL
    byte refused before the base is checked (int_new/long_new test it first)."""
    base = kwargs.get("base", args[1] if len(args) > 1 else None)
    if base is None or len(args) + len(kwargs) > 2:
        return args, kwargs  # (the host's words for the arguments)
    base = c_int27(base)
    x = args[0] if args else kwargs.get("x")
    if type(x) is str and "\0" in x:
        raise ValueError("invalid literal for %s() with base %d: %s" % (kind, base, repr27(x)))
    if args:
        return (args[0], base), {}
    return (), dict(kwargs, base=base)


def _nul_literal27(kind, x):
    """2.7 reads a str without a base as the C string before its first NUL byte: an
    error naming that part, or, when that part is a number, the NUL's own."""
    head = x[:x.index("\0")]
    try:
        int(head.strip(), 10)
    except ValueError:
        raise ValueError("invalid literal for %s() with base 10: %s" % (kind, repr27(head))) from None
    raise ValueError("null byte in argument for %s()" % kind)


def _long27(*args, **kwargs):
    _no_underscores("long", args, kwargs)
    if len(args) + len(kwargs) > 1:
        args, kwargs = _base_arg27("long", args, kwargs)
    if len(args) == 1 and not kwargs:
        x = args[0]
        if isinstance(x, str):
            if "\0" in x and type(x) is str:
                _nul_literal27("long", x)
            text = x.strip()
            if text[-1:] in ("l", "L"):
                text = text[:-1]
            try:
                return Long27(int(text))
            except ValueError:  # 2.7 shows the string it was given
                raise ValueError("invalid literal for long() with base 10: %s" % repr27(str.__str__(x))) from None
        if not isinstance(x, (int, float)) and hasattr(type(x), "__long__"):
            return Long27(type(x).__long__(x))
    return Long27(int(*args, **kwargs))


@_override(Unicode27)
def unicode_call(*args, **kwargs):
    if not args:
        return Unicode27("")
    obj = args[0]
    if len(args) > 1 or kwargs:
        encoding = args[1] if len(args) > 1 else kwargs.get("encoding", "ascii")
        errors = args[2] if len(args) > 2 else kwargs.get("errors", "strict")
        data = obj.encode("latin-1") if isinstance(obj, str) else bytes(obj)
        return Unicode27(data.decode(encoding, errors))
    return unicode27(obj)


@_override(bytearray)
def bytearray27(*args, **kwargs):
    if args and isinstance(args[0], str) and type(args[0]) is not Unicode27:
        data = args[0].encode("latin-1")
        if len(args) == 1 and not kwargs:
            return bytearray(data)
        if len(args) > 3 or kwargs.keys() - {"encoding", "errors"}:
            return bytearray(data, *args[1:], **kwargs)  # (the host's words for its arguments)
        from pyctk.runtime.py27.kinds import _UNGIVEN, str_encode, string_args27

        encoding = args[1] if len(args) > 1 else kwargs.get("encoding", _UNGIVEN)
        errors = args[2] if len(args) > 2 else kwargs.get("errors", _UNGIVEN)
        string_args27("bytearray", encoding, errors, first=2)
        str_encode(*args, **kwargs)  # 2.7 encodes the str (raising the codec's errors), yet keeps its bytes
        return bytearray(data)
    return bytearray(*args, **kwargs)


@_override(memoryview)
def memoryview27(*args, **kwargs):
    if len(args) == 1 and not kwargs:
        from pyctk.runtime.py27.bytes27 import memoryview27 as view

        return view(args[0])
    return memoryview(*args, **kwargs)  # (the host's words for its arguments, reworded as 2.7's)


@_override(float)
def float27(*args, **kwargs):
    if kwargs and not args and list(kwargs) == ["x"]:  # 2.7's float(x=1)
        args = (kwargs.pop("x"),)
    text = args[0] if len(args) == 1 and isinstance(args[0], str) else None
    try:
        value = float(*args, **kwargs)
    except ValueError:
        if text is None:
            raise
        value = None
    if text is not None and (value is None or "_" in text):  # (as int27)
        # 2.7's words: a string whose start reads as a number has an invalid literal
        # (``1_000``, ``0x1f``); one that does not cannot be converted.
        # (C strings: from the first non-space to a NUL)
        shown = str.__str__(text).lstrip(" \t\n\r\x0b\x0c").partition("\0")[0]
        if _FLOAT_START27.match(text):
            raise ValueError("invalid literal for float(): %s" % shown) from None
        raise ValueError("could not convert string to float: %s" % shown) from None
    return value


_FLOAT_START27 = re.compile(r"\s*[-+]?(?:\d|\.\d|inf|nan)", re.I)


@_override(complex)
def complex27(*args, **kwargs):
    value = complex(*args, **kwargs)
    if args and isinstance(args[0], str) and "_" in args[0]:  # (as int27)
        raise ValueError("complex() arg is a malformed string")
    return value


def _no_underscores(kind, args, kwargs):
    """2.7 (as 3.5) reads no ``_`` between digits: ``int('1_000')`` is no number (where
    the host takes it; the host's own errors, a bad base first, stay)."""
    text = args[0] if args else kwargs.get("x")
    if isinstance(text, str) and "_" in text:
        int(*args, **kwargs)
        base = args[1] if len(args) > 1 else kwargs.get("base", 10)
        raise ValueError("invalid literal for %s() with base %s: %s" % (kind, base, repr27(str.__str__(text))))


def _list_result(fn, name):
    def wrapper(*args, **kwargs):
        return list(fn(*args, **kwargs))

    wrapper.__name__ = name
    return wrapper


def range27(*args):
    for a in args:
        if isinstance(a, float):
            raise TypeError("range() integer end argument expected, got float.")
    return list(range(*args))


range27.__name__ = "range"


def map27(func, *seqs):
    if not seqs:
        raise TypeError("map() requires at least two args")
    if len(seqs) == 1:
        if func is None:
            return list(seqs[0])
        return [func(x) for x in seqs[0]]
    rows = itertools.zip_longest(*seqs)
    if func is None:
        return list(rows)
    return [func(*row) for row in rows]


map27.__name__ = "map"


def filter27(func, seq):
    pred = bool if func is None else func
    if type(seq) is str or type(seq) is Unicode27:
        result = "".join(c for c in seq if pred(c))
        return Unicode27(result) if type(seq) is Unicode27 else result
    if type(seq) is tuple:
        return tuple(x for x in seq if pred(x))
    return [x for x in seq if pred(x)]


filter27.__name__ = "filter"


def zip27(*seqs):
    return list(zip(*seqs))


zip27.__name__ = "zip"


def sorted27(iterable, cmp=None, key=None, reverse=False):
    from pyctk.runtime.py27.attrs import list_sort

    if type(reverse) is not bool:
        reverse = c_int27(reverse)  # ("O|OOi:sorted"), read before the iterable is
    result = list(iterable)
    list_sort(result, cmp, key, reverse)
    return result


sorted27.__name__ = "sorted"


def min_max(host):
    def fn(*args, **kwargs):
        try:
            return host(*args, **kwargs)
        except TypeError as e:
            if "not supported between" not in str(e):
                raise
            key = kwargs.pop("key", None)
            k = order_key if key is None else (lambda x: order_key(key(x)))
            return host(*args, key=k, **kwargs)

    fn.__name__ = host.__name__
    return fn


def reduce27(function, sequence, *initial):
    return functools.reduce(function, sequence, *initial)


reduce27.__name__ = "reduce"


def apply27(func, args=(), kwargs=None):
    return func(*args, **(kwargs or {}))


apply27.__name__ = "apply"


def hash_builtin(obj):
    return hash27(obj)


hash_builtin.__name__ = "hash"


def cmp_builtin(a, b):
    return cmp27(a, b)


cmp_builtin.__name__ = "cmp"


def builtin_object(func):
    """``func`` as 2.7 shows a built-in function: one that does not bind as a method when
    a class keeps it (2.7 unittest's ``sortTestMethodsUsing = cmp``), with its repr.
    Its class's ``__call__`` is the function itself: no extra frame per call."""
    cls = type("builtin_function_or_method", (), {
        # (weakly referable: argparse27 notes how it reads its arguments)
        "__slots__": ("__weakref__",), "__call__": staticmethod(func), "__module__": "builtins",
        "__repr__": lambda self: f"<built-in function {func.__name__}>",
        "__name__": func.__name__, "__doc__": func.__doc__,
    })
    return cls()


def unichr27(i):
    return Unicode27(chr(i))


unichr27.__name__ = "unichr"


def chr27(i):
    i = c_long27(i)  # (chr's "l")
    if not 0 <= i < 256:
        raise ValueError("chr() arg not in range(256)")
    return chr(i)


chr27.__name__ = "chr"


def hex27(x):
    if type(x) is Long27:
        return hex(int(x)) + "L"
    if not isinstance(x, int):  # 2.7 calls the type's nb_hex: ints' and __hex__'s only
        if hasattr(type(x), "__hex__"):
            return type(x).__hex__(x)
        raise TypeError("hex() argument can't be converted to hex")
    return hex(x)


hex27.__name__ = "hex"


def oct27(x):
    if not isinstance(x, int):  # (as hex27)
        if hasattr(type(x), "__oct__"):
            return type(x).__oct__(x)
        raise TypeError("oct() argument can't be converted to oct")
    v = int(x)
    if v == 0:
        text = "0"
    else:
        text = ("-" if v < 0 else "") + "0" + format(abs(v), "o")
    return text + ("L" if type(x) is Long27 else "")


oct27.__name__ = "oct"


def abs27(x):
    return norm_int(abs(x), x)


abs27.__name__ = "abs"


def sum27(iterable, start=0):
    from pyctk.runtime.ops.py2ops import add27

    if isinstance(start, str):
        raise TypeError("sum() can't sum strings [use ''.join(seq) instead]")
    total = start
    for x in iterable:
        total = add27(total, x)
    return total


sum27.__name__ = "sum"


def pow27(x, y, z=None):  # (2.7's pow unpacks 2 or 3 arguments: messages.arity_words)
    if z is not None and isinstance(y, int) and y < 0 and isinstance(x, int) and isinstance(z, int):
        # (int_pow/long_pow; 3.8's pow computes the modular inverse)
        raise TypeError("pow() 2nd argument cannot be negative when 3rd argument specified")
    return norm_int(pow(x, y, z), x, y)


pow27.__name__ = "pow"


def divmod27(a, b):
    try:
        q, r = divmod(a, b)
    except TypeError:
        from pyctk.runtime.ops.py2ops import complex_divmod27

        pair = complex_divmod27(a, b, "complex divmod()")
        if pair is None:
            raise
        return pair
    except ZeroDivisionError:
        if isinstance(a, float) or isinstance(b, float):
            raise ZeroDivisionError("float divmod()") from None
        # 2.7's long_divmod, where either is a long (an int beyond the C long, or long())
        long = type(a) is Long27 or type(b) is Long27 or type(a) is int and not -(1 << 63) <= a < (1 << 63)
        raise ZeroDivisionError("long division or modulo by zero" if long else "integer division or modulo by zero") from None
    return (norm_int(q, a, b), norm_int(r, a, b))


divmod27.__name__ = "divmod"


def round27(number, ndigits=0):  # (2.7's keywords)
    # 2.7 reads the number as a C double (PyFloat_AsDouble: its __float__; a str has
    # none) and ndigits as an index clipped to a C ssize_t.
    x = number
    if type(x) is not float:
        if isinstance(x, complex):
            raise TypeError("can't convert complex to float")
        if not hasattr(type(x), "__float__"):
            raise TypeError("a float is required")
    x = float(x)
    if type(ndigits) is not int and not isinstance(ndigits, int):
        if not hasattr(type(ndigits), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an index" % _type_name27(ndigits))
        ndigits = operator.index(ndigits)
    if math.isnan(x) or math.isinf(x) or ndigits > 323:  # NDIGITS_MAX: x is its own rounding
        return x
    if ndigits < -308:
        return 0.0 * x
    d = decimal.Decimal(x).quantize(decimal.Decimal(1).scaleb(-ndigits), rounding=decimal.ROUND_HALF_UP,
                                    context=_EXACT)
    result = float(d)
    if result == 0.0:
        return math.copysign(0.0, x)
    return result


round27.__name__ = "round"
_EXACT = decimal.Context(prec=800)  # the exact decimal value of any double, rounded once


def _type_name27(obj):
    if is_classic_instance(obj):
        return "instance"
    tp = type(obj)
    return {Long27: "long", Unicode27: "unicode"}.get(tp) or tp.__name__


def _mapping27(obj):
    """2.7's PyMapping_Check: a ``__getitem__``, but not a sequence that slices (str,
    list, tuple: sq_slice)."""
    if is_classic_instance(obj):
        return hasattr(obj, "__getitem__")
    return hasattr(type(obj), "__getitem__") and not isinstance(obj, (str, list, tuple, bytearray, buffer))


def len27(obj):
    return len(obj)


def coerce27(a, b):
    if type(a) is type(b):
        return (a, b)
    if isinstance(a, complex) or isinstance(b, complex):
        return (complex(a), complex(b))
    if isinstance(a, float) or isinstance(b, float):
        return (float(a), float(b))
    if isinstance(a, int) and isinstance(b, int):
        if type(a) is Long27 or type(b) is Long27:
            return (Long27(a), Long27(b))
        return (a, b)
    raise TypeError("number coercion failed")


coerce27.__name__ = "coerce"


def intern27(s):
    if type(s) is not str:
        raise TypeError("intern() argument 1 must be string, not %s" % type(s).__name__)
    return sys.intern(s)


intern27.__name__ = "intern"


def format27(value, format_spec=""):
    """2.7's format(): a type without a __format__ of its own formats its str() (so
    ``format(None, 'd')`` is the str's ``Unknown format code``)."""
    as_text = type(value).__format__ is object.__format__
    if type(format_spec) is str and ("_" in format_spec or "0" in format_spec or "z" in format_spec):
        check_spec27("str" if as_text else value, format_spec, as_text or isinstance(value, str))
    if as_text:
        return format(str27(value), format_spec)
    if type(value) is Unicode27:
        return Unicode27(format(value, format_spec))
    try:
        return format(value, format_spec)
    except (ValueError, OverflowError):
        if type(format_spec) is str:
            int_spec27(value, format_spec, type(format_spec) is Unicode27)
        raise


format27.__name__ = "format"


def hasattr27(obj, name):
    if not isinstance(name, str):
        return hasattr(obj, name)  # raises in hasattr's words, not getattr's
    if name == "__mro__" and is_classic_class(obj):
        return False
    try:
        getattr27(obj, name)
        return True
    except AttributeError:
        return False


hasattr27.__name__ = "hasattr"


def getattr27(obj, name, *default):
    from pyctk.runtime.py27.attrs import overlay_for

    table = overlay_for(type(obj))
    if table is not None and name in table:
        if not default:
            return table[name](obj)
        try:
            return table[name](obj)
        except AttributeError:
            return default[0]
    if name in NOT_ON_OBJECT27 and not isinstance(obj, type) and not is_classic_instance(obj) \
            and not defined_above_object(type(obj), name):
        if default:
            return default[0]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(obj).__name__, name))
    if name in OBJECT_NAMES and (is_classic_instance(obj) or is_classic_class(obj)) and not has_own(obj, name):
        if not default:
            return lacking(obj, name)
        try:
            return lacking(obj, name)
        except AttributeError:
            return default[0]
    try:
        value = getattr(obj, name, *default)
    except AttributeError:
        if isinstance(getattr(type(obj), name, None), types.MemberDescriptorType):
            raise AttributeError(name) from None  # a slot not set: 2.7 gives only its name
        raise
    if type(value) is types.FunctionType and isinstance(obj, type):  # K.m: 2.7's unbound method
        from pyctk.runtime.py27.unbound import unbound_of

        return unbound_of(obj, name, value)
    return value


getattr27.__name__ = "getattr"


class xrange:
    """2.7's lazy integer sequence."""

    __slots__ = ("_r",)
    _pyctk_host_type = True

    def __init__(self, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError("xrange() requires 1-3 int arguments")
        for a in args:
            if isinstance(a, float):
                raise TypeError("integer argument expected, got float")
        self._r = range(*args)

    def __iter__(self):
        return iter(self._r)

    def __reversed__(self):
        return reversed(self._r)

    def __len__(self):
        return len(self._r)

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        try:
            return self._r[i]
        except IndexError:
            raise IndexError("xrange object index out of range") from None

    def __contains__(self, x):
        return x in self._r

    def __repr__(self):
        r = self._r
        if r.start == 0 and r.step == 1:
            return "xrange(%d)" % r.stop
        stop = r.start + len(r) * r.step
        if r.step == 1:
            return "xrange(%d, %d)" % (r.start, stop)
        return "xrange(%d, %d, %d)" % (r.start, stop, r.step)

    def __reduce__(self):
        return (xrange, (self._r.start, self._r.stop, self._r.step))


xrange.__module__ = "builtins"


class buffer:
    __slots__ = ("_data",)
    _pyctk_host_type = True

    def __init__(self, obj, offset=0, size=-1):
        data = obj if isinstance(obj, str) else bytes(obj).decode("latin-1")
        end = len(data) if size < 0 else offset + size
        self._data = data[offset:end]

    def __len__(self):
        return len(self._data)

    def __getitem__(self, i):
        return self._data[i]

    def __str__(self):
        return self._data

    def __repr__(self):
        return "<read-only buffer for %#x, size -1, offset 0 at %#x>" % (id(self._data), id(self))


class _EnvironmentErrorMeta(type):
    """2.7's IOError and OSError are distinct classes, and ``raise OSError(2, ...)`` is an
    OSError (the host would make it FileNotFoundError); ``except IOError`` still catches
    every host OSError."""

    def __instancecheck__(cls, obj):
        if cls in _ENV_CLASSES:
            return isinstance(obj, OSError)
        return type.__instancecheck__(cls, obj)

    def __subclasscheck__(cls, sub):
        if cls in _ENV_CLASSES:
            return isinstance(sub, type) and issubclass(sub, OSError)
        return type.__subclasscheck__(cls, sub)


IOError27 = _EnvironmentErrorMeta("IOError", (OSError,), {"__module__": "exceptions"})
OSError27 = _EnvironmentErrorMeta("OSError", (OSError,), {"__module__": "exceptions"})
_ENV_CLASSES = (IOError27, OSError27)


buffer.__module__ = "builtins"


def make_builtins27(vm, opset) -> dict:
    from pyctk.runtime.py27 import compiler
    from pyctk.runtime.py27.modules import guest_stdin, guest_stdout

    table = make_builtins(vm, opset)
    for name in ("exec", "ascii", "__build_class__", "breakpoint", "aiter", "anext",
                 "ModuleNotFoundError", "RecursionError", "StopAsyncIteration", "TimeoutError", "ConnectionError",
                 "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
                 "BlockingIOError", "ChildProcessError", "FileExistsError", "FileNotFoundError", "InterruptedError",
                 "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
                 "ResourceWarning", "EncodingWarning", "BaseExceptionGroup", "ExceptionGroup", "__build_class__"):
        table.pop(name, None)

    def print_function(*args, **kwargs):
        sep = kwargs.pop("sep", None)
        end = kwargs.pop("end", None)
        file = kwargs.pop("file", None)
        if kwargs:
            raise TypeError("'%s' is an invalid keyword argument for this function" % next(iter(kwargs)))
        if file is None:
            file = guest_stdout(vm)
        sep = " " if sep is None else sep
        end = "\n" if end is None else end
        for i, arg in enumerate(args):
            if i:
                file.write(sep)
            file.write(arg if type(arg) is Unicode27 else str27(arg))
        file.write(end)

    print_function.__name__ = "print"

    def raw_input(prompt=""):
        out = guest_stdout(vm)
        if prompt:
            out.write(str27(prompt))
            out.flush()
        line = guest_stdin(vm).readline()
        if not line:
            raise EOFError("EOF when reading a line")
        return line[:-1] if line.endswith("\n") else line

    def input27(prompt=""):
        return eval27(raw_input(prompt))

    def eval27(source, globals_=None, locals_=None):
        from pyctk.code import Code

        if locals_ is not None and not _mapping27(locals_):
            raise TypeError("locals must be a mapping")
        if globals_ is not None and not isinstance(globals_, dict):
            raise TypeError("globals must be a real dict; try eval(expr, {}, mapping)" if _mapping27(globals_)
                            else "globals must be a dict")
        if not isinstance(source, (str, Code)):
            raise TypeError("eval() arg 1 must be a string or code object")
        return compiler.run_source(vm, source, globals_, locals_, "eval")

    eval27.__name__ = "eval"

    def execfile(filename, globals_=None, locals_=None):
        with open(filename, "rb") as f:
            source = f.read().decode("latin-1")
        compiler.run_source(vm, source, globals_, locals_, "exec", filename=filename)

    def compile27(source, filename, mode, flags=0, dont_inherit=0):
        from pyctk.code import Code

        for index, arg in ((2, filename), (3, mode)):  # ("Oss|ii:compile")
            if not isinstance(arg, str):
                raise TypeError("compile() argument %d must be string, not %s" % (index, _type_name27(arg)))
        if not isinstance(source, (str, Code, bytearray, memoryview, buffer)):  # (PyObject_AsReadBuffer)
            raise TypeError("expected a readable buffer object")
        return compiler.compile_source(vm, source, filename, mode, flags, dont_inherit)

    compile27.__name__ = "compile"

    def reload27(module):
        import importlib

        return importlib.reload(module)

    def repr_builtin(obj):
        return repr27(obj)

    repr_builtin.__name__ = "repr"

    def dir27(*args, **kwargs):
        if kwargs:  # the C function's words
            raise TypeError("dir() takes no keyword arguments")
        if args:
            from pyctk.runtime.apisurface import dir27 as names27

            return names27(args[0], dir(*args)) if len(args) == 1 else sorted(dir(*args))
        return sorted(vm.current_locals())

    def vars27(*args):
        if args:
            return vars(*args)
        return vm.current_locals()

    def open27(name, mode="r", buffering=-1):
        from pyctk.runtime.py27.modules import open_file

        return open_file(name, mode, buffering)

    open27.__name__ = "open"

    table.update(
        {
            "range": range27,
            "xrange": xrange,
            "map": map27,
            "filter": filter27,
            "zip": zip27,
            "sorted": sorted27,
            "min": min_max(min),
            "max": min_max(max),
            "reduce": reduce27,
            "apply": apply27,
            "cmp": builtin_object(cmp_builtin),
            "unicode": Unicode27,
            "long": Long27,
            "basestring": str,
            "unichr": unichr27,
            "chr": chr27,
            "hex": hex27,
            "oct": oct27,
            "abs": abs27,
            "sum": sum27,
            "pow": pow27,
            "divmod": divmod27,
            "round": round27,
            "coerce": coerce27,
            "intern": intern27,
            "hasattr": hasattr27,
            "format": format27,
            "getattr": getattr27,
            "buffer": buffer,
            "raw_input": raw_input,
            "input": input27,
            "eval": eval27,
            "execfile": execfile,
            "compile": compile27,
            "reload": reload27,
            "repr": repr_builtin,
            "dir": dir27,
            "vars": vars27,
            "file": open27,
            "open": open27,
            "StandardError": Exception,
            "IOError": IOError27,
            "OSError": OSError27,
            "EnvironmentError": OSError,
            "print": print_function,
            "bytes": str,
            "memoryview": memoryview,
            "hash": hash_builtin,
        }
    )
    # Only 2.7's names: what a newer host adds (3.13's PythonFinalizationError) is absent.
    from pyctk.versions.apisurface import api_surface

    names27 = frozenset(api_surface(opset.version)["builtins"])
    for name in [k for k in table if k not in names27 and not (k.startswith("__") and k.endswith("__"))]:
        del table[name]
    for name, value in table.items():  # their arity errors in 2.7's words (messages.arity_words)
        if type(value) is types.FunctionType and STAND_INS.get(value) != value.__name__:
            STAND_INS[value] = name  # (``open`` also as ``file``: its own name wins)
    argparse27.register(table)  # how each reads its arguments (keywords, counts) in 2.7
    return table
