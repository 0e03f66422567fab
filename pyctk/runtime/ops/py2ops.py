"""Opcodes of CPython 2.7 that 3.x does not have, or whose meaning differs.

The 2.7 value model (``str`` as latin-1 code points, ``Unicode27``, ``Long27``) and the
rest of the 2.7 runtime live in ``pyctk.runtime.py27``; this module is the handlers.
"""

from __future__ import annotations

import math
import operator
import types

from pyctk.runtime import deepcompare
from pyctk.runtime.crecursion import NESTING, text_of
from pyctk.runtime.functions import Entry
from pyctk.runtime.functions import make_function as new_function
from pyctk.runtime.messages import own_words
from pyctk.runtime.objects import NULL
from pyctk.runtime.ops import EXIT, PLAIN, Kind, attribute_of, effect, fusable, name, names, operand
from pyctk.runtime.ops import calls as calls_ops
from pyctk.runtime.ops.arith import INLINE, FastPath, binary_handler, operator_handler
from pyctk.runtime.ops.calls import Call, write_one_call
from pyctk.runtime.ops.containers import StoreSubscr, Unpack, _pop_n
from pyctk.runtime.ops.control import Return
from pyctk.runtime.ops.exceptions import Reraise, Why, reraise_at, reraise_handled, return_value_36, unwind_why
from pyctk.runtime.ops.names import Global
from pyctk.runtime.ops.stack import DupTop
from pyctk.runtime.py27 import values as v27
from pyctk.runtime.py27.argparse27 import SPECS, spec_of
from pyctk.runtime.py27.attrs import (
    FUNCTION_ALIASES,
    SEEN_OVERLAYS,
    delete_error27,
    overlay_for,
    readonly27,
    store_error27,
)
from pyctk.runtime.py27.boundary import bytearray_add
from pyctk.runtime.py27.builtins27 import CALL_OVERRIDES
from pyctk.runtime.py27.bytes27 import (
    bytearray_concat27,
    bytearray_contains27,
    bytearray_mod27,
    store_item27,
    unicode_concat27,
)
from pyctk.runtime.py27.classes import (
    ClassicClass,
    build_class,
    construction_words,
    is_classic_class,
    is_classic_instance,
    metaclass_of,
)
from pyctk.runtime.py27.classic import NOT_ON_OBJECT27, OBJECT_NAMES, defined_above_object, has_own, lacking
from pyctk.runtime.py27.containers27 import GUEST_TYPE, iter_dict, presized_dict
from pyctk.runtime.py27.containers27 import build_set as build_set27
from pyctk.runtime.py27.exc import ClassicRaise, host_exception, reset_exc_info
from pyctk.runtime.py27.hash27 import UNHASHABLE_SLICE
from pyctk.runtime.py27.unbound import UnboundMethod, super_unbound, unbound_of
from pyctk.runtime.py27.values import MAXINT, MININT, Long27, Unicode27, norm_int, repr27, str27
from pyctk.runtime.signals import CALL, RETURN

FunctionType = types.FunctionType

# -- numbers ----------------------------------------------------------------------------------

_TYPE_NAMES = {Long27: "long", Unicode27: "unicode"}


def _tname(x):
    if is_classic_instance(x):
        return "instance"
    tp = type(x)
    return _TYPE_NAMES.get(tp) or tp.__name__


def _is_intlike(x):
    return isinstance(x, int)


def _binop_error(symbol, a, b, error):
    if symbol == "+" and isinstance(a, str) and not isinstance(b, str):
        return TypeError("cannot concatenate '%s' and '%s' objects" % (_tname(a), _tname(b)))
    text = str(error)
    if text.startswith("unsupported operand") or text.startswith("can only concatenate") or \
            text.startswith("can't multiply"):
        if text.startswith("can only concatenate"):
            return TypeError('can only concatenate %s (not "%s") to %s' % (_tname(a), _tname(b), _tname(a)))
        if text.startswith("can't multiply"):  # the operand that is not the sequence
            other = b if text.endswith("'%s'" % type(b).__name__) else a
            return TypeError("can't multiply sequence by non-int of type '%s'" % _tname(other))
        return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (symbol, _tname(a), _tname(b)))
    return error


def _coerced(op, a, b):
    """2.7's ``__coerce__`` fallback for old-style instances, or None."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        if is_classic_instance(x):
            meth = getattr(type(x), "__coerce__", None)
            if meth is not None:
                pair = meth(x, y)
                if pair is None or pair is NotImplemented:
                    continue
                cx, cy = pair
                return op(cy, cx) if flip else op(cx, cy)
    return None


def _arith(op, symbol):
    def fn(a, b):
        try:
            r = op(a, b)
        except TypeError as e:
            r = _coerced(op, a, b)
            if r is None:
                raise _binop_error(symbol, a, b, e) from None
        return norm_int(r, a, b)

    fn.__name__ = op.__name__ + "27"
    # A shift's count is bounded: a huge shift would be computed twice (inline, out of
    # range, then by ``fn``), and a negative one is ``fn``'s to refuse.
    if op is operator.lshift:
        fn.fast_path = FastPath(INLINE[op], _INT_RANGE, floats=False, guard="0 <= {1} < 64")
    elif op is operator.rshift:
        fn.fast_path = FastPath(INLINE[op], _INT_RANGE, floats=False, guard="0 <= {1}")
    else:
        fn.fast_path = FastPath(INLINE[op], _INT_RANGE, floats=op in _FLOAT_OPS)
    return fn


# 2.7's int (not long) results, for the host expression a superinstruction writes for
# two host ints or two floats (``arith.Guarded``): the functions here for anything else.
_INT_RANGE = (MININT, MAXINT)
_FLOAT_OPS = (operator.add, operator.sub, operator.mul)


def _int_zero_message(a, b):
    if type(a) is Long27 or type(b) is Long27:
        return "long division or modulo by zero"
    return "integer division or modulo by zero"


def add27(a, b):
    if type(a) is int and type(b) is int:
        r = a + b
        if MININT <= r <= MAXINT:
            return r
        return Long27(r)
    try:
        r = a + b
    except TypeError as e:
        r = _coerced(operator.add, a, b)
        if r is None:
            r = bytearray_add(a, b)  # str + bytearray: 2.7 gives a bytearray
        if r is None and isinstance(a, Unicode27):
            r = unicode_concat27(a, b)  # 2.7 coerces the right operand to unicode
        if r is None:
            raise _binop_error("+", a, b, e) from None
    return norm_int(r, a, b)


add27.fast_path = FastPath("{0} + {1}", _INT_RANGE)
sub27 = _arith(operator.sub, "-")
mul27 = _arith(operator.mul, "*")
lshift27 = _arith(operator.lshift, "<<")
rshift27 = _arith(operator.rshift, ">>")
and27 = _arith(operator.and_, "&")
_or_host = _arith(operator.or_, "|")
# What only 3.9+ hosts give ``|`` (type unions, dict merges): 2.7 has neither.
_HOST_ONLY_OR = frozenset({type.__dict__["__or__"], type.__dict__["__ror__"],
                           dict.__dict__.get("__or__"), dict.__dict__.get("__ror__")}) - {None}
_HOST_OR_KINDS = (type, dict)


def _method27(tp, name):
    """``tp``'s method ``name`` as 2.7 has it (None where only the host has one)."""
    for klass in tp.__mro__:
        found = klass.__dict__.get(name)
        if found is not None:
            return None if found in _HOST_ONLY_OR else found
    return None


