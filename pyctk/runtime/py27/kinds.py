"""2.7's value kinds that Python 3 lacks, complete where they are defined.

A 2.7 ``str`` is a byte string; pyctk holds it as a host ``str`` whose code points are
the bytes (latin-1), so host string methods work and the exact bytes come back with
``.encode("latin-1")``. 2.7 ``unicode`` and ``long`` must stay distinguishable from
``str`` and ``int``: they are the classes ``Unicode27`` (named ``unicode``) and
``Long27`` (named ``long``) below, with every 2.7 method they have, the same in every
process whatever was imported before (nothing adds to them later).
"""

from __future__ import annotations

import codecs


def bytes_to_str27(data: bytes) -> str:
    """The host form of a 2.7 ``str``: one code point per byte."""
    return data.decode("latin-1")


# -- the codecs of str and unicode ----------------------------------------------------------

_BYTE_CODECS = {"hex", "hex_codec", "base64", "base64_codec", "zlib", "zlib_codec", "bz2", "bz2_codec",
                "uu", "uu_codec", "quopri", "quopri_codec"}


def _norm_codec(name):
    return str(name).lower().replace("-", "_")


class _Ungiven:
    """An argument not given (2.7 refuses an explicit ``None`` encoding)."""

    __slots__ = ()

    def __repr__(self):
        return "None"


_UNGIVEN = _Ungiven()


def string_args27(function, encoding, errors, first=1):
    """2.7 parses ``encode``/``decode``'s arguments as ``|ss``: each a str or unicode
    (``bytearray``'s from its second)."""
    for position, value in ((first, encoding), (first + 1, errors)):
        if not isinstance(value, str) and value is not _UNGIVEN:
            from pyctk.runtime.py27.bytes27 import tp_name27

            shown = "None" if value is None else tp_name27(value)
            raise TypeError("%s() argument %d must be string, not %s" % (function, position, shown))


def str_decode(s, encoding=_UNGIVEN, errors="strict"):
    if type(encoding) is not str or type(errors) is not str:
        string_args27("decode", encoding, errors)
    encoding = _norm_codec("ascii" if encoding is _UNGIVEN else encoding or "ascii")
    data = s.encode("latin-1") if type(s) is not Unicode27 else _unicode_to_bytes(s)
    if encoding in _BYTE_CODECS:
        return codecs.decode(data, encoding).decode("latin-1")
    if encoding in ("rot13", "rot_13"):
        return codecs.decode(str(s), "rot13")
    if errors == "strict" and encoding in ("utf_8", "utf8", "u8"):
        errors = "surrogatepass"
    try:
        return Unicode27(data.decode(encoding, errors))
    except UnicodeDecodeError as e:
        name = {"utf-8": "utf8"}.get(e.encoding, e.encoding)
        raise UnicodeDecodeError(name, e.object, e.start, e.end, e.reason) from None


def _unicode_to_bytes(u):
    from pyctk.runtime.py27.values import encode_ascii

    return encode_ascii(u).encode("latin-1")


def str_encode(s, encoding=_UNGIVEN, errors="strict"):
    if type(encoding) is not str or type(errors) is not str:
        string_args27("encode", encoding, errors)
    encoding = _norm_codec("ascii" if encoding is _UNGIVEN else encoding or "ascii")
    if encoding in _BYTE_CODECS:
        data = s.encode("latin-1") if type(s) is not Unicode27 else _unicode_to_bytes(s)
        return codecs.encode(data, encoding).decode("latin-1")
    if encoding in ("rot13", "rot_13"):
        return codecs.encode(str(s), "rot13")
    if type(s) is Unicode27:
        if encoding in ("utf_8", "utf8", "u8"):
            errors = "surrogatepass"  # 2.7's UTF-8 codec encodes lone surrogates
        return str.encode(s, encoding, errors).decode("latin-1")
    # A 2.7 str is first decoded as ASCII, then encoded.
    from pyctk.runtime.py27.values import decode_ascii

    return str.encode(decode_ascii(s), encoding, errors).decode("latin-1")


def str_translate(s, table, deletechars=None):
    if type(s) is Unicode27:
        return Unicode27(str.translate(s, table))
    if type(table) is not str and table is not None or deletechars is not None and type(deletechars) is not str:
        # 2.7 reads both as character buffers (a bytearray or buffer too), not a unicode's deletions
        from pyctk.runtime.py27.bytes27 import char_buffer27

        if type(table) is Unicode27:  # a unicode's translate (its table a mapping), of the str as ASCII
            if deletechars is not None:
                raise TypeError("deletions are implemented differently for unicode")
            from pyctk.runtime.py27.values import decode_ascii

            return Unicode27(str.translate(decode_ascii(s), table))
        if type(deletechars) is Unicode27:
            raise TypeError("deletions are implemented differently for unicode")
        if table is not None:
            table = char_buffer27(table)
        if deletechars is not None:
            deletechars = char_buffer27(deletechars)
    if deletechars:
        s = "".join(c for c in s if c not in deletechars)
    if table is None:
        return s
    if len(table) != 256:
        raise ValueError("translation table must be 256 characters long")
    return s.translate(table)


