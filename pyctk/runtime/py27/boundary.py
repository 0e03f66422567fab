"""Where a 2.7 guest's values meet the host's library: conversions at the call.

A 2.7 ``str`` is held as a host ``str`` of one code point per byte (``pyctk.runtime.py27.kinds``),
so host functions that take bytes refuse it, and host functions give back ``bytes``,
``str`` and ``int`` where 2.7 gave ``str``, ``unicode`` and ``long``. Rather than one
special case per call site, the guest's view of a host module is a proxy whose
callables convert at the boundary under one of two policies:

- ``bytes_callable``: the function takes bytes (hashing, compression, ``binascii``,
  ``base64``, ``io.BytesIO``, sockets): a 2.7 ``str`` goes in as its bytes, a
  ``unicode`` as its ASCII encoding (2.7's implicit conversion), and ``bytes`` come
  back as 2.7 ``str``.
- ``path_callable``: the function takes text or bytes, as ``os`` and ``os.path`` do: a
  2.7 ``str`` goes in as its bytes and the result comes back as ``str``; given a
  ``unicode`` (any ``str`` among the arguments decoded as ASCII, as 2.7 does) the
  result is ``unicode``.

Objects the host functions return (hash objects, compressors, ``BytesIO``, sockets,
``re`` patterns and matches) are the host's own, so host library code handed them sees
no difference; the guest's attribute reads of their methods go through overlays
(``attrs.OVERLAYS``) that convert in the same way.
"""

from __future__ import annotations

import array
import hashlib
import io
import re
import socket
import types
import zlib

from pyctk.runtime.py27.attrs import _method, overlay
from pyctk.runtime.py27.bytes27 import bytearray_methods27
from pyctk.runtime.py27.kinds import Long27, Unicode27

MAXINT = (1 << 63) - 1


# -- values -------------------------------------------------------------------------------------


def arg_bytes(value):
    """A guest argument as the bytes 2.7 would have read from it."""
    tp = type(value)
    if tp is str:
        return value.encode("latin-1")
    if tp is Unicode27:
        from pyctk.runtime.py27.values import encode_ascii

        return encode_ascii(value).encode("latin-1")
    return value


def guest_value(value):
    """A host result as 2.7 gives it: ``bytes`` are ``str``, big ints are ``long``;
    inside tuples and lists too."""
    tp = type(value)
    if tp is bytes:
        return value.decode("latin-1")
    if tp is int:
        return Long27(value) if value > MAXINT or value < -MAXINT - 1 else value
    if tp is tuple:
        return tuple(guest_value(x) for x in value)
    if tp is list:
        return [guest_value(x) for x in value]
    return value


def bytearray_add(a, b):
    """2.7's ``str + bytearray`` (and the reverse): a bytearray; None for other operands."""
    if isinstance(a, bytearray):
        from pyctk.runtime.py27.bytes27 import bytearray_concat27

        return bytearray_concat27(a, b, False)  # any value with 2.7's buffer API
    if isinstance(a, bytes) and type(b) is str:
        return bytearray(a) + arg_bytes(b)
    if type(a) is str and isinstance(b, (bytearray, bytes)):
        return bytearray(arg_bytes(a)) + b
    return None


def _name_like(wrapper, function, name=None):
    wrapper.__name__ = name or getattr(function, "__name__", "function")
    wrapper.__qualname__ = wrapper.__name__
    wrapper.__doc__ = getattr(function, "__doc__", None)
    wrapper.__wrapped__ = function
    return wrapper


def bytes_callable(function, name=None, result=guest_value):
    """``function`` taking bytes where the guest passes 2.7 strings."""

    def call(*args, **kwargs):
        args = [arg_bytes(a) for a in args]
        if kwargs:
            kwargs = {k: arg_bytes(v) for k, v in kwargs.items()}
        return result(function(*args, **kwargs))

    return _name_like(call, function, name)


def signed32(value):
    """2.7's ``crc32``/``adler32`` give a signed C long's value of the 32-bit checksum."""
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value >= 1 << 31 else value


def _to_host_text(value):
    from pyctk.runtime.py27.values import decode_ascii

    if type(value) is str:
        return decode_ascii(value)
    if type(value) is Unicode27:
        return str.__str__(value)
    return value


def _unicode_result(value):
    return _each_result(value, _unicode_text)


def _bytes_result(value):
    return _each_result(value, _bytes_text)


def _each_result(value, text):
    """A host call's result with ``text`` applied to each string in it, through tuples,
    lists and generators (``os.walk``, ``os.listdir``, ``os.path.split``)."""
    tp = type(value)
    if tp is tuple:
        return tuple(_each_result(x, text) for x in value)
    if tp is list:
        return [_each_result(x, text) for x in value]
    if isinstance(value, types.GeneratorType):
        return (_each_result(x, text) for x in value)
    return text(value)


def _unicode_text(value):
    tp = type(value)
    if tp is str:
        return Unicode27(value)
    if tp is bytes:
        return Unicode27(value.decode("utf-8", "surrogateescape"))
    return value


