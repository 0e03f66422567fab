"""What newer versions' built-in types and C modules have that an older host lacks,
written from CPython's C code with its messages: a guest of that version gets these where
the host has none (``apisurface.py`` decides, from the recorded surfaces, which names the
guest's version has and the host lacks; exception groups and ``add_note`` are
``hostcompat.py``'s).

- ``itertools.batched`` (3.12; its ``strict`` keyword 3.13), ``math.cbrt``/``math.exp2``
  (3.11), ``math.sumprod`` (3.12), ``math.fma`` (3.13), ``operator.call`` (3.11),
  ``datetime.UTC`` (3.11);
- ``int.is_integer`` (3.12), ``TypeVar.__default__``/``has_default()`` (3.13).
"""

from __future__ import annotations

import math
import types
from fractions import Fraction

from pyctk.runtime import hostcompat

# -- math ---------------------------------------------------------------------------------


def _real(x) -> float:
    """PyFloat_AsDouble as math's functions use it: floats, __float__, __index__."""
    if type(x) is float:
        return x
    tp = type(x)
    if hasattr(tp, "__float__"):
        return float(x)
    if hasattr(tp, "__index__"):
        return float(x.__index__())
    raise TypeError(f"must be real number, not {tp.__name__}")


_libm = None


def _libm_function(name):
    """The C library's own function (cbrt, exp2): bit for bit what CPython calls."""
    global _libm
    if _libm is None:
        import ctypes

        try:
            _libm = ctypes.CDLL("libm.so.6")
        except OSError:
            _libm = ctypes.CDLL(None)
        for fname in ("cbrt", "exp2"):
            f = getattr(_libm, fname, None)
            if f is not None:
                f.restype = ctypes.c_double
                f.argtypes = (ctypes.c_double,)
    return getattr(_libm, name, None)


def cbrt(x, /):
    """Return the cube root of x."""
    x = _real(x)
    f = _libm_function("cbrt")
    if f is not None:
        return f(x)
    if not math.isfinite(x) or x == 0.0:
        return x
    y = math.copysign(abs(x) ** (1.0 / 3.0), x)
    return y - (y * y * y - x) / (3.0 * y * y)


def exp2(x, /):
    """Return 2 raised to the power x."""
    x = _real(x)
    f = _libm_function("exp2")
    r = f(x) if f is not None else 2.0 ** x
    if math.isinf(r) and math.isfinite(x):
        raise OverflowError("math range error")
    return r


_END = object()
_EXACT = (int, bool, float)


def sumprod(p, q, /):
    """Return the sum of products of values from two iterables p and q.

    Roughly equivalent to:

        sum(map(operator.mul, p, q, strict=True))

    For float and mixed int/float inputs, the intermediate products
    and sums are computed with extended precision.
    """
    p_it, q_it = iter(p), iter(q)
    pairs = []
    while True:
        a = next(p_it, _END)
        b = next(q_it, _END)
        if a is _END or b is _END:
            if a is not b:
                raise ValueError("Inputs are not the same length")
            break
        pairs.append((a, b))
    if all(type(a) in _EXACT and type(b) in _EXACT for a, b in pairs):
        if all(type(a) is not float and type(b) is not float for a, b in pairs):
            return sum(a * b for a, b in pairs)
        if all(math.isfinite(a) and math.isfinite(b) for a, b in pairs):
            # Extended precision: exact, then rounded once (what 3.12's triple-length sum gives).
            return float(sum(Fraction(a) * Fraction(b) for a, b in pairs))
    total = 0
    for a, b in pairs:
        total = total + a * b
    return total


def fma(x, y, z, /):
    """Fused multiply-add operation.

    Compute (x * y) + z with a single round.
    """
    x, y, z = _real(x), _real(y), _real(z)
    if not (math.isfinite(x) and math.isfinite(y) and math.isfinite(z)):
        r = x * y + z
        if math.isnan(r) and not (math.isnan(x) or math.isnan(y) or math.isnan(z)):
            raise ValueError("invalid operation in fma")
        return r
    exact = Fraction(x) * Fraction(y) + Fraction(z)
    try:
        r = float(exact)
    except OverflowError:
        raise OverflowError("overflow in fma") from None
    if math.isinf(r):
        raise OverflowError("overflow in fma")
    return r if r or exact >= 0 else -0.0


# -- itertools.batched ----------------------------------------------------------------------


