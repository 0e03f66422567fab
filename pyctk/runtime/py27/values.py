"""2.7 ``str()``, ``repr()``, integer/long arithmetic, comparison and ``%`` formatting
of host values."""

from __future__ import annotations

import _string
import collections
import math
import re
import types

from pyctk.runtime.py27.classes import is_classic_instance
from pyctk.runtime.py27.containers27 import Dict27, order_of
from pyctk.runtime.py27.kinds import Long27, Unicode27

MAXINT = (1 << 63) - 1
MININT = -MAXINT - 1


# -- int / long ------------------------------------------------------------------------------


def norm_int(r, a=None, b=None):
    """An integer result as 2.7 types it: ``long`` when an operand was long or the value
    is outside ``sys.maxint``."""
    if type(r) is int and (r > MAXINT or r < MININT or type(a) is Long27 or type(b) is Long27):
        return Long27(r)
    return r


def c_long27(value):
    """``value`` as 2.7's ``PyInt_AsLong`` reads an argument parsed as a C long or int
    (getargs' ``l``/``i``): floats refused, ``__int__`` called, the range checked."""
    if isinstance(value, float):
        raise TypeError("integer argument expected, got float")
    if not isinstance(value, int):
        if isinstance(value, complex):
            raise TypeError("can't convert complex to int")
        if not hasattr(type(value), "__int__"):  # (nb_int)
            raise TypeError("an integer is required")
        value = type(value).__int__(value)
        if not isinstance(value, int):
            raise TypeError("__int__ method should return an integer")
    if not MININT <= value <= MAXINT:
        raise OverflowError("Python int too large to convert to C long")
    return int(value)


def c_int27(value):
    """``value`` as getargs' ``i`` (a C int) reads it."""
    value = c_long27(value)
    if value > 0x7FFFFFFF:
        raise OverflowError("signed integer is greater than maximum")
    if value < -0x80000000:
        raise OverflowError("signed integer is less than minimum")
    return value


# -- repr -------------------------------------------------------------------------------------

_STR_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\\": "\\\\"}


def repr_str(s: str) -> str:
    """repr of a 2.7 byte string held as latin-1 code points."""
    quote = '"' if ("'" in s and '"' not in s) else "'"
    out = [quote]
    for ch in s:
        if ch == quote or ch == "\\":
            out.append("\\" + ch)
        elif ch in _STR_ESCAPES:
            out.append(_STR_ESCAPES[ch])
        elif " " <= ch < "\x7f":
            out.append(ch)
        else:
            out.append("\\x%02x" % (ord(ch) & 0xFF))
    out.append(quote)
    return "".join(out)


def repr_unicode(s: str) -> str:
    quote = '"' if ("'" in s and '"' not in s) else "'"
    out = ["u", quote]
    for ch in s:
        o = ord(ch)
        if ch == quote or ch == "\\":
            out.append("\\" + ch)
        elif ch in _STR_ESCAPES:
            out.append(_STR_ESCAPES[ch])
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif o < 0x100:
            out.append("\\x%02x" % o)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    out.append(quote)
    return "".join(out)


def float_str(x: float) -> str:
    if math.isnan(x) or math.isinf(x):
        return repr(x)
    s = "%.12g" % x
    if "." not in s and "e" not in s and "n" not in s:
        s += ".0"
    return s


def complex_repr(z, part=repr) -> str:
    def num(x):
        s = part(x)
        return s[:-2] if s.endswith(".0") else s

    if z.real == 0.0 and math.copysign(1.0, z.real) == 1.0:
        return num(z.imag) + "j"
    imag = num(z.imag)
    sign = "" if imag[0] in "+-" else "+"
    if imag.startswith("-"):
        sign = ""
    return "(" + num(z.real) + sign + imag + "j)"


_host_object_repr = object.__repr__
_host_object_str = object.__str__
_repr_running = set()
# True while the print statement writes a container to a real file (2.7's tp_print path).
_print_mode = [False]


def print_repr27(obj) -> str:
    """What 2.7's print statement writes for a list, tuple, dict or set going to a real
    file: repr, except that tuples (printed by tupleprint) are not marked as running."""
    saved = _print_mode[0]
    _print_mode[0] = True
    try:
        return repr27(obj)
    finally:
        _print_mode[0] = saved

# Host types whose repr 2.7 spells differently, filled in below and by other modules.
REPRS: dict = {}


_C_CONTAINERS = (collections.OrderedDict, collections.defaultdict)


