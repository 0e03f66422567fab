"""CPython 2.7's ``hash()`` (64-bit build, hash randomization off, as 2.7 runs by default).

Dict and set iteration order in 2.7 follows from these hashes (see ``slots``), so they
must be 2.7's own, not the host's: the host hashes strings with SipHash (randomized)
and numbers modulo 2**61-1. Values whose 2.7 hash is their address (objects without
``__hash__``, None, functions, classes) get the host's pointer hash, which is 2.7's
formula on another address: such orders are arbitrary natively too.
"""

from __future__ import annotations

import math
import types

from pyctk.runtime.py27.kinds import Long27, Unicode27

_M64 = (1 << 64) - 1
_LONG_MAX = (1 << 63) - 1


def _signed(x: int) -> int:
    x &= _M64
    return x - (1 << 64) if x > _LONG_MAX else x


def _fix(x: int) -> int:
    return -2 if x == -1 else x


def hash_long(v: int) -> int:
    """``long_hash``: |v| modulo ULONG_MAX, signed back, -1 made -2. Equal to the int's
    hash for values within a C long."""
    if -_LONG_MAX - 1 <= v <= _LONG_MAX:
        return -2 if v == -1 else v
    a = abs(v)
    digits = []
    while a:
        digits.append(a & 0x3FFFFFFF)  # 30-bit digits, as 64-bit builds store longs
        a >>= 30
    x = 0
    for digit in reversed(digits):
        x = ((x >> 34) | (x << 30)) & _M64
        x += digit
        if x > _M64:
            x = (x & _M64) + 1
    if v < 0:
        x = -x
    return _fix(_signed(x))


def hash_float(v: float) -> int:
    if math.isnan(v):
        return 0
    if math.isinf(v):
        return 314159 if v > 0 else -271828
    frac, intpart = math.modf(v)
    if frac == 0.0:
        if intpart > _LONG_MAX / 2 or -intpart > _LONG_MAX / 2:
            return hash_long(int(intpart))
        return _fix(int(intpart))
    m, expo = math.frexp(v)
    m *= 2147483648.0
    hipart = int(m)
    m = (m - hipart) * 2147483648.0
    return _fix(_signed(hipart + int(m) + (expo << 15)))


_text_cache: dict = {}


def hash_text(s: str) -> int:
    """``string_hash`` (bytes) and ``unicode_hash`` (UCS-4 units): the same loop, so an
    ASCII str and its unicode hash alike, as 2.7 requires."""
    try:
        return _text_cache[s]
    except KeyError:
        pass
    n = len(s)
    if n == 0:
        return 0
    x = (ord(s[0]) << 7) & _M64
    for ch in s:
        x = ((1000003 * x) & _M64) ^ ord(ch)
    x ^= n
    h = _fix(_signed(x))
    if len(_text_cache) > 50000:
        _text_cache.clear()
    _text_cache[s] = h
    return h


def hash_tuple(t) -> int:
    x = 0x345678
    mult = 1000003
    n = len(t)
    for item in t:
        n -= 1
        x = ((x ^ hash27(item)) * mult) & _M64
        mult = (mult + 82520 + n + n) & _M64
    x = (x + 97531) & _M64
    return _fix(_signed(x))


def hash_frozenset(s, entries=None) -> int:
    """``frozenset_hash``: independent of order; ``entries`` are the members' hashes."""
    if entries is None:
        entries = [hash27(k) for k in s]
    h = (1927868237 * (len(entries) + 1)) & _M64
    for e in entries:
        e &= _M64
        h ^= (((e ^ (e << 16) ^ 89869747) & _M64) * 3644798167) & _M64
    h = (h * 69069 + 907133923) & _M64
    h = _signed(h)
    return 590923713 if h == -1 else h


UNHASHABLE_SLICE = "unhashable type"  # slice_hash's words, which name no type


def _unhashable(obj):
    return TypeError("unhashable type: '%s'" % type(obj).__name__)


def hash27(obj) -> int:
    """2.7's ``hash(obj)``."""
    tp = type(obj)
    if tp is int:
        return hash_long(obj)
    if tp is str or tp is Unicode27:
        return hash_text(obj)
    if tp is Long27:
        return hash_long(obj)
    if tp is bool:
        return int(obj)
    if tp is float:
        return hash_float(obj)
    if tp is tuple:
        return hash_tuple(obj)
    if tp is frozenset:
        return hash_frozenset(obj)
    table = getattr(obj, "_s", None) if isinstance(obj, frozenset) else None
    if table is not None:
        return hash_frozenset(obj, table.live_hashes())
    if tp is complex:
        h = (hash_float(obj.real) + 1000003 * hash_float(obj.imag)) & _M64
        return _fix(_signed(h))
    if tp is slice:  # (3.12+ hosts hash slices)
        raise TypeError(UNHASHABLE_SLICE)
    if tp is types.MethodType:  # instancemethod_hash: its self's and its function's
        return _fix(_signed(hash27(obj.__self__) ^ hash27(obj.__func__)))
    if tp is types.BuiltinMethodType and not isinstance(obj.__self__, types.ModuleType):
        hash27(obj.__self__)  # (meth_hash hashes its self: a list's append is unhashable)
    method = getattr(tp, "__hash__", None)
    if method is None:
        raise _unhashable(obj)
    if isinstance(method, types.FunctionType):
        result = method(obj)
        if isinstance(result, int):
            return hash_long(int(result))
        raise TypeError("an integer is required")
    if isinstance(obj, (str, int, float, tuple)):
        # a subclass without a Python-level __hash__: its base type's hash
        for base, fn in ((str, hash_text), (int, hash_long), (float, hash_float), (tuple, hash_tuple)):
            if isinstance(obj, base):
                return fn(obj)
    return hash(obj)
