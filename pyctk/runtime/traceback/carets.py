"""Position carets under a traceback's source line: the C printer's (3.11-3.12) and
3.13 traceback.py's, with their anchors (the operator of a binary operation, the
brackets of a subscript or call)."""

from __future__ import annotations

import ast
import unicodedata
import warnings

from pyctk.runtime.traceback.common import _WS, TbEntry


def _c_byte_to_char(text: str, col: int) -> int:
    """``_PyPegen_byte_offset_to_character_offset``: -1 when the text has no UTF-8 form."""
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        return -1
    if col > len(raw) + 1:
        col = len(raw) + 1
    if col < 0:
        return -1
    return len((raw + b"\0")[:col].decode("utf-8", "replace"))


def _c_display_width(line: str, char_offset: int) -> int:
    segment = line[:max(char_offset, 0)]
    if segment.isascii():
        return char_offset
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in segment)


def _parse_quietly(source: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return ast.parse(source)
        except (SyntaxError, ValueError, TypeError, RecursionError, MemoryError, OverflowError):
            return None


def _c_anchors(line: str, start: int, end: int):
    """``extract_anchors_from_line``: (left_end, right_start, primary, secondary) in
    characters of ``line``, or None."""
    segment = line[start:end]
    try:
        seg = segment.encode("utf-8")
    except UnicodeEncodeError:
        return None
    tree = _parse_quietly(segment)
    if tree is None or len(tree.body) != 1:
        return None
    stmt = tree.body[0]
    if not isinstance(stmt, ast.Expr):
        return None
    expr = stmt.value
    ws = b" \t\f"
    if isinstance(expr, ast.BinOp):
        left_anchor = right_anchor = -1
        right_col = expr.right.col_offset
        i = expr.left.end_col_offset
        while i < right_col:
            if seg[i] in ws:
                i += 1
                continue
            left_anchor = i
            right_anchor = i + 1
            if i + 1 < right_col and seg[i + 1] not in ws:
                right_anchor += 1
            if i + 1 < right_col and seg[i] == ord(")"):
                i += 1
                continue
            break
        if left_anchor < 0:
            return None
    elif isinstance(expr, ast.Subscript):
        left_anchor = expr.value.end_col_offset
        right_anchor = expr.slice.end_col_offset + 1
        n = len(seg)
        while left_anchor < n and seg[left_anchor] != ord("["):
            left_anchor += 1
        while right_anchor < n and seg[right_anchor] != ord("]"):
            right_anchor += 1
        if right_anchor < n:
            right_anchor += 1
    else:
        return None
    left = _c_byte_to_char(segment, left_anchor)
    right = _c_byte_to_char(segment, right_anchor)
    if left < 0 or right < 0:
        return None
    return left + start, right + start, "~", "^"


def _c_carets(line: str, entry: TbEntry) -> str | None:
    """The caret line 3.11/3.12 print under ``line`` (None: none), without its newline."""
    if entry.lineno is None or entry.end_lineno is None or entry.colno is None or entry.end_colno is None:
        return None
    if entry.lineno < 0 or entry.end_lineno < 0 or entry.colno < 0 or entry.end_colno < 0:
        return None
    lead = len(line) - len(line.lstrip(_WS))
    truncation = lead - 4
    start = _c_byte_to_char(line, entry.colno)
    end = _c_byte_to_char(line, entry.end_colno)
    if start < 0 or end < 0:
        return None
    left_end = right_start = -1
    primary = secondary = "^"
    if entry.lineno == entry.end_lineno:
        anchors = _c_anchors(line, start, end)
        if anchors is not None:
            left_end, right_start, primary, secondary = anchors
    else:
        # multi-line: up to the last non-blank of this line (scanning the UTF-8 bytes
        # from the character length down, as CPython does)
        raw = line.encode("utf-8", "surrogatepass")
        i = len(line) - 1
        while i >= 0 and raw[i:i + 1] in (b" ", b"\t", b"\f"):
            i -= 1
        end = i + 1
    has_secondary = left_end != -1 or right_start != -1
    if end - start == len(line) - lead and not has_secondary:
        return None
    dp_start = _c_display_width(line, start)
    dp_end = _c_display_width(line, end)
    dp_left = dp_right = -1
    if has_secondary:
        dp_left = _c_display_width(line, left_end)
        dp_right = _c_display_width(line, right_start)
    chars = []
    for offset in range(truncation + 1, dp_end + 1):
        if offset <= dp_start:
            chars.append(" ")
        elif has_secondary and dp_left < offset <= dp_right:
            chars.append(secondary)
        else:
            chars.append(primary)
    return "".join(chars)



def _py_byte_to_char(text: str, offset: int) -> int:
    return len(text.encode("utf-8")[:offset].decode("utf-8", errors="replace"))


def _py_display_width(line: str, offset: int | None = None) -> int:
    if offset is None:
        offset = len(line)
    if line.isascii():
        return offset
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line[:offset])