def _guest_method(tp, name):
    """The guest-defined (Python-level) method ``name`` of ``tp``, or None."""
    for klass in tp.__mro__:
        d = klass.__dict__
        if name in d:
            value = d[name]
            if isinstance(value, types.FunctionType):
                return value
            if klass.__module__ == "builtins" or klass is object or klass in _C_CONTAINERS:
                return None  # (their C reprs give the host's words, 2.7's are in _container_repr)
            return value
    return None


def exception_name27(tp):
    """2.7's tp_name of a built-in exception type (``exceptions.ValueError``), which its
    C messages give; None for any other type."""
    if isinstance(tp, type) and issubclass(tp, BaseException) and tp.__module__ in ("builtins", "exceptions"):
        return "exceptions." + tp.__name__
    return None


def type_repr(tp) -> str:
    from pyctk.runtime.py27.classes import is_classic_class

    if is_classic_class(tp):
        return "<class %s.%s at %#x>" % (tp.__module__, tp.__name__, id(tp))
    module = tp.__module__
    if tp is Unicode27:
        return "<type 'unicode'>"
    if tp is Long27:
        return "<type 'long'>"
    if module == "builtins":
        if issubclass(tp, BaseException):
            return "<type 'exceptions.%s'>" % tp.__name__
        return "<type '%s'>" % TYPE_NAMES.get(tp, tp.__name__)
    name = "%s.%s" % (module, tp.__name__)
    if getattr(tp, "_pyctk_host_type", False):
        return "<type '%s'>" % (tp.__name__ if module.startswith("pyctk.") else name)
    if tp.__flags__ & _IMMUTABLE_TYPE and name not in _PYTHON_CLASSES_IN_27:
        return "<type '%s'>" % name  # a C type of a module (collections.deque): a type in 2.7
    return "<class '%s'>" % name


# Py_TPFLAGS_IMMUTABLETYPE: the host's C types have it, classes made by class statements not.
_IMMUTABLE_TYPE = 1 << 8
# C types of the host that 2.7's library defines in Python (classes there).
_PYTHON_CLASSES_IN_27 = frozenset({"collections.OrderedDict", "decimal.Decimal", "decimal.Context"})

# Built-in types whose 2.7 names differ from the host's.
TYPE_NAMES = {
    types.FunctionType: "function", type(None): "NoneType", types.MethodType: "instancemethod",
    type(iter([])): "listiterator", type(iter(())): "tupleiterator", type(iter(set())): "setiterator",
    type(iter("")): "iterator", type(iter(range(0))): "rangeiterator", type(reversed([])): "listreverseiterator",
    type(iter(bytearray())): "bytearray_iterator",
}


def _seq_repr(items, open_, close):
    return open_ + ", ".join(repr27(x) for x in items) + close


def repr27(obj) -> str:
    tp = type(obj)
    if tp is str:
        return repr_str(obj)
    if tp is int or tp is bool or obj is None:
        return repr(obj)
    if tp is float:
        return repr(obj)
    if tp is Unicode27:
        return repr_unicode(obj)
    if tp is Long27:
        return int.__repr__(obj) + "L"
    special = REPRS.get(tp)
    if special is not None:
        return special(obj)
    if tp in (list, tuple, dict, set, frozenset) or isinstance(obj, (list, tuple, dict, set, frozenset, BaseException, type)):
        custom = _guest_method(tp, "__repr__")
        if custom is not None:
            return _call_repr(obj, custom)
        return _container_repr(obj)
    if tp is complex:
        return complex_repr(obj)
    custom = _guest_method(tp, "__repr__")
    if custom is not None:
        return _call_repr(obj, custom)
    from pyctk.runtime.py27.classes import instance_repr, is_classic_instance

    if is_classic_instance(obj):
        return instance_repr(obj)
    if tp is types.FunctionType:
        return "<function %s at %#x>" % (obj.__name__, id(obj))
    if tp is types.MethodType:
        func = obj.__func__
        owner = obj.__self__
        cls = owner if isinstance(owner, type) else type(owner)
        return "<bound method %s.%s of %s>" % (cls.__name__, getattr(func, "__name__", "?"), repr27(owner))
    if tp.__repr__ is _host_object_repr:
        if tp.__module__ == "builtins":
            return "<%s object at %#x>" % (tp.__name__, id(obj))
        return "<%s.%s object at %#x>" % (tp.__module__, tp.__name__, id(obj))
    return repr(obj)


def _call_repr(obj, method):
    saved = _print_mode[0]
    _print_mode[0] = False
    try:
        result = method.__get__(obj, type(obj))() if hasattr(method, "__get__") else method(obj)
    finally:
        _print_mode[0] = saved
    if type(result) is Unicode27:
        result = str(result.encode("ascii").decode("latin-1"))
    if not isinstance(result, str):
        raise TypeError("__repr__ returned non-string (type %s)" % type(result).__name__)
    return result


