"""Reading a 3.11+ ``co_exceptiontable``: as CPython's ``dis._parse_exception_table`` (and
xdis's ``parse_exception_table``) read it, without importing xdis on every run."""

from __future__ import annotations


def _varint(it) -> int:
    b = next(it)
    value = b & 63
    while b & 64:
        value <<= 6
        b = next(it)
        value |= b & 63
    return value


def parse_exception_table(table: bytes) -> list[tuple]:
    """The entries of ``table``, each (start, end, target, depth, lasti), offsets in bytes; a
    truncated last entry is dropped, as CPython's dis does."""
    it = iter(table)
    rows = []
    try:
        while True:
            start = _varint(it) * 2
            end = start + _varint(it) * 2
            target = _varint(it) * 2
            depth_lasti = _varint(it)
            rows.append((start, end, target, depth_lasti >> 1, bool(depth_lasti & 1)))
    except StopIteration:
        return rows