def _bytes_text(value):
    tp = type(value)
    if tp is bytes:
        return value.decode("latin-1")
    if tp is str:  # no path given (getcwd): the file system's bytes
        return value.encode("utf-8", "surrogateescape").decode("latin-1")
    return value


def _path_error(error):
    """An ``OSError`` naming a path given as bytes names it as the guest's string."""
    for attr in ("filename", "filename2"):
        name = getattr(error, attr, None)
        if type(name) is bytes:
            setattr(error, attr, name.decode("latin-1"))
    return error


def os_error(error):
    """2.7's ``os`` functions raise ``OSError`` itself (the host a subclass by errno)."""
    from pyctk.runtime.py27.builtins27 import OSError27

    if type(error) is OSError or not isinstance(error, OSError):
        return error
    args = (error.errno, error.strerror) if error.filename is None else (error.errno, error.strerror, error.filename)
    return OSError27(*args)


def path_callable(function, name=None):
    """``function`` of ``os``/``os.path``: 2.7 ``str`` in, ``str`` out; ``unicode`` in,
    ``unicode`` out."""

    def call(*args, **kwargs):
        values = list(args) + list(kwargs.values())
        if any(type(v) is Unicode27 for v in values):
            convert, result = _to_host_text, _unicode_result
        else:
            convert, result = arg_bytes, _bytes_result
        args = [convert(a) for a in args]
        kwargs = {k: convert(v) for k, v in kwargs.items()}
        try:
            return result(function(*args, **kwargs))
        except OSError as e:
            raise os_error(_path_error(e)) from None

    return _name_like(call, function, name)


def text_callable(function, name=None):
    """A host function of text whose results are ``unicode`` when it was given one."""

    def call(*args, **kwargs):
        result = function(*args, **kwargs)
        if any(type(v) is Unicode27 for v in args) or any(type(v) is Unicode27 for v in kwargs.values()):
            return _unicode_result(result)
        return guest_value(result)

    return _name_like(call, function, name)


def adapt_module(module, wrap, names=None, skip=()):
    """{name: wrapped} for the public callables of ``module`` (classes left alone)."""
    out = {}
    for name in names if names is not None else dir(module):
        if name.startswith("_") or name in skip:
            continue
        value = getattr(module, name, None)
        if isinstance(value, (types.FunctionType, types.BuiltinFunctionType)):
            out[name] = wrap(value, name)
    return out


# -- overlays of host types the guest gets from the adapted modules ----------------------------------


def _method_overlay(tp, name, wrap):
    def getter(obj):
        return wrap(getattr(obj, name), name)

    getter.__name__ = name
    overlay(tp, name)(getter)


def _attribute_overlay(tp, name):
    def getter(obj):
        return guest_value(getattr(obj, name))

    overlay(tp, name)(getter)


def bytes_methods(tp, names, attributes=()):
    for name in names:
        if hasattr(tp, name):
            _method_overlay(tp, name, bytes_callable)
    for name in attributes:
        _attribute_overlay(tp, name)


bytes_methods(type(hashlib.md5()), ("update", "digest"))
for _algorithm in ("sha1", "sha256", "sha512"):
    if type(hashlib.new(_algorithm)) is not type(hashlib.md5()):
        bytes_methods(type(hashlib.new(_algorithm)), ("update", "digest"))
bytes_methods(type(zlib.compressobj()), ("compress", "flush"))
bytes_methods(type(zlib.decompressobj()), ("decompress", "flush"),
               ("unused_data", "unconsumed_tail"))
_IO_METHODS = ("write", "writelines", "read", "read1", "readline", "readlines", "getvalue", "peek", "readinto")
for _tp in (io.BytesIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.FileIO):
    bytes_methods(_tp, _IO_METHODS)
# bytearray, 2.7's mutable bytes, reads its arguments as 2.7 does (bytes27); its decode gives unicode.
for _name, _fn in bytearray_methods27().items():
    overlay(bytearray, _name)(_method(_fn))
# 2.7's memoryview gives its bytes as a str.
overlay(memoryview, "tobytes")(lambda m: _name_like(lambda: m.tobytes().decode("latin-1"), m.tobytes, "tobytes"))
overlay(bytearray, "decode")(lambda b: _name_like(lambda *a, **k: Unicode27(b.decode(*a, **k)), b.decode, "decode"))
bytes_methods(socket.socket.__mro__[-2], ("send", "sendall", "sendto", "recv", "recvfrom"))


# array: 2.7's names for its bytes methods.
overlay(array.array, "tostring")(lambda a: _name_like(lambda: a.tobytes().decode("latin-1"), a.tobytes, "tostring"))
overlay(array.array, "fromstring")(lambda a: _name_like(lambda s: a.frombytes(arg_bytes(s)), a.frombytes, "fromstring"))
bytes_methods(array.array, ("tobytes", "frombytes"))


# 2.7's iterators answer .next(): the host's iterator types, for a guest holding one
# (iter(d).next(), iter(list).next(), zip objects ...).
def _host_iterator_types():
    samples = [iter([]), iter(()), iter({}), iter({}.values()), iter({}.items()), iter(set()), iter(""),
               iter(range(0)), iter(range(1 << 64, 1 << 64)), reversed([]), iter(bytearray()), iter(b""),
               enumerate([]), zip(), map(len, []), filter(None, []), reversed(range(0)),
               iter(lambda: 0, 0)]
    return {type(x) for x in samples}


