"""Line numbers and source positions from a code object's line table, per format.

Three formats: ``co_lnotab`` (2.7–3.9), the 3.10 ``co_linetable``, and the 3.11+
location table that also carries columns. Each is turned into address ranges
``(start, end, line, end_line, col, end_col)`` in bytes; everything else derives from
those. (xdis has line starts, but not the per-instruction positions tracebacks need,
and its 3.11+ ``co_positions`` is off by one.)
"""

from __future__ import annotations


def _format(code):
    """The line-table format of ``code``'s version (its opcode set's ``line_table``)."""
    from pyctk.versions import opset_for

    return opset_for(code.version).line_table


def ranges(code) -> list[tuple]:
    """The code's address ranges (read once: decoding asks for its lines and line starts)."""
    cached = code.__dict__.get("_ranges")
    if cached is None:
        cached = code.__dict__["_ranges"] = _ranges(code)
    return cached


def _ranges(code) -> list[tuple]:
    fmt = _format(code)
    if fmt.kind == "locations":
        return _location_ranges(code.co_linetable, code.co_firstlineno)
    if fmt.kind == "linetable":
        return _linetable310_ranges(code.co_linetable, code.co_firstlineno, len(code.co_code))
    return _lnotab_ranges(code.co_linetable, code.co_firstlineno, len(code.co_code), signed=fmt.signed_line_deltas)


def _lnotab_ranges(table: bytes, firstlineno: int, code_len: int, signed: bool) -> list[tuple]:
    result = []
    addr = 0
    line = firstlineno
    for i in range(0, len(table) - 1, 2):
        addr_incr, line_incr = table[i], table[i + 1]
        if addr_incr:
            result.append((addr, addr + addr_incr, line, line, None, None))
            addr += addr_incr
        if signed and line_incr >= 0x80:
            line_incr -= 0x100
        line += line_incr
    if addr < code_len:
        result.append((addr, code_len, line, line, None, None))
    return result


def _linetable310_ranges(table: bytes, firstlineno: int, code_len: int) -> list[tuple]:
    result = []
    addr = 0
    line = firstlineno
    for i in range(0, len(table) - 1, 2):
        sdelta, ldelta = table[i], table[i + 1]
        if ldelta >= 0x80:
            ldelta -= 0x100
        if ldelta == -128:
            current = None
        else:
            line += ldelta
            current = line
        if sdelta:
            result.append((addr, addr + sdelta, current, current, None, None))
        addr += sdelta
    return result


def _varint(table: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = table[pos]
        pos += 1
        value |= (byte & 63) << shift
        shift += 6
        if not byte & 64:
            return value, pos


def _svarint(table: bytes, pos: int) -> tuple[int, int]:
    value, pos = _varint(table, pos)
    return (-(value >> 1) if value & 1 else value >> 1), pos


def _location_ranges(table: bytes, firstlineno: int) -> list[tuple]:
    result = []
    addr = 0
    line = firstlineno
    pos = 0
    n = len(table)
    while pos < n:
        first = table[pos]
        pos += 1
        code = (first >> 3) & 15
        length = ((first & 7) + 1) * 2
        if code == 15:  # no location
            entry = (None, None, None, None)
        elif code == 14:  # long form
            delta, pos = _svarint(table, pos)
            line += delta
            end_delta, pos = _varint(table, pos)
            col, pos = _varint(table, pos)
            end_col, pos = _varint(table, pos)
            entry = (line, line + end_delta, col - 1 if col else None, end_col - 1 if end_col else None)
        elif code == 13:  # no columns
            delta, pos = _svarint(table, pos)
            line += delta
            entry = (line, line, None, None)
        elif code >= 10:  # one-line form
            line += code - 10
            entry = (line, line, table[pos], table[pos + 1])
            pos += 2
        else:  # short form
            second = table[pos]
            pos += 1
            col = code * 8 + ((second >> 4) & 7)
            entry = (line, line, col, col + (second & 15))
        result.append((addr, addr + length) + entry)
        addr += length
    return result


def _table(code) -> list:
    """Per byte offset, the range tuple covering it (cached on the code object)."""
    cached = code.__dict__.get("_position_table")
    if cached is None:
        cached = [None] * len(code.co_code)
        for r in ranges(code):
            for offset in range(r[0], min(r[1], len(cached))):
                cached[offset] = r
        code.__dict__["_position_table"] = cached
    return cached


def position_table(code) -> list:
    """Per byte offset, ``(start, end, line, end_line, col, end_col)`` or None."""
    return _table(code)


def line_for_offset(code, offset: int) -> int | None:
    table = _table(code)
    if 0 <= offset < len(table) and table[offset] is not None:
        return table[offset][2]
    return None


def positions(code) -> list[tuple]:
    """Per byte offset: (line, end_line, col, end_col), Nones where unknown."""
    return [r[2:] if r is not None else (None, None, None, None) for r in _table(code)]


def position_for_offset(code, offset: int) -> tuple:
    table = _table(code)
    if 0 <= offset < len(table) and table[offset] is not None:
        return table[offset][2:]
    return (None, None, None, None)


def co_lines(code):
    """(start, end, line) like CPython's ``co_lines()``: adjacent ranges of one line merged."""
    merged = []
    for start, end, line, *_ in ranges(code):
        if merged and merged[-1][2] == line and merged[-1][1] == start:
            merged[-1] = (merged[-1][0], end, line)
        else:
            merged.append((start, end, line))
    return merged


def line_starts(code) -> dict[int, int]:
    """Offset → line where a new line begins, as ``dis.findlinestarts`` gives them.

    Up to 3.12 a line starts where the number changes; from 3.13 also where a number
    comes back after a stretch without one (3.13's ``findlinestarts`` remembers the None).
    """
    starts = {}
    last = None
    restart_after_none = _format(code).restart_after_none
    for start, _end, line, *_ in ranges(code):
        if line is not None and line != last:
            starts[start] = line
        if line is not None or restart_after_none:
            last = line
    return starts