def _container_repr(obj) -> str:
    if isinstance(obj, type):
        return type_repr(obj)
    if isinstance(obj, BaseException):
        return exception_repr(obj)
    key = id(obj)
    tp = type(obj)
    if key in _repr_running:
        if isinstance(obj, list):
            return "[...]"
        if isinstance(obj, dict):
            return "{...}"
        if isinstance(obj, tuple):
            return "(...)"
        return "%s(...)" % tp.__name__
    if _print_mode[0] and isinstance(obj, tuple) and tp is tuple:
        # the print statement writes a tuple with tupleprint, which does not mark it
        # as being shown: only the list or dict inside stops the recursion
        return "(" + repr27(obj[0]) + ",)" if len(obj) == 1 else _seq_repr(obj, "(", ")")
    _repr_running.add(key)
    try:
        if isinstance(obj, list):
            text = _seq_repr(obj, "[", "]")
        elif isinstance(obj, tuple):
            if hasattr(obj, "_fields") and tp.__repr__ is not tuple.__repr__:
                return "%s(%s)" % (tp.__name__, ", ".join("%s=%s" % (f, repr27(v)) for f, v in zip(obj._fields, obj)))
            text = "(" + repr27(obj[0]) + ",)" if len(obj) == 1 else _seq_repr(obj, "(", ")")
        elif isinstance(obj, dict):
            if isinstance(obj, collections.OrderedDict):
                if not obj:
                    return "%s()" % tp.__name__
                return "%s(%s)" % (tp.__name__, repr27(list(obj.items())))
            if isinstance(obj, collections.defaultdict):
                return "defaultdict(%s, %s)" % (repr27(obj.default_factory), repr27(dict(obj)))
            if isinstance(obj, collections.Counter):
                if not obj:
                    return "Counter()"
                return "Counter({%s})" % ", ".join("%s: %s" % (repr27(k), repr27(v)) for k, v in obj.most_common())
            if tp is dict or tp is Dict27:
                text = "{" + ", ".join("%s: %s" % (repr27(k), repr27(dict.__getitem__(obj, k)))
                                       for k in order_of(obj)) + "}"
            else:
                text = "{" + ", ".join("%s: %s" % (repr27(k), repr27(v)) for k, v in obj.items()) + "}"
        else:  # set, frozenset
            text = "%s(%s)" % (tp.__name__, _seq_repr(order_of(obj), "[", "]"))
            return text
        if tp not in (list, tuple, dict, Dict27) and tp.__repr__ not in (list.__repr__, tuple.__repr__, dict.__repr__):
            return repr(obj)
        return text
    except RecursionError as e:
        # 2.7's PyObject_Repr checks the depth: the limit met while showing nested
        # containers is worded so
        if str(e).endswith(_REPR_SUFFIX):
            raise
        raise RecursionError("maximum recursion depth exceeded" + _REPR_SUFFIX) from None
    finally:
        _repr_running.discard(key)


_REPR_SUFFIX = " while getting the repr of an object"


def exception_repr(exc) -> str:
    from pyctk.runtime.py27.exc import exc_args

    args = exc_args(exc)
    return type(exc).__name__ + (repr27(args) if len(args) != 1 else "(%s,)" % repr27(args[0]))


# -- str --------------------------------------------------------------------------------------


def str27(obj) -> str:
    """2.7 ``str(obj)``: a 2.7 byte string."""
    tp = type(obj)
    if tp is str:
        return obj
    if tp is int or tp is bool or obj is None:
        return repr(obj)
    if tp is Long27:
        return int.__repr__(obj)
    if tp is float:
        return float_str(obj)
    if tp is Unicode27:
        return encode_ascii(obj)
    if tp is complex:
        return complex_repr(obj, float_str)
    custom = _guest_method(tp, "__str__")
    if custom is not None:
        result = custom.__get__(obj, tp)() if hasattr(custom, "__get__") else custom(obj)
        if type(result) is Unicode27:
            return encode_ascii(result)
        if not isinstance(result, str):
            raise TypeError("__str__ returned non-string (type %s)" % type(result).__name__)
        return result
    if isinstance(obj, BaseException):
        return exception_str(obj)
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj).decode("latin-1")
    if isinstance(obj, str):
        return str.__str__(obj)
    if isinstance(obj, float):
        return float_str(obj)
    from pyctk.runtime.py27.classes import is_classic_class

    if is_classic_class(obj):
        return "%s.%s" % (obj.__module__, obj.__name__)
    if tp.__str__ is _host_object_str or tp in (list, tuple, dict, set, frozenset) or isinstance(obj, (list, tuple, dict, set, frozenset, type)):
        return repr27(obj)
    return str(obj)