def make_batched(with_strict: bool):
    """``itertools.batched`` as 3.12 (``with_strict`` False) or 3.13 gives it."""

    class batched:
        __slots__ = ("_it", "_n", "_strict")
        __module__ = "itertools"

        def __new__(cls, *args, **kwargs):
            bound = _bind_clinic("batched", ("iterable", "n", "strict") if with_strict else ("iterable", "n"),
                                 2, args, kwargs)
            n = bound["n"]
            if not hasattr(type(n), "__index__"):
                raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
            n = n.__index__()
            if n < 1:
                raise ValueError("n must be at least one")
            self = object.__new__(cls)
            self._it = iter(bound["iterable"])
            self._n = n
            self._strict = bool(bound.get("strict", False))
            return self

        def __iter__(self):
            return self

        def __next__(self):
            it = self._it
            if it is None:
                raise StopIteration
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == self._n:
                    return tuple(batch)
            self._it = None
            if not batch:
                raise StopIteration
            if self._strict:
                raise ValueError("batched(): incomplete batch")
            return tuple(batch)

    batched.__qualname__ = "batched"
    batched.__doc__ = "Batch data into tuples of length n. The last batch may be shorter than n."
    return batched


def _bind_clinic(fname, names, npos, args, kwargs) -> dict:
    """Arguments bound as Argument Clinic's ``_PyArg_UnpackKeywords`` binds them (its
    messages, in its order): ``npos`` required positional-or-keyword parameters, the rest
    keyword-only and optional."""
    total = len(args) + len(kwargs)
    if total > len(names):
        kind = "keyword " if not args else ""
        raise TypeError(f"{fname}() takes at most {len(names)} {kind}arguments ({total} given)")
    if len(args) > npos:
        raise TypeError(f"{fname}() takes exactly {npos} positional arguments ({len(args)} given)")
    bound = dict(zip(names, args))
    rest = dict(kwargs)
    for pos, key in enumerate(names[len(args):], len(args) + 1):
        if key in rest:
            bound[key] = rest.pop(key)
        elif pos <= npos:
            raise TypeError(f"{fname}() missing required argument '{key}' (pos {pos})")
    for key in rest:
        if key in bound:
            raise TypeError(f"argument for {fname}() given by name ('{key}') and position ({names.index(key) + 1})")
        raise TypeError(f"{fname}() got an unexpected keyword argument '{key}'")
    return bound


def _host_batched_has_strict(batched) -> bool:
    try:
        batched((), 1, strict=False)
    except TypeError:
        return False
    return True


# -- operator.call, datetime.UTC -----------------------------------------------------------


def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


def _utc():
    import datetime

    return datetime.timezone.utc


# Names of C modules a newer version has, by module: a function that makes the value.
MODULE_NAMES = {
    "math": {"cbrt": lambda: cbrt, "exp2": lambda: exp2, "sumprod": lambda: sumprod, "fma": lambda: fma},
    "itertools": {"batched": lambda: make_batched(False)},
    "_operator": {"call": lambda: call},
    "operator": {"call": lambda: call, "__call__": lambda: call},
    "_datetime": {"UTC": _utc},
    # 3.11 renamed 3.10's private _get_locale_encoding
    "_locale": {"getencoding": lambda: __import__("_locale")._get_locale_encoding},
}


def module_additions(name, host_module, version_names) -> dict:
    """What ``version_names`` (the guest's version's names of module ``name``) have and
    the host's module lacks, where pyctk has it; and ``batched`` with the version's
    keywords (3.13's ``strict``) where the host's takes others."""
    made = {}
    for key, make in MODULE_NAMES.get(name, {}).items():
        if key in version_names and not hasattr(host_module, key):
            made[key] = make()
    return made


def batched_for(version_has_strict: bool, host_module):
    """The guest's ``itertools.batched`` when the host's takes other keywords, else None."""
    host = getattr(host_module, "batched", None)
    if host is not None and _host_batched_has_strict(host) == version_has_strict:
        return None
    return make_batched(version_has_strict)


# -- attributes of built-in types --------------------------------------------------------


def _int_is_integer(self, /):
    """Returns True. Exists for duck type compatibility with float.is_integer."""
    return True


_int_is_integer.__name__ = "is_integer"
_int_is_integer.__qualname__ = "int.is_integer"


