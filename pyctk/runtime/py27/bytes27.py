"""2.7's rules for what a ``bytearray``, a ``memoryview`` and a ``str`` method take.

A 2.7 ``str`` is held as a host ``str`` (``kinds``), which the host's ``bytearray`` and
``memoryview`` refuse where 2.7's take it: 2.7's bytearray reads its arguments through the
buffer API (``_getbuffer``: a ``str``, ``bytearray``, ``memoryview`` or ``buffer`` has it,
a ``unicode`` or a number does not: ``Type int doesn't support the buffer API``) or as one
byte (``_getbytevalue``: an integer, or a ``str`` of size 1). Here are those readings and
the bytearray methods and operators built on them; the 2.7 handlers call the operator
rules only on their error paths or for a ``bytearray`` operand.
"""

from __future__ import annotations

import functools
import operator

from pyctk.runtime.py27.classes import is_classic_instance
from pyctk.runtime.py27.kinds import Long27, Unicode27, c_int27, str_decode

_IMMUTABLETYPE = 1 << 8  # (3.10+: every C type, no class a class statement made)


def tp_name27(obj) -> str:
    """The C ``tp_name`` 2.7 prints for ``obj``'s type (``array.array``, ``instance``)."""
    if is_classic_instance(obj):
        return "instance"
    from pyctk.runtime.py27.containers27 import GUEST_TYPE

    tp = type(obj)
    tp = GUEST_TYPE.get(tp, tp)
    if tp is Long27:
        return "long"
    if tp is Unicode27:
        return "unicode"
    module = getattr(tp, "__module__", "builtins")
    if tp.__flags__ & _IMMUTABLETYPE and module != "builtins":  # a C type of a module (no class statement's)
        return "%s.%s" % (module, tp.__name__)
    return tp.__name__


def _buffer_class():
    from pyctk.runtime.py27.builtins27 import buffer

    return buffer


def has_buffer27(obj) -> bool:
    """Whether ``obj`` has 2.7's (new-style) buffer API."""
    if isinstance(obj, str):
        return not isinstance(obj, Unicode27)
    return isinstance(obj, (bytes, bytearray, memoryview, _buffer_class()))


def buffer_bytes27(obj):
    """``obj``'s bytes as 2.7's bytearray reads them (``_getbuffer``)."""
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return obj
    if isinstance(obj, str) and not isinstance(obj, Unicode27):
        return str.__str__(obj).encode("latin-1")
    if isinstance(obj, _buffer_class()):
        return str(obj).encode("latin-1")
    raise TypeError("Type %s doesn't support the buffer API" % tp_name27(obj))


def byte_value27(obj) -> int:
    """One byte as 2.7 reads it (``_getbytevalue``): an integer, or an exact ``str`` of size 1."""
    if type(obj) is str:
        if len(obj) != 1:
            raise ValueError("string must be of size 1")
        return ord(obj)
    if not isinstance(obj, int):
        try:
            obj = operator.index(obj)
        except TypeError:
            raise TypeError("an integer or string of size 1 is required") from None
    if not 0 <= obj < 256:
        raise ValueError("byte must be in range(0, 256)")
    return int(obj)


# -- operators (the 2.7 handlers' error paths, or a bytearray operand) ---------------------------


def bytearray_contains27(container, item):
    """``item in bytearray``: an integer in range(256) (by ``__index__``), else a value
    with the buffer API searched for as a subsequence."""
    try:
        value = operator.index(item)
    except TypeError:
        value = None
    if value is not None:
        if -(1 << 63) <= value < 1 << 63:  # else 2.7's Py_ssize_t overflows: read as a buffer
            if not 0 <= value < 256:
                raise ValueError("byte must be in range(0, 256)")
            return value in container
    return buffer_bytes27(item) in container


def bytearray_mod27(a, b):
    """2.7's bytearray has no ``%``: the right operand's ``__rmod__`` (a class's own), or
    the unsupported operand error."""
    rmod = getattr(type(b), "__rmod__", None)
    if rmod is not None and rmod not in _HOST_RMODS:
        result = rmod(b, a)
        if result is not NotImplemented:
            return result
    raise TypeError("unsupported operand type(s) for %%: '%s' and '%s'" % (tp_name27(a), tp_name27(b)))