def or27(a, b):
    if isinstance(a, _HOST_OR_KINDS) or isinstance(b, _HOST_OR_KINDS):
        if _method27(type(a), "__or__") is None and _method27(type(b), "__ror__") is None:
            raise _binop_error("|", a, b, TypeError("unsupported operand")) from None
    return _or_host(a, b)


or27.fast_path = _or_host.fast_path
xor27 = _arith(operator.xor, "^")


def pow27(a, b):
    try:
        r = a ** b
    except ZeroDivisionError:
        if isinstance(a, complex) or isinstance(b, complex):  # (complex_pow's words)
            raise ZeroDivisionError("0.0 to a negative or complex power") from None
        raise ZeroDivisionError("0.0 cannot be raised to a negative power") from None
    except TypeError as e:
        r = _coerced(operator.pow, a, b)
        if r is None:
            raise _binop_error("** or pow()", a, b, e) from None
    if type(r) is complex and not isinstance(a, complex) and not isinstance(b, complex):
        raise ValueError("negative number cannot be raised to a fractional power")
    return norm_int(r, a, b)


def div27(a, b):
    """Classic division: floor division for ints and longs."""
    if isinstance(a, int) and isinstance(b, int):
        if not b:
            raise ZeroDivisionError(_int_zero_message(a, b))
        return norm_int(a // b, a, b)
    meth = getattr(type(a), "__div__", None)
    if meth is not None and not isinstance(a, (float, complex)):
        r = meth(a, b)
        if r is not NotImplemented:
            return r
    meth = getattr(type(b), "__rdiv__", None)
    if meth is not None and not isinstance(b, (float, complex)):
        r = meth(b, a)
        if r is not NotImplemented:
            return r
    return truediv27(a, b, "/")


def truediv27(a, b, symbol="/"):
    try:
        return a / b
    except ZeroDivisionError:
        if isinstance(a, complex) or isinstance(b, complex):
            raise ZeroDivisionError("complex division by zero") from None
        if isinstance(a, float) or isinstance(b, float):
            raise ZeroDivisionError("float division by zero") from None
        raise ZeroDivisionError(_int_zero_message(a, b)) from None
    except TypeError as e:
        r = _coerced(operator.truediv, a, b)
        if r is None:
            raise _binop_error(symbol, a, b, e) from None
        return r


def complex_divmod27(a, b, zero_message):
    """2.7's (deprecated) complex floor division and remainder: the floor of the real part
    of the quotient, and what is left; ``None`` unless a complex meets a number."""
    if not (isinstance(a, complex) or isinstance(b, complex)) or \
            not isinstance(a, (int, float, complex)) or not isinstance(b, (int, float, complex)):
        return None
    a, b = complex(a), complex(b)
    if b == 0:
        raise ZeroDivisionError(zero_message)
    real = (a / b).real
    div = complex(math.floor(real) if math.isfinite(real) else real, 0.0)
    return div, a - b * div


def floordiv27(a, b):
    return _division27(operator.floordiv, "//", "float divmod()", "complex divmod()", 0, a, b)


def mod27(a, b):
    if isinstance(a, str):
        return v27.format27(a, b)
    if isinstance(a, bytearray) and type(a).__mod__ is bytearray.__mod__:  # 2.7's has no %
        return bytearray_mod27(a, b)
    if type(a) is int and type(b) is int and b == -1 and a == MININT:
        return Long27(0)  # 2.7's int % overflows to long there (-sys.maxint-1 % -1 is 0L)
    return _division27(operator.mod, "%", "float modulo", "complex remainder", 1, a, b)


def _division27(op, symbol, float_zero, complex_words, part, a, b):
    """2.7's ``a // b`` or ``a % b`` (``op``): its zero-division words, complex operands
    by ``divmod``'s ``part``, coercion, and 2.7's int/long result."""
    try:
        r = op(a, b)
    except ZeroDivisionError:
        if isinstance(a, float) or isinstance(b, float):
            raise ZeroDivisionError(float_zero) from None
        raise ZeroDivisionError(_int_zero_message(a, b)) from None
    except TypeError as e:
        pair = complex_divmod27(a, b, complex_words)
        if pair is not None:
            return pair[part]
        r = _coerced(op, a, b)
        if r is None:
            raise _binop_error(symbol, a, b, e) from None
    return norm_int(r, a, b)


# Two host ints (a right one not zero) or two floats: the host's own expression (arith.Guarded).
div27.fast_path = FastPath("{0} // {1}", _INT_RANGE, floats=False, guard="{1}")
truediv27.fast_path = FastPath("{0} / {1}", guard="{1}")
floordiv27.fast_path = FastPath("{0} // {1}", _INT_RANGE, guard="{1}")
mod27.fast_path = FastPath("{0} % {1}", _INT_RANGE, guard="{1} and {1} != -1")  # -1: see mod27


def getitem27(obj, key):
    if isinstance(obj, BaseException) and type(obj).__getitem__ is getattr(BaseException, "__getitem__", None):
        return obj.args[key]
    try:
        return obj[key]
    except TypeError as error:  # (a try costs nothing until it raises)
        v27.subscript_error27(error, obj, key)
        raise
    except KeyError:
        if type(key) is slice:
            _slice_key(obj)
        raise


if not hasattr(BaseException, "__getitem__"):
    def getitem27(obj, key):  # noqa: F811
        if isinstance(obj, BaseException) and not hasattr(type(obj), "__getitem__"):
            return obj.args[key]
        try:
            return obj[key]
        except TypeError as error:
            v27.subscript_error27(error, obj, key)
            raise
        except KeyError:
            if type(key) is slice:
                _slice_key(obj)
            raise


# A list or tuple by an int: the host's subscript (its IndexError is 2.7's), without the call.
getitem27.fast_path = FastPath("{0}[{1}]", pairs=((list, int), (tuple, int)))


_binary = binary_handler  # the 3.x body, with 2.7's operators


def _inplace_words(error):
    """2.7 names the augmented operator: ``unsupported operand type(s) for +=`` (but ``** or pow()``)."""
    text = error.args[0] if len(error.args) == 1 and type(error.args[0]) is str else ""
    if text.startswith("unsupported operand type(s) for ") and not text.startswith(("=", ")"), text.index(":") - 1):
        colon = text.index(":")
        error.args = (text[:colon] + "=" + text[colon:],)


_SEQUENCE_REPEATS = (list.__imul__, bytearray.__imul__)  # the C sq_inplace_repeat slots


def _inplace(fn, inplace_name, host_only=None):
    # host_only: the host's in-place method 2.7 lacks (3.9's dict.__ior__)
    def inplace(left, right):
        meth = getattr(type(left), inplace_name, None)
        if meth is not None and meth is not host_only and not isinstance(left, (int, float, str, tuple, complex)):
            try:
                r = meth(left, right)
            except TypeError:
                if meth in _SEQUENCE_REPEATS and not hasattr(type(right), "__index__"):
                    # 2.7's sequence_repeat (abstract.c): a count without __index__
                    name = GUEST_TYPE.get(type(right), type(right)).__name__
                    raise TypeError("can't multiply sequence by non-int of type '%s'" % name) from None
                if inplace_name != "__iadd__" or not isinstance(left, bytearray):
                    raise
                return bytearray_concat27(left, right, True)  # any value with 2.7's buffer API
            if r is not NotImplemented:
                return r
        try:
            return fn(left, right)
        except TypeError as error:
            _inplace_words(error)
            raise

    inplace.__name__ = "i" + fn.__name__
    fast = getattr(fn, "fast_path", None)
    if fast is not None:  # two host ints or floats: as the binary operator (no __i*__ of theirs)
        inplace.fast_path = fast
    handler = _binary(inplace)
    handler.__name__ = fn.__name__
    return handler


binary_power_27 = _binary(pow27)
binary_multiply_27 = _binary(mul27)
binary_divide = _binary(div27)
binary_true_divide_27 = _binary(truediv27)
binary_floor_divide_27 = _binary(floordiv27)
binary_modulo_27 = _binary(mod27)
binary_add_27 = _binary(add27)
binary_subtract_27 = _binary(sub27)
binary_lshift_27 = _binary(lshift27)
binary_rshift_27 = _binary(rshift27)
binary_and_27 = _binary(and27)
binary_xor_27 = _binary(xor27)
binary_or_27 = _binary(or27)
binary_subscr_27 = _binary(getitem27)

inplace_power_27 = _inplace(pow27, "__ipow__")
inplace_multiply_27 = _inplace(mul27, "__imul__")
inplace_divide = _inplace(div27, "__idiv__")
inplace_true_divide_27 = _inplace(truediv27, "__itruediv__")
inplace_floor_divide_27 = _inplace(floordiv27, "__ifloordiv__")
inplace_modulo_27 = _inplace(mod27, "__imod__")
inplace_add_27 = _inplace(add27, "__iadd__")
inplace_subtract_27 = _inplace(sub27, "__isub__")
inplace_lshift_27 = _inplace(lshift27, "__ilshift__")
inplace_rshift_27 = _inplace(rshift27, "__irshift__")
inplace_and_27 = _inplace(and27, "__iand__")
inplace_xor_27 = _inplace(xor27, "__ixor__")
inplace_or_27 = _inplace(or27, "__ior__", dict.__dict__.get("__ior__"))


def unary_negative_27(frame, arg):
    s = frame.stack
    x = s[-1]
    s[-1] = norm_int(-x, x)


def unary_positive_27(frame, arg):
    s = frame.stack
    x = s[-1]
    s[-1] = norm_int(+x, x)


def unary_invert_27(frame, arg):
    s = frame.stack
    x = s[-1]
    s[-1] = norm_int(~x, x)


def unary_convert(frame, arg):
    s = frame.stack
    s[-1] = repr27(s[-1])


# -- comparisons ------------------------------------------------------------------------------


def _rich(op):
    def compare(a, b):
        try:
            return op(a, b)
        except TypeError:
            return op(v27.order_cmp27(a, b), 0)

    compare.fast_path = FastPath(INLINE[op])  # two host ints or two floats: the host's comparison
    return compare


def _contains27(a, b):
    try:
        return a in b
    except (TypeError, ValueError):
        if not isinstance(b, bytearray):
            raise
        return bytearray_contains27(b, a)  # a str, a buffer, or a byte by __index__


def _not_contains27(a, b):
    try:
        return a not in b
    except (TypeError, ValueError):
        if not isinstance(b, bytearray):
            raise
        return not bytearray_contains27(b, a)


def exception_match27(left, right):
    if isinstance(right, tuple):
        return any(exception_match27(left, r) for r in right)
    if isinstance(right, type):
        if isinstance(left, type):
            return issubclass(left, right)
        return isinstance(left, right)
    return left is right


COMPARE27 = (
    _rich(operator.lt),
    _rich(operator.le),
    operator.eq,
    operator.ne,
    _rich(operator.gt),
    _rich(operator.ge),
    _contains27,
    _not_contains27,
    operator.is_,
    operator.is_not,
    exception_match27,
)


def _compare_operator(code, ins):
    return deepcompare.prepared(code, COMPARE27[ins.arg])


compare_op_27 = operator_handler(_compare_operator, "compare_op_27")  # 3.x's body, 2.7's comparisons


# -- slices -----------------------------------------------------------------------------------


def _slice_index(obj, i, default):
    if i is None:
        return default
    if not isinstance(i, int):
        i = i.__index__()
    if i < 0 and hasattr(type(obj), "__len__"):
        i += len(obj)
    return i


def get_slice(obj, start, stop):
    meth = getattr(type(obj), "__getslice__", None)
    if meth is not None:
        return meth(obj, _slice_index(obj, start, 0), _slice_index(obj, stop, MAXINT))
    try:
        return obj[slice(start, stop)]
    except KeyError:  # (3.12+ hosts hash slices)
        _slice_key(obj)
        raise


def _slice_key(obj):
    """2.7's slices are unhashable: no dict holds one as a key (3.12+ hosts hash them)."""
    if isinstance(obj, dict):
        raise TypeError(UNHASHABLE_SLICE) from None


def set_slice(obj, start, stop, value):
    meth = getattr(type(obj), "__setslice__", None)
    if meth is not None:
        return meth(obj, _slice_index(obj, start, 0), _slice_index(obj, stop, MAXINT), value)
    if isinstance(obj, (bytearray, memoryview)):
        try:
            obj[slice(start, stop)] = value
        except (TypeError, ValueError):
            if not store_item27(obj, slice(start, stop), value):
                raise
        return None
    if type(obj) is list and not isinstance(value, (list, tuple)):
        try:
            value = list(value)
        except TypeError:
            raise TypeError("can only assign an iterable") from None
    else:
        _slice_key(obj)
    obj[slice(start, stop)] = value


def del_slice(obj, start, stop):
    meth = getattr(type(obj), "__delslice__", None)
    if meth is not None:
        return meth(obj, _slice_index(obj, start, 0), _slice_index(obj, stop, MAXINT))
    _slice_key(obj)
    del obj[slice(start, stop)]


def _slice_family(n):
    """SLICE+n, STORE_SLICE+n and DELETE_SLICE+n (as CPython's one case for each): bit 1
    of ``n`` says a start was pushed, bit 2 a stop (above the start)."""

    def slice_n(frame, arg):
        s = frame.stack
        stop = s.pop() if n & 2 else None
        start = s.pop() if n & 1 else None
        s[-1] = get_slice(s[-1], start, stop)

    def store_slice_n(frame, arg):
        s = frame.stack
        stop = s.pop() if n & 2 else None
        start = s.pop() if n & 1 else None
        obj = s.pop()
        set_slice(obj, start, stop, s.pop())

    def delete_slice_n(frame, arg):
        s = frame.stack
        stop = s.pop() if n & 2 else None
        start = s.pop() if n & 1 else None
        del_slice(s.pop(), start, stop)

    for handler in (slice_n, store_slice_n, delete_slice_n):
        handler.__name__ = handler.__qualname__ = handler.__name__[:-1] + str(n)
    return slice_n, store_slice_n, delete_slice_n


slice_0, store_slice_0, delete_slice_0 = _slice_family(0)
slice_1, store_slice_1, delete_slice_1 = _slice_family(1)
slice_2, store_slice_2, delete_slice_2 = _slice_family(2)
slice_3, store_slice_3, delete_slice_3 = _slice_family(3)


# -- containers and stack ---------------------------------------------------------------------


def build_map_27(frame, size_hint):
    frame.stack.append(presized_dict(size_hint))


def get_iter_27(frame, arg):
    """A host dict (keyword arguments, an instance's or module's namespace, what host
    code returned) iterates in the order 2.7 would give its insertions."""
    s = frame.stack
    obj = s[-1]
    s[-1] = iter_dict(obj) if type(obj) is dict else iter(obj)


fusable(PLAIN, get_iter_27)


def build_set_27(frame, n):
    s = frame.stack
    items = s[len(s) - n:] if n else ()
    if n:
        del s[len(s) - n:]
    s.append(build_set27(items))


def store_subscr_27(frame, arg):
    s = frame.stack
    key = s.pop()
    container = s.pop()
    value = s.pop()
    try:
        container[key] = value
    except (TypeError, ValueError) as error:
        store_refused27(container, key, value, error)


def store_refused27(container, key, value, error):
    """A store the host refused with ``error``: 2.7's own (a str stored into a bytearray
    or memoryview), or ``error`` raised."""
    if not store_item27(container, key, value):
        raise error


def store_map(frame, arg):
    s = frame.stack
    key = s.pop()
    value = s.pop()
    s[-1][key] = value


def dup_topx(frame, n):
    s = frame.stack
    if len(s) < n:
        s[-n]  # IndexError: a stack too short is bad bytecode (faults.py), as for the other shuffles
    s.extend(s[-n:])


def unpack_sequence_27(frame, n):
    s = frame.stack
    seq = s.pop()
    if (type(seq) is tuple or type(seq) is list) and len(seq) == n:
        s.extend(reversed(seq))
        return
    s.extend(reversed(sequence_items27(seq, n)))


def sequence_items27(seq, n):
    """The ``n`` items UNPACK_SEQUENCE takes from ``seq``, or its error in 2.7's words."""
    if type(seq) is tuple or type(seq) is list:
        items = seq
    else:
        try:
            it = iter(seq)
        except TypeError:
            raise TypeError("'%s' object is not iterable" % _tname(seq)) from None
        items = []
        for item in it:
            items.append(item)
            if len(items) > n:
                break
    if len(items) == n:
        return items
    if len(items) > n:
        raise ValueError("too many values to unpack")
    got = len(items)
    raise ValueError("need more than %d value%s to unpack" % (got, "" if got == 1 else "s"))


# -- names and attributes ---------------------------------------------------------------------


@operand(name)
def load_global_27(frame, key):
    frame.stack.append(_global27(frame, key))


def _global27(frame, key):
    value = frame.globals.get(key, NULL)
    if value is NULL:
        value = frame.builtins.get(key, NULL)
        if value is NULL:
            raise NameError("global name '%s' is not defined" % key)
    return value


def _attribute_error(obj, key):
    if isinstance(getattr(type(obj), key, None), types.MemberDescriptorType):
        return AttributeError(key)  # a slot not set: 2.7's member_get gives only its name
    if is_classic_instance(obj):
        return AttributeError("%s instance has no attribute '%s'" % (type(obj).__name__, key))
    if is_classic_class(obj):
        return AttributeError("class %s has no attribute '%s'" % (obj.__name__, key))
    if isinstance(obj, types.ModuleType):
        return AttributeError("'module' object has no attribute '%s'" % key)
    if isinstance(obj, type):
        name = v27.exception_name27(obj) or obj.__name__
        return AttributeError("type object '%s' has no attribute '%s'" % (name, key))
    return AttributeError("'%s' object has no attribute '%s'" % (v27.exception_name27(type(obj)) or _tname(obj), key))


def _store_function_alias(frame, key):
    """``f.func_doc = ...``: 2.7's func_* names write the function's own attributes
    (other objects get the name as it is)."""
    if type(frame.stack[-1]) is types.FunctionType:
        key = FUNCTION_ALIASES[key]
    _store_checked(frame, key)


def _delete_function_alias(frame, key):
    obj = frame.stack.pop()
    delattr(obj, FUNCTION_ALIASES[key] if type(obj) is types.FunctionType else key)


# 3.x's exception attributes 2.7's exceptions lack: there a store is an instance attribute.
_EXCEPTION_SLOTS3 = frozenset({"__traceback__", "__cause__", "__context__", "__suppress_context__"})


def _store_exception_slot(frame, key):
    s = frame.stack
    obj = s[-1]
    if isinstance(obj, BaseException):
        s.pop()
        obj.__dict__[key] = s.pop()
        return
    names.store_attr(frame, key)


def _delete_exception_slot(frame, key):
    obj = frame.stack[-1]
    if isinstance(obj, BaseException):
        frame.stack.pop()
        if key not in obj.__dict__:
            raise _attribute_error(obj, key)
        del obj.__dict__[key]
        return
    names.delete_attr(frame, key)


# int's attributes a long inherits from it on the host: their errors name 'int'.
_INT_ATTRIBUTES = frozenset({"real", "imag", "numerator", "denominator"})


def _int_attribute_error(obj, error):
    if type(obj) is Long27 and error.args and type(error.args[0]) is str:
        error.args = (error.args[0].replace(" of 'int' objects", " of 'long' objects", 1),)


def _store_int_attribute(frame, key):
    obj = frame.stack[-1]
    try:
        names.store_attr(frame, key)
    except AttributeError as error:
        _int_attribute_error(obj, error)
        raise


def _delete_int_attribute(frame, key):
    obj = frame.stack[-1]
    try:
        names.delete_attr(frame, key)
    except AttributeError as error:
        _int_attribute_error(obj, error)
        raise


@operand(name)
def store_attr_27(frame, key):
    """Picked once per instruction: the plain store unless the name is a func_* alias
    or a 3.x exception attribute."""
    return names.store_attr(frame, key)


def _store_checked(frame, key):
    """A store of a name ``_readonly27`` or 2.7's words know."""
    obj = frame.stack[-1]
    readonly27(obj, key)
    try:
        names.store_attr(frame, key)
    except TypeError as error:
        store_error27(error, obj, key)
        raise


_CHECKED27 = frozenset({"__name__", "__doc__", "__dict__"})


def _store_attr_for(key):
    if key in FUNCTION_ALIASES:
        return _store_function_alias
    if key in _EXCEPTION_SLOTS3:
        return _store_exception_slot
    if key in _INT_ATTRIBUTES:
        return _store_int_attribute
    return _store_checked if key in _CHECKED27 else names.store_attr


store_attr_27.specialize = _store_attr_for


def _delete_attr(frame, key):
    obj = frame.stack.pop()
    try:
        delattr(obj, key)
    except AttributeError as error:  # (a try costs nothing until it raises)
        delete_error27(error, obj, key)
        raise


@operand(name)
def delete_attr_27(frame, key):
    return _delete_attr(frame, key)


def _delete_checked(frame, key):
    readonly27(frame.stack[-1], key)
    _delete_attr(frame, key)


def _delete_attr_for(key):
    if key in FUNCTION_ALIASES:
        return _delete_function_alias
    if key in _EXCEPTION_SLOTS3:
        return _delete_exception_slot
    if key in _INT_ATTRIBUTES:
        return _delete_int_attribute
    return _delete_checked if key in _CHECKED27 else _delete_attr


delete_attr_27.specialize = _delete_attr_for


@operand(name)
def load_attr_27(frame, key):
    s = frame.stack
    obj = s[-1]
    table = overlay_for(type(obj))
    if table is not None:
        getter = table.get(key)
        if getter is not None:
            s[-1] = getter(obj)
            return
    try:
        value = getattr(obj, key)
    except AttributeError as e:
        attribute_error27(obj, key, e)
    if type(value) is FunctionType:
        value = unbound27(obj, key, value)
    s[-1] = value


def attribute27(obj, key):
    """``obj.key`` as 2.7 reads it: what ``load_attr_27`` puts on the stack."""
    table = overlay_for(type(obj))
    if table is not None:
        getter = table.get(key)
        if getter is not None:
            return getter(obj)
    try:
        value = getattr(obj, key)
    except AttributeError as e:
        attribute_error27(obj, key, e)
    return unbound27(obj, key, value) if type(value) is FunctionType else value


def attribute_error27(obj, key, error):
    """Raised for the host's AttributeError ``error`` being handled: 2.7's words for a
    missing attribute, else ``error`` itself."""
    if error.args and isinstance(error.args[0], str) and ("has no attribute" in error.args[0]) and key in error.args[0]:
        raise _attribute_error(obj, key) from None
    raise error


def unbound27(obj, key, value):
    """A plain function read from a class (``K.m``): 2.7's unbound method."""
    if isinstance(obj, type):
        return unbound_of(obj, key, value)
    if isinstance(obj, super):
        return super_unbound(obj, key, value)
    return value


class Attr27(Kind):
    """2.7's LOAD_ATTR in a superinstruction: a name its type's 2.7 overlay lacks
    (``py27.attrs``: known once ``overlay_for`` has seen the type) is the host's attribute,
    a plain function made 2.7's unbound method; anything else goes through ``attribute27``."""

    constant_effect = 0

    def describe(self, handler, operand):
        return (Attr27,), (operand,)

    @staticmethod
    def names():
        return {"overlays27": SEEN_OVERLAYS, "attribute27": attribute27,
                "attribute_error27": attribute_error27, "unbound27": unbound27, "FunctionType": FunctionType,
                "UNSEEN": _UNSEEN}

    @staticmethod
    def write(w, part) -> bool:
        key = w.value()
        w.mark()
        obj = w.pop()
        v = w.new()
        w.emit(f"_t = overlays27.get(type({obj}), UNSEEN)")
        w.emit(f"if _t is None or (_t is not UNSEEN and {key} not in _t):")
        w.emit("try:", 1)
        w.emit(f"{v} = {attribute_of(w, obj, key)}", 2)
        w.emit("except AttributeError as _error:", 1)
        w.emit(f"attribute_error27({obj}, {key}, _error)", 2)
        w.emit(f"if type({v}) is FunctionType: {v} = unbound27({obj}, {key}, {v})", 1)
        w.emit("else:")
        w.emit(f"{v} = attribute27({obj}, {key})", 1)
        w.push(v)
        return False


_UNSEEN = object()


def _load_object_name(frame, key):
    """``x.__lt__`` and the other names every host object has: a classic instance or class
    has them only where its own chain defines them (py27.classic)."""
    obj = frame.stack[-1]
    tp = type(obj)
    if tp is ClassicClass or type(tp) is ClassicClass:
        if not has_own(obj, key):
            frame.stack[-1] = lacking(obj, key)
            return
    elif key in NOT_ON_OBJECT27 and not isinstance(obj, type) and not defined_above_object(tp, key):
        raise _attribute_error(obj, key)
    return load_attr_27(frame, key)


load_attr_27.specialize = lambda key: _load_object_name if key in OBJECT_NAMES else load_attr_27


def load_locals_27(frame, arg):
    frame.stack.append(frame.locals)


# -- printing ---------------------------------------------------------------------------------


def _stdout(frame):
    from pyctk.runtime.py27.modules import guest_stdout

    return guest_stdout(frame.vm)


def print_item(frame, arg):
    from pyctk.runtime.py27.stdio import print_item as do_print

    do_print(_stdout(frame), frame.stack.pop())


def print_item_to(frame, arg):
    from pyctk.runtime.py27.stdio import print_item as do_print

    s = frame.stack
    f = s.pop()
    value = s.pop()
    do_print(f if f is not None else _stdout(frame), value)


def print_newline(frame, arg):
    from pyctk.runtime.py27.stdio import print_newline as do_newline

    do_newline(_stdout(frame))


def print_newline_to(frame, arg):
    from pyctk.runtime.py27.stdio import print_newline as do_newline

    f = frame.stack.pop()
    do_newline(f if f is not None else _stdout(frame))


def print_expr_27(frame, arg):
    value = frame.stack.pop()
    if value is not None:
        out = _stdout(frame)
        out.write(repr27(value))
        out.write("\n")
        frame.builtins["_"] = value


# -- exec, classes, functions -----------------------------------------------------------------


def exec_stmt(frame, arg):
    from pyctk.code import Code
    from pyctk.runtime.py27.compiler import run_source

    s = frame.stack
    locals_ = s.pop()
    globals_ = s.pop()
    prog = s.pop()
    if globals_ is None and isinstance(prog, tuple) and 2 <= len(prog) <= 3:
        prog, globals_, locals_ = (tuple(prog) + (None,))[:3]
    if not isinstance(prog, (str, Code)) and not hasattr(prog, "read"):  # (a string, file or code)
        raise TypeError("exec: arg 1 must be a string, file, or code object")
    if globals_ is not None and not isinstance(globals_, dict):
        raise TypeError("exec: arg 2 must be a dictionary or None")
    vm = frame.vm
    saved = vm.frame
    vm.frame = frame
    sync = globals_ is None and frame.locals is not None and frame.fast
    if sync:  # PyFrame_FastToLocals / LocalsToFast around an unqualified exec
        from pyctk.runtime.layout import locals_classic

        frame.locals.update(locals_classic(frame))
    try:
        run_source(vm, prog, globals_, locals_, "exec")
    finally:
        vm.frame = saved
        if sync:
            d = frame.locals
            for i, key in enumerate(frame.code.co_varnames):
                if key in d:
                    frame.fast[i] = d[key]


def build_class_27(frame, arg):
    s = frame.stack
    methods = s.pop()
    bases = s.pop()
    class_name = s.pop()
    try:
        s.append(build_class(class_name, bases, methods, frame.globals))
    except TypeError as error:
        # A built-in type as the metaclass (``class A({1})``: set) refuses three
        # arguments in its own words, which 2.7's build_class puts after its own.
        meta = metaclass_of(class_name, bases, methods, frame.globals)
        spec = spec_of(GUEST_TYPE.get(meta, meta))  # (a 2.7 set is a Set27: the guest's set)
        words = None if spec is None else spec.count_error(3, None)
        if words is not None:
            own_words(frame, error, "Error when calling the metaclass bases\n    " + words)
        raise


def make_function_27(frame, argc):
    s = frame.stack
    code = s.pop()
    defaults = _pop_n(s, argc)
    s.append(new_function(frame.vm, code, frame.globals, None, defaults, None, None, None, None))


def make_closure(frame, argc):
    s = frame.stack
    code = s.pop()
    closure = s.pop()
    defaults = _pop_n(s, argc)
    s.append(new_function(frame.vm, code, frame.globals, None, defaults, None, closure, None, None))


def _call(frame, func, args, kwargs=None):
    override = CALL_OVERRIDES.get(id(func))
    if override is not None:
        if func is str and len(args) == 1 and not kwargs and type(args[0]) in NESTING:
            # str() of a built-in container: 2.7's repr of it, held to the guest's limit
            frame.stack.append(text_of(frame, str27, args[0]))
            return None
        callee = override
    elif type(func) is UnboundMethod:  # its check, then the function's frame entered here
        inner = func.__func__
        if args and isinstance(args[0], func.im_class):
            entry = inner.__code__.co_consts[-1]  # (a guest function's: unbound_of wraps no other)
            if type(entry) is Entry and not entry.kind:
                frame.vm.enter(inner, args, kwargs, entry)
                return CALL
        try:
            callee = func.checked(args)
        except TypeError as error:  # 2.7's own words: no host's rule rewords them
            own_words(frame, error, error.args[0])
            raise
    else:
        callee = func
    try:
        return calls_ops.call(frame, callee, args, kwargs)
    except TypeError as error:  # (a guest function's frame is entered, not run, here)
        _count_error(frame, error, func, args, kwargs)
        raise


def builtin_failed_27(frame, func, error, args) -> None:
    """What ``_call`` does with the error of a built-in function 2.7 has no stand-in for
    (translated code calls those itself: calls.Call)."""
    calls_ops.call_failed(frame, func, error)
    if isinstance(error, TypeError):
        _count_error(frame, error, func, args, None)


def _count_error(frame, error, func, args, kwargs):
    """A built-in type's wrong number of arguments (``set(1, 2)``) in 2.7's words: those
    of the way its C code parses them (py27/argparse27), where that refuses the call; a
    class's where the host refused binding them to its ``__new__`` or ``__init__`` (no
    frame of the guest ran: the error comes from the host's call itself)."""
    if isinstance(func, type) and _innermost_code(error) is _HOST_CALL_CODE:
        words = construction_words(func, args, kwargs)
        if words is not None:
            own_words(frame, error, words)
            return
    spec = spec_of(func)
    if spec is not None:
        words = spec.count_error(len(args), kwargs)
        if words is not None:
            own_words(frame, error, words)


_HOST_CALL_CODE = calls_ops.call.__code__


def _innermost_code(error):
    tb = error.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code


def _call_kw(frame, func, args, kwargs):
    """A call with keywords: a 2.7 built-in reads them as its C code does (``abs(x=1)``
    refused, ``list(sequence=x)`` taken), before the host or the stand-in sees them."""
    if kwargs:
        entry = SPECS.get(id(func))  # (argparse27.spec_of, inline)
        if entry is not None and entry[0]() is func:
            spec = entry[1]
            try:
                args, kwargs = spec.bind(args, kwargs)
            except TypeError as error:
                own_words(frame, error, error.args[0])
                raise
    return _call(frame, func, args, kwargs)


def _kw_pairs(s, nk):
    if not nk:
        return None
    items = _pop_n(s, 2 * nk)
    return {items[i]: items[i + 1] for i in range(0, 2 * nk, 2)}


def _func_name(func):
    """How 2.7's ceval names a callee (PyEval_GetFuncName + PyEval_GetFuncDesc): functions
    and methods ``f()``, a classic class ``K constructor``, a classic instance ``K
    instance``, anything else by its type: ``type object`` for a new-style class."""
    tp = type(func)
    if tp is types.MethodType or tp is UnboundMethod:
        func = func.__func__
        tp = type(func)
    if tp is FunctionType or tp is types.BuiltinFunctionType:
        return func.__name__ + "()"
    if is_classic_class(func):
        return func.__name__ + " constructor"
    if is_classic_instance(func):
        return tp.__name__ + " instance"
    return _tname(func) + " object"


def _refuse(frame, words):
    """A TypeError in 2.7's own words (ceval's), which messages.reword leaves as they are."""
    error = TypeError(words)
    own_words(frame, error, words)
    return error


def _star(frame, func, args):
    if type(args) is tuple:
        return args
    try:
        return tuple(args)
    except TypeError:
        if type(args) is types.GeneratorType:  # ext_do_call: "Don't mask TypeError raised from a generator"
            raise
        words = "%s argument after * must be an iterable, not %s" % (_func_name(func), _tname(args))
        raise _refuse(frame, words) from None


def _mapping(frame, func, extra):
    if not hasattr(extra, "keys"):
        raise _refuse(frame, "%s argument after ** must be a mapping, not %s" % (_func_name(func), _tname(extra)))
    return extra


def _merge_kwargs(frame, func, kwargs, extra):
    result = dict(kwargs or {})
    for key in extra.keys():
        if key in result:
            raise _refuse(frame, "%s got multiple values for keyword argument '%s'" % (_func_name(func), key))
        result[key] = extra[key]
    return result


def call_function_27(frame, arg):
    s = frame.stack
    if arg > 0xFF:
        kwargs = _kw_pairs(s, (arg >> 8) & 0xFF)
        args = _pop_n(s, arg & 0xFF)
        return _call_kw(frame, s.pop(), args, kwargs)
    args = _pop_n(s, arg)
    return _call(frame, s.pop(), args)


def call_function_var(frame, arg):
    s = frame.stack
    star = s.pop()
    kwargs = _kw_pairs(s, (arg >> 8) & 0xFF)
    args = _pop_n(s, arg & 0xFF)
    func = s.pop()
    return _call_kw(frame, func, tuple(args) + _star(frame, func, star), kwargs)


def call_function_kw_27(frame, arg):
    s = frame.stack
    extra = s.pop()
    kwargs = _kw_pairs(s, (arg >> 8) & 0xFF)
    args = _pop_n(s, arg & 0xFF)
    func = s.pop()
    return _call_kw(frame, func, args, _merge_kwargs(frame, func, kwargs, _mapping(frame, func, extra)))


def call_function_var_kw(frame, arg):
    s = frame.stack
    extra = s.pop()
    star = s.pop()
    kwargs = _kw_pairs(s, (arg >> 8) & 0xFF)
    args = _pop_n(s, arg & 0xFF)
    func = s.pop()
    extra = _mapping(frame, func, extra)  # ext_do_call: the ** mapping checked before the * iterable
    args = tuple(args) + _star(frame, func, star)
    return _call_kw(frame, func, args, _merge_kwargs(frame, func, kwargs, extra))


class CallStar27(Kind):
    """2.7's CALL_FUNCTION_VAR (``f(a, *args)``) without keyword arguments. In a run of the
    loop it ends the run as its handler (``Exit``), and so does one with keywords anywhere;
    in a translated function the callee runs to its end in place, as a ``Call``'s does (a
    guest function through its direct entry), the ``*`` iterable made a tuple first as
    ``call_function_var`` makes it."""

    last = True
    runs_on_translated = True

    def describe(self, handler, operand):
        if operand >> 8:
            return EXIT.describe(handler, operand)
        return (CallStar27, operand), (handler, operand)

    def in_run(self, instructions, index):
        return EXIT if instructions[index].arg >> 8 else self

    @staticmethod
    def names():
        return {**Call.names(), "call27": _call, "star27": _star}

    @staticmethod
    def write(w, part) -> bool:
        if not w.runs_calls:
            return EXIT.write(w, (EXIT,))
        _, argc = part
        w.value(), w.value()  # the handler and its operand: the loop's
        w.mark()
        star = w.pop()
        positional = "".join(a + ", " for a in [w.pop() for _ in range(argc)][::-1])
        func = w.pop()
        # (in a name of its own: a name on the virtual stack may be a constant or be there twice)
        given = w.new()
        w.emit(f"{given} = {star} if type({star}) is tuple else star27(frame, {func}, {star})")
        value = w.new()
        write_one_call(w, "call27", func, f"({positional}*{given}, )", value)
        w.push(value)
        return False


# -- raising, finally, with -------------------------------------------------------------------


def _is_exception_class(x):
    return isinstance(x, type) and (issubclass(x, BaseException) or is_classic_class(x))


def _is_exception_instance(x):
    return isinstance(x, BaseException) or is_classic_instance(x)


def _fresh(exc):
    """A raise statement starts a new traceback (2.7 does not chain)."""
    try:
        exc.__dict__.pop("__pyctk_tb__", None)
    except AttributeError:
        pass
    return exc


def raise_varargs_27(frame, argc):
    vm = frame.vm
    s = frame.stack
    if argc == 0:
        reraise_handled(vm, TypeError("exceptions must be old-style classes or derived from BaseException, not NoneType"))
    tb = s.pop() if argc == 3 else None
    value = s.pop() if argc >= 2 else None
    kind = s.pop()
    while isinstance(kind, tuple) and kind:
        kind = kind[0]
    if _is_exception_instance(kind):
        if value is not None:
            raise TypeError("instance exception may not have a separate value")
        exc = kind
    elif _is_exception_class(kind):
        if _is_exception_instance(value) and isinstance(value, kind):
            exc = value
        elif value is None:
            exc = kind()
        elif isinstance(value, tuple):
            exc = kind(*value)
        else:
            exc = kind(value)
    else:
        raise TypeError("exceptions must be old-style classes or derived from BaseException, not %s" % _tname(kind))
    exc = host_exception(exc)
    if tb is None:
        _fresh(exc)
    raise exc


def end_finally(frame, arg, pc=None):
    s = frame.stack
    status = s.pop()
    if type(status) is Why:
        why = int(status)
        if why == 0x0008:  # WHY_RETURN
            return unwind_why(frame, why, s.pop())
        if why == 0x0020:  # WHY_CONTINUE
            return unwind_why(frame, why, continue_target=s.pop())
        return unwind_why(frame, why)
    if status is None:
        return None
    if _is_exception_class(status) or isinstance(status, str):
        value = s.pop()
        s.pop()
        return reraise_at(frame, host_exception(value), pc)
    raise SystemError("'finally' pops bad exception")


def with_cleanup(frame, arg):
    s = frame.stack
    u = s.pop()
    if u is None:
        exit_func = s[-1]
        s[-1] = None
        args = (None, None, None)
    elif type(u) is Why:
        if u in (0x0008, 0x0020):
            exit_func = s[-2]
            s[-2] = s[-1]
            s[-1] = u
        else:
            exit_func = s[-1]
            s[-1] = u
        args = (None, None, None)
    else:
        value = s[-1]
        tb = s[-2]
        exit_func = s[-3]
        s[-1] = u
        s[-2] = value
        s[-3] = tb
        args = (u, value, tb)
    result = exit_func(*args)
    if args[0] is not None and result:
        del s[-3:]
        s.append(None)


def return_value_27(frame, arg):
    r = return_value_36(frame, arg)
    if r == RETURN:
        reset_exc_info(frame.vm, frame)
    return r


def never_emitted(frame, arg):
    raise SystemError("STOP_CODE")


# What runtime/fuse.py may do with these inside a superinstruction.
fusable(Global(slow=_global27), load_global_27)
fusable(Call("function", other=_call), call_function_27)  # (frame, func, args, kwargs=None)
fusable(Return(unless=("blocks", "exc_saved")), return_value_27)  # plain when the frame has neither
fusable(CallStar27(), call_function_var)
fusable(EXIT, call_function_kw_27, call_function_var_kw)
fusable(Attr27(), load_attr_27)
fusable(Unpack(sequence_items27), unpack_sequence_27)
fusable(StoreSubscr(store_refused27), store_subscr_27)
fusable(DupTop(), dup_topx)
fusable(
    PLAIN, unary_negative_27, unary_positive_27, unary_invert_27, unary_convert, slice_0, slice_1, slice_2, slice_3,
    store_slice_0, store_slice_1, store_slice_2, store_slice_3, delete_slice_0, delete_slice_1,
    delete_slice_2, delete_slice_3, build_map_27, store_map, load_locals_27,
    print_item, print_item_to, print_newline, print_newline_to, make_function_27, make_closure,
)


# Stack effects as CPython 2.7's compiler counts them (Python/compile.c,
# opcode_stack_effect; checked by tests/test_stack_depth27.py against co_stacksize).
# END_FINALLY and WITH_CLEANUP count their usual case, as CPython's does ("XXX
# sometimes more").
def _nargs(arg):
    """Positional arguments plus two per keyword argument (2.7's NARGS)."""
    return arg % 256 + 2 * (arg // 256)


effect(-4, store_slice_3)
effect(-3, store_slice_1, store_slice_2, delete_slice_3, exec_stmt, store_subscr_27)
fusable(Reraise(-3), end_finally)
effect(-2, slice_3, store_slice_0, delete_slice_1, delete_slice_2, store_map, store_attr_27, print_item_to, build_class_27)
effect(-1, slice_1, slice_2, delete_slice_0, delete_attr_27, print_expr_27, print_item, print_newline_to, with_cleanup)
effect(0, unary_positive_27, unary_negative_27, unary_convert, unary_invert_27, slice_0, load_attr_27, print_newline,
       get_iter_27)
effect(1, build_map_27, load_locals_27)
effect(lambda arg, jump: arg, dup_topx)
effect(lambda arg, jump: 1 - arg, build_set_27)
effect(lambda arg, jump: arg - 1, unpack_sequence_27)
effect(lambda arg, jump: -arg, raise_varargs_27, make_function_27)
effect(lambda arg, jump: -arg - 1, make_closure)
effect(lambda arg, jump: -_nargs(arg) - 1, call_function_var, call_function_kw_27)
effect(lambda arg, jump: -_nargs(arg) - 2, call_function_var_kw)


__all__ = [n for n in dir() if not n.startswith("_")] + ["ClassicRaise"]