def exception_str(exc) -> str:
    from pyctk.runtime.py27.exc import exc_args

    if isinstance(exc, KeyError):
        args = exc_args(exc)
        if len(args) == 1:
            return repr27(args[0])
    if isinstance(exc, EnvironmentError) and exc.errno is not None and exc.strerror is not None:
        if exc.filename is not None:
            return "[Errno %s] %s: %s" % (exc.errno, str27(exc.strerror), repr27(exc.filename))
        return "[Errno %s] %s" % (exc.errno, str27(exc.strerror))
    if isinstance(exc, SyntaxError):
        return str(exc)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return str(exc).replace(" character '\\", " character u'\\", 1)  # 2.7 shows it as unicode
    if isinstance(exc, UnicodeError):
        return str(exc)
    args = exc_args(exc)
    if not args:
        return ""
    if len(args) == 1:
        return str27(args[0])
    return str27(args)


def unicode27(obj) -> Unicode27:
    """2.7 ``unicode(obj)``."""
    tp = type(obj)
    if tp is Unicode27:
        return obj
    if tp is str:
        return Unicode27(decode_ascii(obj))
    custom = _guest_method(tp, "__unicode__")
    if custom is not None:
        result = custom.__get__(obj, tp)()
        return result if type(result) is Unicode27 else unicode27(result)
    if isinstance(obj, str):
        return Unicode27(obj)
    return Unicode27(decode_ascii(str27(obj)))


def encode_ascii(u: str) -> str:
    for i, ch in enumerate(u):
        if ord(ch) > 127:
            raise UnicodeEncodeError("ascii", str(u), i, i + 1, "ordinal not in range(128)")
    return str.__str__(u)


def decode_ascii(s: str) -> str:
    for i, ch in enumerate(s):
        if ord(ch) > 127:
            raise UnicodeDecodeError("ascii", s.encode("latin-1"), i, i + 1, "ordinal not in range(128)")
    return s


# -- comparison -------------------------------------------------------------------------------

_NUMBERS = (int, float, complex)


def _type_name_for_order(obj):
    from pyctk.runtime.py27.classes import is_classic_instance

    if is_classic_instance(obj):
        return ""
    tp = type(obj)
    if tp is Unicode27:
        return "unicode"
    if tp is Long27:
        return "long"
    return tp.__name__


def default_cmp(a, b) -> int:
    """2.7's ordering of objects that do not compare: None first, numbers next, then by
    type name (then by type identity), same types by address."""
    if a is b:
        return 0
    if a is None:
        return -1
    if b is None:
        return 1
    a_num = isinstance(a, _NUMBERS)
    b_num = isinstance(b, _NUMBERS)
    if a_num and b_num:
        raise TypeError("no ordering relation is defined for complex numbers")
    if a_num and not b_num:
        return -1
    if b_num and not a_num:
        return 1
    if type(a) is type(b):
        return -1 if id(a) < id(b) else 1
    na, nb = _type_name_for_order(a), _type_name_for_order(b)
    if na != nb:
        return -1 if na < nb else 1
    return -1 if id(type(a)) < id(type(b)) else 1


def cmp27(a, b) -> int:
    """The builtin ``cmp``."""
    if type(a) is type(b) and type(a) in (int, float, str, Long27, Unicode27, bool):
        return (a > b) - (a < b)
    meth = getattr(type(a), "__cmp__", None)
    if meth is not None and not _is_synthetic(type(a), "__cmp__"):
        r = meth(a, b)
        if r is not NotImplemented:
            return _sign(r)
    meth = getattr(type(b), "__cmp__", None)
    if meth is not None:
        r = meth(b, a)
        if r is not NotImplemented:
            return -_sign(r)
    if isinstance(a, (list, tuple)) and type(a) is type(b):
        for x, y in zip(a, b):
            c = cmp27(x, y)
            if c:
                return c
        return (len(a) > len(b)) - (len(a) < len(b))
    try:
        if a == b:
            return 0
        if a < b:
            return -1
        if a > b:
            return 1
    except TypeError:
        return default_cmp(a, b)
    return default_cmp(a, b)


def order_cmp27(a, b) -> int:
    """``cmp27`` for an ordering (``<``, a sort) the host refused: 2.7's complex refuses
    to be ordered against any number, itself included (complex_richcompare), where the
    equality cmp27 tries first would find ``1j == 1j``."""
    if isinstance(a, complex) and isinstance(b, _NUMBERS) or isinstance(b, complex) and isinstance(a, _NUMBERS):
        raise TypeError("no ordering relation is defined for complex numbers")
    return cmp27(a, b)