# The host's own ``__rmod__`` (a str's or bytearray's would format the bytearray).
_HOST_RMODS = frozenset(tp.__rmod__ for tp in (str, bytes, bytearray, int, float, Long27, Unicode27))


def bytearray_concat27(a, b, inplace):
    """``bytearray + x`` / ``bytearray += x``: any value with the buffer API."""
    try:
        data = buffer_bytes27(b)
    except TypeError:
        if inplace:
            raise TypeError("can't concat %s to %s" % (tp_name27(b), tp_name27(a))) from None
        raise TypeError("can't concat %s to %s" % (tp_name27(a), tp_name27(b))) from None
    if inplace:
        a += data
        return a
    return a + data


def unicode_concat27(a, b):
    """``unicode + x`` where the host found no ``+``: 2.7 coerces ``x`` to unicode
    (``PyUnicode_FromObject``): a ``buffer``'s bytes decoded as ASCII, not a bytearray's."""
    if isinstance(b, bytearray):
        raise TypeError("decoding bytearray is not supported")
    if not isinstance(b, _buffer_class()):
        raise TypeError("coercing to Unicode: need string or buffer, %s found" % tp_name27(b))
    return a + str_decode(str(b))


def store_item27(container, key, value):
    """``bytearray[i] = 'a'`` and ``memoryview[i] = 'a'`` (what the host refused)."""
    if isinstance(container, bytearray):
        if isinstance(key, slice):
            if isinstance(value, (int, float, complex, Unicode27)):
                raise TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            if has_buffer27(value):
                container[key] = buffer_bytes27(value)
            else:  # (2.7 makes a bytearray of it first)
                container[key] = bytes(byte_value27(x) for x in value)
        else:
            container[key] = byte_value27(value)
        return True
    if isinstance(container, memoryview):
        if container.readonly:  # (2.7 checks this before the value)
            raise TypeError("cannot modify read-only memory")
        if not has_buffer27(value):
            raise TypeError("'%s' does not have the buffer interface" % tp_name27(value))
        data = bytes(buffer_bytes27(value))
        if isinstance(key, slice):
            if key.step not in (None, 1):  # (2.7's memoryview has only simple slices)
                raise NotImplementedError()
            if len(data) != len(container[key]):
                raise ValueError("cannot modify size of memoryview object")
            container[key] = data
        else:
            if len(data) != 1:
                raise ValueError("cannot modify size of memoryview object")
            container[key] = data[0]
        return True
    return False


def memoryview27(obj):
    """2.7's ``memoryview(x)``: a ``str`` or ``buffer`` has the buffer API."""
    if isinstance(obj, str) and not isinstance(obj, Unicode27) or isinstance(obj, _buffer_class()):
        return memoryview(buffer_bytes27(obj))
    return memoryview(obj)


# -- bytearray's methods -------------------------------------------------------------------------
# Each with 2.7's arity (its words from the arity table, messages.arity_words). 2.7 parses
# the slice indices and counts before it reads a buffer: with a value that has none, the
# host is called with an empty one first, so that their errors come first.


def _named(name, fn):
    fn.__name__ = fn.__qualname__ = name
    return fn


def _finder(name):
    host = getattr(bytearray, name)

    def method(self, sub, start=None, end=None, /):
        if not has_buffer27(sub):
            host(self, b"", start, end)
        return host(self, buffer_bytes27(sub), start, end)

    return _named(name, method)


def _indexer(name):
    host = getattr(bytearray, name)

    def method(self, sub, start=None, end=None, /):
        if not has_buffer27(sub):
            host(self, b"", start, end)
        try:
            return host(self, buffer_bytes27(sub), start, end)
        except ValueError:
            raise ValueError("subsection not found") from None

    return _named(name, method)


def _tailmatch(name):
    host = getattr(bytearray, name)

    def method(self, prefix, start=None, end=None, /):
        try:
            prefix = tuple(buffer_bytes27(x) for x in prefix) if type(prefix) is tuple else buffer_bytes27(prefix)
        except TypeError:
            host(self, b"", start, end)
            raise
        return host(self, prefix, start, end)

    return _named(name, method)


def _splitter(name):
    host = getattr(bytearray, name)

    def method(self, sep=None, maxsplit=-1, /):
        if sep is None:
            return host(self, None, maxsplit)
        if not has_buffer27(sep):
            host(self, None, maxsplit)
        return host(self, buffer_bytes27(sep), maxsplit)

    return _named(name, method)