def _str_format(s, *args, **kwargs):
    from pyctk.runtime.py27.values import str_format

    return str_format(s, *args, **kwargs)


_str_format.__name__ = "format"


# -- unicode: str methods give str; 2.7 gives unicode ---------------------------------------

def c_int27(value) -> int:
    """An argument read as 2.7's ``i`` format reads it (PyArg_Parse): a float refused by
    name, anything else through its ``__int__`` (3.12+ read a flag as any object's truth)."""
    if isinstance(value, float):
        raise TypeError("integer argument expected, got float")
    if isinstance(value, int):
        return value
    convert = getattr(type(value), "__int__", None)
    if convert is None:
        raise TypeError("an integer is required")
    return convert(value)


def str_splitlines(s, keepends=0, /):
    """2.7's ``splitlines`` ("|i:splitlines": no keywords, a C int)."""
    return str.splitlines(s, c_int27(keepends) != 0)


def _unicode_method(name, host=None):
    host = host or getattr(str, name)

    def method(self, *args, **kwargs):
        result = host(self, *args, **kwargs)
        if type(result) is str:
            return Unicode27(result)
        if type(result) is list:
            return [Unicode27(x) if type(x) is str else x for x in result]
        if type(result) is tuple:
            return tuple(Unicode27(x) if type(x) is str else x for x in result)
        return result

    method.__name__ = name
    return method


def _simple_case(name):
    """2.7's case mappings are one character to one character."""
    host = getattr(str, name)

    def one(c):
        r = host(c)
        return r if len(r) == 1 else c

    def method(self):
        result = host(self)
        if len(result) != len(self):
            if name in ("upper", "lower", "swapcase"):
                result = "".join(one(c) for c in str.__str__(self))
            elif name == "capitalize":
                text = str.__str__(self)
                result = (str.upper(text[0]) if len(str.upper(text[0])) == 1 else text[0]) + "".join(
                    str.lower(c) if len(str.lower(c)) == 1 else c for c in text[1:]) if text else ""
        return Unicode27(result)

    method.__name__ = name
    return method


def _unicode_join(self, items):
    from pyctk.runtime.py27.values import unicode27

    return Unicode27(str.join(self, [unicode27(x) if type(x) is str else x for x in items]))


def _unicode_add(self, other):
    from pyctk.runtime.py27.values import unicode27

    if not isinstance(other, str):
        return NotImplemented
    return Unicode27(str.__add__(self, unicode27(other)))


def _unicode_radd(self, other):
    from pyctk.runtime.py27.values import unicode27

    if not isinstance(other, str):
        return NotImplemented
    return Unicode27(str.__add__(unicode27(other), self))


def _unicode_mod(self, args):
    from pyctk.runtime.py27.values import format27

    return format27(self, args)


def _unicode_namespace() -> dict:
    ns = {
        "__slots__": (),
        "__module__": __name__,
        "__qualname__": "unicode",
        "__doc__": "A 2.7 ``unicode`` value: text, shown as ``u'...'``.",
        "__repr__": lambda self: "u" + str.__repr__(self),
        "__hash__": str.__hash__,
        "__iter__": lambda self: (Unicode27(c) for c in str.__str__(self)),
        "__add__": _unicode_add,
        "__radd__": _unicode_radd,
        "__mod__": _unicode_mod,
        "join": _unicode_join,
        "format": lambda self, *a, **k: _str_format(self, *a, **k),
        "encode": str_encode,
        "decode": str_decode,
        "translate": str_translate,
        "isnumeric": str.isnumeric,
        "isdecimal": str.isdecimal,
    }
    for name in ("center", "expandtabs", "ljust", "lstrip", "partition", "replace",
                 "rjust", "rpartition", "rsplit", "rstrip", "split", "strip",
                 "zfill", "__getitem__", "__mul__", "__rmul__"):
        ns[name] = _unicode_method(name)
    ns["splitlines"] = _unicode_method("splitlines", str_splitlines)
    for name in ("upper", "lower", "swapcase", "title", "capitalize"):
        ns[name] = _simple_case(name)
    return ns


Unicode27 = type("unicode", (str,), _unicode_namespace())

Long27 = type("long", (int,), {
    "__slots__": (),
    "__module__": __name__,
    "__qualname__": "long",
    "__doc__": "A 2.7 ``long`` value: an int shown with a trailing ``L``.",
    "__repr__": lambda self: int.__repr__(self) + "L",
})