def _is_synthetic(tp, name):
    return False


def _sign(r):
    if not isinstance(r, int):
        raise TypeError("comparison did not return an int")
    return (r > 0) - (r < 0)


class _CmpKey:
    __slots__ = ("obj", "cmp")

    def __lt__(self, other):
        c = self.cmp(self.obj, other.obj)
        if not isinstance(c, int):
            raise TypeError("comparison function must return int, not %s" % type(c).__name__)
        return c < 0


def order_key(obj):
    """A sort key giving 2.7's order for values the host cannot order."""
    k = _CmpKey.__new__(_CmpKey)
    k.obj = obj
    k.cmp = cmp27
    return k


# -- % formatting -----------------------------------------------------------------------------

def _spec27(fmt, i):
    """The conversion starting at ``fmt[i]`` (after its ``%``) as 2.7's PyString_Format
    scans it: (key, flags, width, precision, conversion character or None at the end of
    ``fmt``, its index, the index after it). A key runs to its balancing ``)``."""
    n = len(fmt)
    key = None
    if i < n and fmt[i] == "(":
        depth = 1
        start = i = i + 1
        while depth and i < n:
            depth += {"(": 1, ")": -1}.get(fmt[i], 0)
            i += 1
        if depth:
            raise ValueError("incomplete format key")
        key = fmt[start:i - 1]
    start = i
    while i < n and fmt[i] in "-+ #0":
        i += 1
    flags = fmt[start:i]
    width = prec = None
    if i < n and fmt[i] == "*":
        width = "*"
        i += 1
    else:
        start = i
        while i < n and fmt[i].isdigit():
            i += 1
        width = fmt[start:i] or None
    if i < n and fmt[i] == ".":
        i += 1
        if i < n and fmt[i] == "*":
            prec = "*"
            i += 1
        else:
            start = i
            while i < n and fmt[i].isdigit():
                i += 1
            prec = fmt[start:i] or "0"
    if i < n and fmt[i] in "hlL":
        i += 1
    if i >= n:
        return key, flags, width, prec, None, i, i
    return key, flags, width, prec, fmt[i], i, i + 1


def _star_arg(value):
    if not isinstance(value, int) or isinstance(value, Long27):
        raise TypeError("* wants int")
    return int(value)


# format27's quick path: {str format: the conversion characters of its arguments, or None
# where the format has a conversion it does not take}, for up to _PLANNED formats.
_PLANS = {}
_PLANNED = 2000
_QUICK = frozenset("sdixXeEfFgG")


def _plan27(fmt):
    """The conversions of ``fmt`` (one per argument) when each is one the host's ``%``
    formats as 2.7 does, for the argument types ``_quick27`` takes; else None: a key, a
    ``*``, a length modifier, ``#`` (2.7's ``%#o``), ``%r``, ``%c`` or an incomplete one."""
    conversions = []
    i = 0
    while (j := fmt.find("%", i)) >= 0:
        try:
            key, flags, width, prec, conv, _, i = _spec27(fmt, j + 1)
        except ValueError:
            return None
        if key is not None or "*" in (width, prec) or "#" in flags or fmt[i - 2] in "hlL":
            return None
        if conv == "%" and i == j + 2:
            continue
        if conv not in _QUICK:
            return None
        conversions.append(conv)
    return "".join(conversions)


def _quick27(fmt, args):
    """``fmt % args`` by the host where that is 2.7's result, else None: a str format of
    ``_plan27``'s conversions, one argument each, every one a host int (not a long: its
    ``%s``, ``%d``, ``%x``), str (``%s``) or float (``%e``, ``%g``; ``%f`` below 1e50, past
    which 2.7 writes ``%g``; not ``%s``: 2.7's str of a float has 12 digits)."""
    plan = _PLANS.get(fmt, _PLANS)
    if plan is _PLANS:
        plan = _plan27(fmt)
        if len(_PLANS) < _PLANNED:
            _PLANS[fmt] = plan
    if not plan:
        return None
    items = args if type(args) is tuple else (args,)
    if len(items) != len(plan):
        return None
    for conv, value in zip(plan, items):
        kind = type(value)
        if kind is int:
            if conv in "eEfFgG":
                return None
        elif kind is str:
            if conv != "s":
                return None
        elif kind is float:
            if conv not in "eEgG" and (conv not in "fF" or not -1e50 < value < 1e50):
                return None
        else:
            return None
    return fmt % items