for _tp in _host_iterator_types():
    overlay(_tp, "next")(lambda it: it.__next__)


# -- re: 2.7's defaults (ASCII classes unless re.UNICODE), results of the subject's type -------------

_UNICODE = re.UNICODE
_LOCALE = re.LOCALE


def re_flags(pattern, flags):
    """Flags for the host's compile of a 2.7 pattern: ``\\w`` and friends are ASCII
    unless the program asks for ``re.UNICODE``; LOCALE, for byte patterns only on the
    host, is dropped (pyctk's strings are in the C locale)."""
    if isinstance(pattern, str):
        flags &= ~_LOCALE
        if not flags & _UNICODE:
            flags |= re.ASCII
    return flags


def re_compile(pattern, flags=0):
    if isinstance(pattern, re.Pattern):
        if flags:
            raise ValueError("Cannot process flags argument with a compiled pattern")
        return pattern
    return re.compile(pattern, re_flags(pattern, flags))


def _like_subject(result, subject):
    if type(subject) is Unicode27:
        return _unicode_result(result)
    return result


_byte_patterns: dict = {}


def _for_bytes(pattern):
    """A 2.7 str pattern used on a bytearray or buffer (2.7's re takes both): the same
    pattern over bytes."""
    compiled = _byte_patterns.get(pattern)
    if compiled is None:
        compiled = _byte_patterns[pattern] = re.compile(pattern.pattern.encode("latin-1"),
                                                        pattern.flags & ~(re.ASCII | _UNICODE))
    return compiled


def _pattern_method(name):
    def getter(pattern):
        host = getattr(pattern, name)

        def call(string, *args, **kwargs):
            if name in ("sub", "subn"):
                repl, string = string, args[0]
                if isinstance(string, (bytes, bytearray)) and isinstance(pattern.pattern, str):
                    repl = arg_bytes(repl) if isinstance(repl, str) else repl
                    return guest_value(getattr(_for_bytes(pattern), name)(repl, string, *args[1:], **kwargs))
                result = host(repl, string, *args[1:], **kwargs)
                if type(string) is Unicode27 or type(repl) is Unicode27:
                    return _unicode_result(result) if name == "sub" else (Unicode27(result[0]), result[1])
                return result
            if isinstance(string, (bytes, bytearray, memoryview)) and isinstance(pattern.pattern, str):
                return guest_value(getattr(_for_bytes(pattern), name)(string, *args, **kwargs))
            return _like_subject(host(string, *args, **kwargs), string)

        call.__name__ = name  # (read on every method lookup: kept cheap)
        return call

    return getter


for _name in ("findall", "split", "sub", "subn", "search", "match", "finditer"):
    overlay(re.Pattern, _name)(_pattern_method(_name))


def _match_method(name):
    def getter(match):
        host = getattr(match, name)
        if type(match.string) is str:  # a 2.7 str subject: the host's results are right
            return host

        def call(*args, **kwargs):
            result = host(*args, **kwargs)
            if type(match.string) is not Unicode27:
                return guest_value(result)
            if isinstance(result, dict):
                return {k: _unicode_result(v) for k, v in result.items()}
            return _unicode_result(result)

        return _name_like(call, host, name)

    return getter


for _name in ("group", "groups", "groupdict", "expand"):
    overlay(re.Match, _name)(_match_method(_name))


def re_escape(pattern):
    """2.7's ``re.escape``: every character but ASCII letters and digits escaped."""
    out = []
    for ch in pattern:
        if ch == "\x00":
            out.append("\\000")
        elif ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("0" <= ch <= "9"):
            out.append(ch)
        else:
            out.append("\\" + ch)
    result = "".join(out)
    return Unicode27(result) if type(pattern) is Unicode27 else result


def re_functions():
    """The module-level functions of 2.7's ``re`` over the host's engine."""

    def by_pattern(name):
        def function(pattern, string, *args, **kwargs):
            flags = kwargs.pop("flags", 0)
            if name in ("match", "search", "findall", "finditer") and args:
                flags, args = args[0], args[1:]
            return _pattern_method(name)(re_compile(pattern, flags))(string, *args, **kwargs)

        function.__name__ = function.__qualname__ = name
        return function

    def sub(pattern, repl, string, count=0, flags=0):
        return _pattern_method("sub")(re_compile(pattern, flags))(repl, string, count)

    def subn(pattern, repl, string, count=0, flags=0):
        return _pattern_method("subn")(re_compile(pattern, flags))(repl, string, count)

    def split(pattern, string, maxsplit=0, flags=0):
        return _pattern_method("split")(re_compile(pattern, flags))(string, maxsplit)

    functions = {name: by_pattern(name) for name in ("match", "search", "findall", "finditer")}
    functions.update(compile=re_compile, sub=sub, subn=subn, split=split, escape=re_escape)
    return functions
