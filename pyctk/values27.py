"""Value kinds Python 2.7 has and Python 3 does not.

A 2.7 ``str`` is a byte string; pyctk holds it as a host ``str`` whose code points are
the bytes (latin-1), so host string methods work and the exact bytes come back with
``.encode("latin-1")``. 2.7 ``unicode`` and ``long`` must stay distinguishable from
``str`` and ``int``, so they are marked by these subclasses.
"""

from __future__ import annotations


class Unicode27(str):
    """A 2.7 ``unicode`` value: text, shown as ``u'...'``."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "u" + str.__repr__(self)


class Long27(int):
    """A 2.7 ``long`` value: an int shown with a trailing ``L``."""

    __slots__ = ()

    def __repr__(self) -> str:
        return int.__repr__(self) + "L"


def bytes_to_str27(data: bytes) -> str:
    """The host form of a 2.7 ``str``: one code point per byte."""
    return data.decode("latin-1")


def str27_to_bytes(text: str) -> bytes:
    return text.encode("latin-1")