def format27(fmt, args):
    """2.7 ``fmt % args`` for a str or unicode ``fmt``."""
    if type(fmt) is str and (quick := _quick27(fmt, args)) is not None:
        return quick
    unicode_result = type(fmt) is Unicode27
    if isinstance(args, tuple):
        items = list(args)
        mapping = None
    else:
        items = [args]
        mapping = args if (hasattr(type(args), "__getitem__") and not isinstance(args, (str, tuple))) else None
    pos = 0
    out = []
    i = 0
    n = len(fmt)
    used_mapping = False
    plain = fmt if type(fmt) is str else str.__str__(fmt)  # (the spec's parts plain str: no unicode %)

    def next_arg():
        nonlocal pos
        if pos >= len(items):
            raise TypeError("not enough arguments for format string")
        value = items[pos]
        pos += 1
        return value

    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        key, flags, width, prec, conv, at, i = _spec27(plain, j + 1)
        if key is not None:
            if mapping is None:
                raise TypeError("format requires a mapping")
            used_mapping = True
            items = [mapping[key]]  # the value is the only argument left (argidx -2)
            pos = 0
        if width == "*":  # a plain int (not a long), negative: left-justified
            star = _star_arg(next_arg())
            width = str(abs(star))
            if star < 0:
                flags += "-"
        if prec == "*":
            prec = str(max(0, _star_arg(next_arg())))
        if conv is None:
            raise ValueError("incomplete format")
        if conv == "%":  # padded to its width like a %s
            out.append(("%" + ("-" if "-" in flags else "") + width + "s") % "%" if width else "%")
            continue
        value = next_arg()
        spec = "%" + flags + (width or "") + ("." + prec if prec is not None else "")
        if conv == "s":
            if type(value) is Unicode27 and not unicode_result:
                unicode_result = True
                out = [decode_ascii(p) if type(p) is str else p for p in out]
            text = unicode27(value) if unicode_result else str27(value)
            out.append((spec + "s") % text if (width or prec or flags) else text)
        elif conv == "r":
            text = repr27(value)
            out.append((spec + "s") % text if (width or prec or flags) else text)
        elif conv in "diouxXeEfFgGc":
            if conv in "diouxX" and isinstance(value, float):  # 2.7 truncates (%x, %o with a warning)
                if not math.isfinite(value):
                    raise TypeError("%%%s format: a number is required, not float" % ("d" if conv == "i" else conv))
                value = int(value)
            if conv == "c":
                value = _char_arg27(value, unicode_result)
            if conv in "diouxX" and not isinstance(value, (int, float)):
                if hasattr(type(value), "__int__") and not isinstance(value, str):
                    value = int(value)
                else:
                    word = "d" if conv == "i" else conv  # 2.7 words %i as %d (not %u)
                    raise TypeError("%%%s format: a number is required, not %s" % (word, _type_name_for_order(value)))
            if conv in "eEfFgG" and not isinstance(value, (int, float)):
                if hasattr(type(value), "__float__") and not isinstance(value, str):
                    value = float(value)
                else:
                    raise TypeError("float argument required, not %s" % _type_name_for_order(value))
            if conv == "o" and "#" in flags:
                out.append(_alternate_octal27(flags, width, prec, value))
            else:
                out.append((spec + conv) % value)
        else:
            raise ValueError("unsupported format character '%s' (0x%x) at index %d" % (conv, ord(conv), at))
    if mapping is None or not used_mapping:
        if pos < len(items) and not (mapping is not None and pos == 0):
            raise TypeError("not all arguments converted during string formatting")
    result = "".join(out)
    return Unicode27(result) if unicode_result else result


def _alternate_octal27(flags, width, prec, value):
    """2.7's ``%#o``: a leading 0 unless the digits have one (so 0 is ``0``), then the
    sign and the padding (the host's ``0o`` prefix would pad and count differently)."""
    value = int(value)
    digits = ("%" + ("." + prec if prec is not None else "") + "o") % abs(value)
    if not digits.startswith("0"):
        digits = "0" + digits
    sign = "-" if value < 0 else "+" if "+" in flags else " " if " " in flags else ""
    size = int(width or 0)
    if "-" in flags:
        return (sign + digits).ljust(size)
    if "0" in flags and prec is None:
        return sign + digits.rjust(size - len(sign), "0")
    return (sign + digits).rjust(size)