def _py_should_show_carets(start_offset, end_offset, all_lines, anchors) -> bool:
    tree = _parse_quietly("\n".join(all_lines))
    if tree is not None:
        if not tree.body:
            return False
        statement = tree.body[0]
        value = None
        if isinstance(statement, ast.Return) and isinstance(statement.value, ast.Call):
            if isinstance(statement.value.func, ast.Name):
                value = statement.value
        elif isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call):
            if len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
                value = statement.value
        if value is not None and (
            value.lineno == 1
            and value.end_lineno == len(all_lines)
            and value.col_offset == start_offset
            and value.end_col_offset == end_offset
        ):
            return False
    if anchors:
        return True
    if all_lines[0][:start_offset].lstrip() or all_lines[-1][end_offset:].rstrip():
        return True
    return False


def _py_anchors(segment: str):
    """3.13's ``_extract_caret_anchors_from_line_segment``: (left_lineno, left_col,
    right_lineno, right_col, primary, secondary) or None."""
    tree = _parse_quietly(f"(\n{segment}\n)")
    if tree is None or len(tree.body) != 1:
        return None
    lines = segment.splitlines()

    def normalize(lineno, offset):
        return _py_byte_to_char(lines[lineno], offset)

    def next_valid_char(lineno, col):
        while lineno < len(lines) and col >= len(lines[lineno]):
            col = 0
            lineno += 1
        if not (lineno < len(lines) and col < len(lines[lineno])):
            raise _NoAnchors
        return lineno, col

    def increment(lineno, col):
        return next_valid_char(lineno, col + 1)

    def nextline(lineno, col):
        return next_valid_char(lineno + 1, 0)

    def increment_until(lineno, col, stop):
        while True:
            ch = lines[lineno][col]
            if ch in "\\#":
                lineno, col = nextline(lineno, col)
            elif not stop(ch):
                lineno, col = increment(lineno, col)
            else:
                break
        return lineno, col

    def setup_positions(expr, force_valid=True):
        lineno = expr.end_lineno - 2
        col = normalize(lineno, expr.end_col_offset)
        return next_valid_char(lineno, col) if force_valid else (lineno, col)

    statement = tree.body[0]
    if not isinstance(statement, ast.Expr):
        return None
    expr = statement.value
    try:
        if isinstance(expr, ast.BinOp):
            lineno, col = setup_positions(expr.left)
            lineno, col = increment_until(lineno, col, lambda x: not x.isspace() and x != ")")
            right_col = col + 1
            if (
                right_col < len(lines[lineno])
                and (
                    expr.right.lineno - 2 > lineno
                    or right_col < normalize(expr.right.lineno - 2, expr.right.col_offset)
                )
                and not lines[lineno][right_col].isspace()
                and lines[lineno][right_col] not in "\\#"
            ):
                right_col += 1
            return (lineno, col, lineno, right_col, "~", "^")
        if isinstance(expr, ast.Subscript):
            left_lineno, left_col = setup_positions(expr.value)
            left_lineno, left_col = increment_until(left_lineno, left_col, lambda x: x == "[")
            right_lineno, right_col = setup_positions(expr, force_valid=False)
            return (left_lineno, left_col, right_lineno, right_col, "~", "^")
        if isinstance(expr, ast.Call):
            left_lineno, left_col = setup_positions(expr.func)
            left_lineno, left_col = increment_until(left_lineno, left_col, lambda x: x == "(")
            right_lineno, right_col = setup_positions(expr, force_valid=False)
            return (left_lineno, left_col, right_lineno, right_col, "~", "^")
    except (_NoAnchors, IndexError):
        return None
    return None


class _NoAnchors(Exception):
    pass