def _stripper(name):
    host = getattr(bytearray, name)

    def method(self, chars=None, /):
        return host(self, None if chars is None else buffer_bytes27(chars))

    return _named(name, method)


def _partitioner(name):
    host = getattr(bytearray, name)

    def method(self, sep, /):
        if not has_buffer27(sep):
            raise TypeError("'%s' does not have the buffer interface" % tp_name27(sep))
        return host(self, buffer_bytes27(sep))

    return _named(name, method)


def _padder(name):
    host = getattr(bytearray, name)

    def method(self, width, fillchar=" ", /):
        if not isinstance(fillchar, str) or isinstance(fillchar, Unicode27) or len(fillchar) != 1:
            host(self, width)  # (the width's errors first)
            shown = "None" if fillchar is None else tp_name27(fillchar)
            raise TypeError("%s() argument 2 must be char, not %s" % (name, shown))
        return host(self, width, str.__str__(fillchar).encode("latin-1"))

    return _named(name, method)


def _replace(self, old, new, count=-1, /):
    if not has_buffer27(old) or not has_buffer27(new):
        self.replace(b"", b"", count)
    return self.replace(buffer_bytes27(old), buffer_bytes27(new), count)


def _append(self, item, /):
    self.append(byte_value27(item))


def _remove(self, value, /):
    self.remove(byte_value27(value))


def _insert(self, index, item, /):
    if not isinstance(index, int):
        try:
            index = operator.index(index)
        except TypeError:
            raise TypeError("an integer is required") from None
    self.insert(index, byte_value27(item))


def _extend(self, iterable, /):
    if has_buffer27(iterable):
        self.extend(buffer_bytes27(iterable))
        return
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("'%s' object is not iterable" % tp_name27(iterable)) from None
    self.extend(bytes(byte_value27(x) for x in it))


def _join(self, iterable, /):
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("can only join an iterable") from None
    parts = []
    for i, x in enumerate(it):  # 2.7 joins only a str or bytearray
        if not isinstance(x, (bytearray, bytes)) and not (isinstance(x, str) and not isinstance(x, Unicode27)):
            raise TypeError("can only join an iterable of bytes (item %d has type '%s')" % (i, tp_name27(x)))
        parts.append(buffer_bytes27(x))
    return bytearray(bytes(self).join(parts))


def _translate(self, table, deletechars=None, /):
    if table is not None:
        table = buffer_bytes27(table)
    if deletechars is None:
        return self.translate(table)
    return self.translate(table, buffer_bytes27(deletechars))


def bytearray_methods27():
    """{name: fn(self, *args)}: bytearray's methods as 2.7 reads their arguments."""
    methods = {}
    for names, make in ((("count", "find", "rfind"), _finder), (("index", "rindex"), _indexer),
                        (("startswith", "endswith"), _tailmatch), (("split", "rsplit"), _splitter),
                        (("strip", "lstrip", "rstrip"), _stripper), (("partition", "rpartition"), _partitioner),
                        (("center", "ljust", "rjust"), _padder)):
        for name in names:
            methods[name] = make(name)
    for fn in (_replace, _append, _remove, _insert, _extend, _join, _translate, _splitlines):
        name = fn.__name__.lstrip("_")
        methods[name] = _named(name, fn)
    return methods


def _splitlines(b, keepends=0, /):
    return bytearray.splitlines(b, c_int27(keepends) != 0)  # ("|i:splitlines", as str's)


# -- str's methods -------------------------------------------------------------------------------


def char_buffer27(value):
    """A ``translate`` table or deletions as 2.7 reads them (``PyObject_AsCharBuffer``)."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")
    if isinstance(value, str):
        return value
    if isinstance(value, _buffer_class()):
        return str(value)
    raise TypeError("expected a string or other character buffer object")


def fromhex27(cls):
    """``float.fromhex`` (through the class or an instance): a ``str`` or ``unicode`` only."""
    host = cls.fromhex

    @functools.wraps(host)
    def fromhex(*args, **kwargs):
        if len(args) == 1 and not kwargs and not isinstance(args[0], str):
            raise TypeError("expected string or Unicode object, %s found" % tp_name27(args[0]))
        return host(*args, **kwargs)  # (the host's arity error, as the host words it for rewording)

    return fromhex