def _char_arg27(value, unicode_result):
    """``%c``'s argument as 2.7 reads it: a one-character string, or an int in range
    (a byte for str, a code point for unicode), in 2.7's words when it is neither."""
    if isinstance(value, str):
        if len(value) != 1:
            raise TypeError("%c requires int or char")
        return value
    if isinstance(value, float):
        if not unicode_result:
            raise TypeError("integer argument expected, got float")
        if not math.isfinite(value):
            raise TypeError("%c requires int or char")
        value = int(value)
    if not isinstance(value, int) and unicode_result:
        raise TypeError("%c requires int or char")
    if unicode_result:
        if not -2**63 <= value < 2**63:
            raise TypeError("%c requires int or char")
        if not 0 <= value < 0x110000:
            raise OverflowError("%c arg not in range(0x110000) (wide Python build)")
        return value
    value = c_long27(value)
    if value < 0:
        raise OverflowError("unsigned byte integer is less than minimum")
    if value > 255:
        raise OverflowError("unsigned byte integer is greater than maximum")
    return value


# -- str.format -------------------------------------------------------------------------------

_SPEC27 = re.compile(r"(?:.?[<>=^])?(?P<sign>[-+ ])?#?(?P<zero>0)?\d*,?(?:\.\d+)?(?P<type>.*)", re.S)


def check_spec27(value, spec, text):
    """What 2.7's format-spec parser rejects that the host's takes: ``_`` grouping (2.7
    reads the ``_`` as the type code) and a string's ``0`` flag (an ``=`` alignment)."""
    m = _SPEC27.fullmatch(spec)
    if m is None:
        return
    code = m.group("type")
    if code[:1] == "_" and spec[m.start("type") - 1:m.start("type")] == ",":
        raise ValueError("Cannot specify ',' with '_'.")
    if len(code) > 1:
        raise ValueError("Invalid conversion specification")
    if code in ("_", "z"):  # (3.11's z flag: 2.7 reads a type code)
        tp = type(value)
        if value == "str" and tp is str:  # a value formatted as its str()
            name = "str"
        elif tp is Long27 or (tp is int and not -2**63 <= value < 2**63):
            name = "long"
        else:
            name = tp.__name__
        raise ValueError("Unknown format code '%s' for object of type '%s'" % (code, name))
    if text and code in ("", "s") and m.group("zero") and not re.match(r".?[<>=^]", spec, re.S):
        raise ValueError("'=' alignment not allowed in string format specifier")


def int_spec27(value, spec, unicode_result):
    """Raise 2.7's error for a number ``value`` formatted by ``spec`` where 2.7's rules
    give one of their own: its spec parser's, or ``c`` out of a byte's range in a str
    (formatter.h: ``%c arg not in range(0x100)``)."""
    if isinstance(value, float):
        check_spec27(value, spec, False)
    if not isinstance(value, int):
        return
    check_spec27(value, spec, False)
    m = _SPEC27.fullmatch(spec)
    if m is not None and m.group("type") == "c":
        if not MININT <= value <= MAXINT:  # (PyLong_AsLong first)
            raise OverflowError("Python int too large to convert to C long")
        if not unicode_result and not 0 <= value < 256:
            raise OverflowError("%c arg not in range(0x100)")


def spec_errors27(fmt, args, kwargs):
    """After the host's ``fmt.format(...)`` failed: 2.7's error where a field formatting
    an integer argument directly has a spec 2.7 refuses in its own words."""
    auto = 0
    for _, field, spec, conversion in _string.formatter_parser(fmt):
        if field is None:
            continue
        if field == "":
            key, auto = auto, auto + 1
        else:
            key = int(field) if field.isdigit() else field
        value = (args[key] if key < len(args) else None) if type(key) is int else kwargs.get(key)
        if spec and conversion is None and "{" not in spec:
            int_spec27(value, spec, type(fmt) is Unicode27)



_FORMAT_SPEC = re.compile(
    r"^(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<alt>#)?(?P<zero>0)?(?P<width>\d+)?(?P<comma>,)?"
    r"(?:\.(?P<prec>\d+))?(?P<type>[a-zA-Z%])?$", re.S)