def _object_getstate(self, /):
    """Helper for pickle."""
    # object_getstate_default (3.11, not required): the instance dict if not empty, and
    # the values of the slots copyreg lists, as (dict or None, slots).
    own = getattr(self, "__dict__", None)
    state = own if type(own) is dict and own else None
    import copyreg

    slots = {}
    for name in copyreg._slotnames(type(self)):
        try:
            slots[name] = getattr(self, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


_object_getstate.__name__ = "__getstate__"
_object_getstate.__qualname__ = "object.__getstate__"


class _NoDefaultType:
    """The type of the NoDefault singleton."""

    __slots__ = ()

    def __repr__(self):
        return "typing.NoDefault"

    def __reduce__(self):
        return "NoDefault"


NoDefault = _NoDefaultType()


def _has_no_default(self, /):
    return False


_has_no_default.__name__ = "has_default"

_TYPE_PARAMS = frozenset({"TypeVar", "ParamSpec", "TypeVarTuple"})


def type_attribute(obj, key):
    """``obj.key`` for a name the guest's version has on a built-in type and the host
    lacks, or AttributeError."""
    if key == "__getstate__":
        return _object_getstate if isinstance(obj, type) else types.MethodType(_object_getstate, obj)
    if key == "is_integer" and isinstance(obj, int):
        return types.MethodType(_int_is_integer, obj)
    if key == "is_integer" and isinstance(obj, type) and issubclass(obj, int):
        return _int_is_integer
    if type(obj).__name__ in _TYPE_PARAMS and type(obj).__module__ in ("typing", "typing_extensions"):
        if key == "__default__":
            return NoDefault
        if key == "has_default":
            return types.MethodType(_has_no_default, obj)
    return hostcompat.attribute_fallback(obj, key)


# Per type: the names type_attribute can give (the version's surface says which it has).
TYPE_NAMES = {int: ("is_integer",), BaseException: ("add_note",), object: ("__getstate__",)}
# Names of typing's type parameters a version has (the opset fact ``typevar_defaults``, 3.13).
TYPEVAR_DEFAULT_NAMES = ("__default__", "has_default")


def host_has_typevar_defaults() -> bool:
    # 3.12+ hosts' TypeVar is _typing's (C); older hosts' is typing.py's, with no defaults.
    # (Importing typing here would cost every run of a 3.13 guest ~5 ms.)
    try:
        import _typing
    except ImportError:  # 3.10
        return False
    typevar = getattr(_typing, "TypeVar", None)
    return typevar is not None and hasattr(typevar("T"), "__default__")


# -- builtins -------------------------------------------------------------------------------


def _define_313_exceptions():
    class PythonFinalizationError(RuntimeError):
        """Operation blocked during Python finalization."""

        __slots__ = ()

    class _IncompleteInputError(SyntaxError):
        """incomplete input."""

        __slots__ = ()

    made = {}
    for cls in (PythonFinalizationError, _IncompleteInputError):
        cls.__module__ = "builtins"
        cls.__qualname__ = cls.__name__
        made[cls.__name__] = cls
    return made


_BUILTINS = {}


def builtin_additions(version_names, table) -> dict:
    """Builtins of the guest's version that the host lacks (3.13's new exceptions)."""
    wanted = [n for n in ("PythonFinalizationError", "_IncompleteInputError") if n in version_names and n not in table]
    if wanted and not _BUILTINS:
        _BUILTINS.update(_define_313_exceptions())
    return {n: _BUILTINS[n] for n in wanted}


# -- keyword arguments a newer version's methods and functions take -----------------------


def _to_bytes(self, /, length=1, byteorder="big", *, signed=False):
    """Return an array of bytes representing an integer."""
    return int.to_bytes(self, length, byteorder, signed=signed)


def _from_bytes(cls, /, bytes, byteorder="big", *, signed=False):  # noqa: A002 - CPython's name
    """Return the integer represented by the given array of bytes."""
    return _HOST_FROM_BYTES.__get__(None, cls)(bytes, byteorder, signed=signed)


_HOST_FROM_BYTES = int.__dict__["from_bytes"]


def _replace(self, old, new, /, count=-1):
    """Return a copy with all occurrences of substring old replaced by new."""
    return str.replace(self, old, new, count)


def _nextafter(x, y, /, *, steps=None):
    """Return the floating-point value the given number of steps after x towards y."""
    if steps is None:
        return math.nextafter(x, y)
    if not hasattr(type(steps), "__index__"):
        raise TypeError(f"'{type(steps).__name__}' object cannot be interpreted as an integer")
    steps = steps.__index__()
    if steps < 0:
        raise ValueError("steps must be a non-negative integer")
    x, y = _real(x), _real(y)
    for _ in range(steps):
        if x == y:
            break
        x = math.nextafter(x, y)
    return x


for _f, _name, _qual in ((_to_bytes, "to_bytes", "int.to_bytes"), (_from_bytes, "from_bytes", "int.from_bytes"),
                         (_replace, "replace", "replace"), (_nextafter, "nextafter", "nextafter")):
    _f.__name__, _f.__qualname__ = _name, _qual


def _to_bytes_required(self, /, *args, **kwargs):
    """Return an array of bytes representing an integer."""
    bound = _bind_clinic("to_bytes", ("length", "byteorder", "signed"), 2, args, kwargs)
    return int.to_bytes(self, bound["length"], bound["byteorder"], signed=bound.get("signed", False))


def _from_bytes_required(cls, /, *args, **kwargs):
    """Return the integer represented by the given array of bytes."""
    bound = _bind_clinic("from_bytes", ("bytes", "byteorder", "signed"), 2, args, kwargs)
    return _HOST_FROM_BYTES.__get__(None, cls)(bound["bytes"], bound["byteorder"], signed=bound.get("signed", False))


def _nextafter_positional(*args, **kwargs):
    """Return the next floating-point value after x towards y."""
    if kwargs:
        raise TypeError("math.nextafter() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError(f"nextafter expected 2 arguments, got {len(args)}")
    return math.nextafter(*args)


for _f, _name, _qual in ((_to_bytes_required, "to_bytes", "int.to_bytes"),
                         (_from_bytes_required, "from_bytes", "int.from_bytes"),
                         (_nextafter_positional, "nextafter", "nextafter")):
    _f.__name__, _f.__qualname__ = _name, _qual


def _host_takes(call) -> bool:
    try:
        call()
    except TypeError:
        return False
    return True


def _takes_no_length():
    return _host_takes(lambda: (1).to_bytes())


def _takes_no_byteorder():
    return _host_takes(lambda: int.from_bytes(b"\1"))


def _takes_steps():
    return _host_takes(lambda: math.nextafter(1.0, 2.0, steps=1))


# A version's own form of a built-in type's method whose arguments differ between versions:
# (name, form) -> (type, function, whether a class method, the host's test, the form's answer).
# The version's fact ``method_overrides`` (name -> form) says which is its; it replaces the
# host's where the host's test answers otherwise.
METHOD_FORMS = {
    ("to_bytes", "required"): (int, _to_bytes_required, False, _takes_no_length, False),  # to 3.10
    ("to_bytes", "defaults"): (int, _to_bytes, False, _takes_no_length, True),  # 3.11: length=1, byteorder='big'
    ("from_bytes", "required"): (int, _from_bytes_required, True, _takes_no_byteorder, False),
    ("from_bytes", "defaults"): (int, _from_bytes, True, _takes_no_byteorder, True),
    ("replace", "count"): (str, _replace, False, lambda: _host_takes(lambda: "a".replace("a", "b", count=1)), True),
}
# The same for functions of C modules: (module, name, form) -> (function, host test, answer).
MODULE_FORMS = {
    ("math", "nextafter", "positional"): (_nextafter_positional, _takes_steps, False),  # 3.9-3.11
    ("math", "nextafter", "steps"): (_nextafter, _takes_steps, True),  # 3.12: steps=
}


def method_overrides(forms) -> dict:
    """Of ``forms`` (the version's fact: method name -> its form), those this host's
    method differs from: name -> (type, function, classmethod?)."""
    made = {}
    for name, form in dict(forms).items():
        tp, function, is_classmethod, test, answer = METHOD_FORMS[(name, form)]
        if test() != answer:
            made[name] = (tp, function, is_classmethod)
    return made


def module_overrides(name, forms) -> dict:
    """Functions of module ``name`` whose form (the version's fact: (module, function) ->
    form) this host's differs from."""
    made = {}
    for (module, key), form in dict(forms).items():
        if module == name:
            function, test, answer = MODULE_FORMS[(module, key, form)]
            if test() != answer:
                made[key] = function
    return made