class _Float27(float):
    """A float formatted as 2.7 does when the format type is left out ('g' with at
    least one digit after the point, 12 digits by default)."""

    def __format__(self, spec):
        value = float(self)
        if not spec:
            return float_str(value)
        m = _FORMAT_SPEC.match(spec)
        if m is None or m.group("type") is not None:
            return format(value, spec)
        prec = m.group("prec") or "12"
        core = format(value, "%s%s%s.%sg" % (m.group("sign") or "", "#" if m.group("alt") else "",
                                            "," if m.group("comma") else "", prec))
        if math.isfinite(value) and "." not in core and "e" not in core:
            core += ".0"
        width = int(m.group("width") or 0)
        if len(core) >= width:
            return core
        align = m.group("align")
        fill = m.group("fill") or " "
        if align is None and m.group("zero"):
            align, fill = "=", "0"
        align = align or ">"
        pad = width - len(core)
        if align == "=":
            sign = core[0] if core[0] in "+- " else ""
            return sign + fill * pad + core[len(sign):]
        if align == "<":
            return core + fill * pad
        if align == "^":
            return fill * (pad // 2) + core + fill * (pad - pad // 2)
        return fill * pad + core


# str.format's errors name the value's type: 2.7's float ('{0.foo}'.format(1.5)).
_Float27.__name__ = _Float27.__qualname__ = "float"


# 2.7's built-in types with sequence slots but no item slot (PySequence_GetItem's "does
# not support indexing"): sets and dict views; a class the program makes has them too.
_SEQUENCE_SLOTS = frozenset({set, frozenset, type({}.keys()), type({}.values()), type({}.items())})
_HEAPTYPE = 1 << 9
_NOT_SUBSCRIPTABLE = " object is not subscriptable"
_STRING_INDICES = "string indices must be integers"


def subscript_error27(error, obj, key) -> None:
    """The host's ``'set' object is not subscriptable`` in 2.7's words, which follow
    PyObject_GetItem: a type with sequence slots given an index key says ``does not
    support indexing`` (an index past a C ssize_t an IndexError first), any other
    ``has no attribute '__getitem__'``. Called where a subscript raised a TypeError."""
    args = error.args
    if len(args) != 1 or type(args[0]) is not str:
        return
    if "indices must be integers" in args[0]:
        if is_classic_instance(key):  # it has an index slot, which looks __index__ up
            error.args = ("object cannot be interpreted as an index",)
        elif args[0].startswith(_STRING_INDICES):  # str names the index's type, unicode not
            from pyctk.runtime.py27.bytes27 import tp_name27

            if isinstance(obj, Unicode27):  # (raised here: 2.7's words, which reword leaves)
                raise TypeError(_STRING_INDICES) from None
            error.args = ("%s, not %s" % (_STRING_INDICES, tp_name27(key)),)
        return
    if not args[0].endswith(_NOT_SUBSCRIPTABLE):
        return
    tp = type(obj)
    if hasattr(tp, "__getitem__"):
        return
    if is_classic_instance(obj):  # its instance type's item slot looks __getitem__ up
        raise AttributeError("%s instance has no attribute '__getitem__'" % tp.__name__) from None
    name = args[0][:-len(_NOT_SUBSCRIPTABLE)]
    slots = any(t in _SEQUENCE_SLOTS for t in tp.__mro__) or (
        tp.__flags__ & _HEAPTYPE and not str(tp.__module__).startswith(("pyctk.", "builtins")))
    index = getattr(type(key), "__index__", None) if slots else None
    if index is None:
        error.args = (name + " object has no attribute '__getitem__'",)
        return
    value = index(key)
    if not -(1 << 63) <= value < (1 << 63):
        kind = "long" if isinstance(key, int) and type(key) is not bool else type(key).__name__
        raise IndexError("cannot fit '%s' into an index-sized integer" % kind) from None
    error.args = (name + " object does not support indexing",)


class _Formatted:
    """A value handed to the host's str.format that formats, str()s and repr()s as 2.7."""

    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def __format__(self, spec):
        obj = self.obj
        if type(obj).__format__ is not object.__format__:
            if type(obj) is Long27:
                return format(int(obj), spec)
            return format(obj, spec)
        return format(str27(obj), spec)

    def __str__(self):
        return str27(self.obj)

    def __repr__(self):
        return repr27(self.obj)

    def __getattr__(self, name):
        return getattr(self.obj, name)

    def __getitem__(self, key):
        if type(key) is int:  # 2.7's format parses an index as a long (PyLong_FromSsize_t)
            key = Long27(key)
        try:
            return format_arg(self.obj[key])
        except TypeError as error:
            subscript_error27(error, self.obj, key)
            raise


def format_arg(value):
    tp = type(value)
    if tp is int or tp is bool or tp is str:  # (None: formatted as its str(), _Formatted)
        return value
    if tp is float:
        return _Float27(value)
    if tp is Unicode27:
        return value
    return _Formatted(value)


def str_format(fmt, *args, **kwargs):
    if "_" in fmt or "z" in fmt:  # specs the host's parser takes and 2.7's refuses ({:_}, {:z})
        spec_errors27(fmt, args, kwargs)
    try:
        result = str.format(fmt, *[format_arg(a) for a in args], **{k: format_arg(v) for k, v in kwargs.items()})
    except (ValueError, OverflowError):
        spec_errors27(fmt, args, kwargs)
        raise
    return Unicode27(result) if type(fmt) is Unicode27 else result
