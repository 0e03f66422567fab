"""3.x's C printer, 3.0-3.12 (Python/pythonrun.c, Python/traceback.c)."""

from __future__ import annotations

from typing import Any

from pyctk.runtime.traceback.carets import _c_carets
from pyctk.runtime.traceback.common import _WS, TbEntry, _cause, _context, _Ctx, _get, _is_group, _safe_str, _suppress
from pyctk.runtime.traceback.printer27 import _c_int
from pyctk.runtime.traceback.suggestions import _suggestion_c

# ---------------------------------------------------------------------------------------
# 3.6-3.12: the C display (pythonrun.c print_exception_recursive, traceback.c)


_CAUSE_MESSAGE = "The above exception was the direct cause of the following exception:\n"
_CONTEXT_MESSAGE = "During handling of the above exception, another exception occurred:\n"
_MAX_GROUP_WIDTH = 15
_MAX_GROUP_DEPTH = 10


class _PyC3:
    def __init__(self, ctx: _Ctx):
        self.ctx = ctx
        self.style = ctx.style
        self.out: list[str] = []
        self.seen: set[int] = set()
        self.depth = 0  # exception group depth
        self.need_close = False
        self._frame_cache: dict[TbEntry, list[str]] = {}

    def run(self, exc) -> list[str]:
        self.recursive(exc)
        return self.out

    # margins of exception groups (3.11+)
    def margin(self) -> str:
        return " " * (2 * self.depth) + ("| " if self.depth else "")

    def w(self, text: str) -> None:
        self.out.append(text)

    def recursive(self, value) -> None:
        # CPython recurses down the __cause__/__context__ chain (print_chained), printing
        # the deepest first; the same, without host recursion for long chains.
        chain = [(value, None)]
        while True:
            value = chain[-1][0]
            self.seen.add(id(value))
            if not isinstance(value, BaseException):
                break
            cause = _cause(value)
            if cause is not None:
                if id(cause) in self.seen:
                    break
                chain.append((cause, _CAUSE_MESSAGE))
                continue
            if _suppress(value):
                break
            context = _context(value)
            if context is None or id(context) in self.seen:
                break
            chain.append((context, _CONTEXT_MESSAGE))
        need_close = self.need_close  # print_chained restores it after each chained one
        for index in range(len(chain) - 1, -1, -1):
            value = chain[index][0]
            if self.style.groups_and_notes and _is_group(value):
                self.group(value)
            else:
                self.exception(value)
            if index:
                self.need_close = need_close
                m = self.margin()
                self.w(m + "\n")
                self.w(m + chain[index][1])
                self.w(m + "\n")

    def group(self, value) -> None:
        if self.depth > _MAX_GROUP_DEPTH:
            self.w(self.margin() + "... (max_group_depth is %d)\n" % _MAX_GROUP_DEPTH)
            return
        if self.depth == 0:
            self.depth += 1
        self.exception(value)
        excs = list(value.exceptions)
        num = len(excs)
        n = num if num <= _MAX_GROUP_WIDTH else _MAX_GROUP_WIDTH + 1
        self.need_close = False
        for i in range(n):
            last = i == n - 1
            if last:
                self.need_close = True
            truncated = i >= _MAX_GROUP_WIDTH
            title = "..." if truncated else "%d" % (i + 1)
            self.w(" " * (2 * self.depth) + ("+-" if i == 0 else "  ")
                   + "+---------------- %s ----------------\n" % title)
            self.depth += 1
            if not truncated:
                self.recursive(excs[i])
            else:
                remaining = num - _MAX_GROUP_WIDTH
                self.w(self.margin() + "and %d more exception%s\n" % (remaining, "s" if remaining > 1 else ""))
            if last and self.need_close:
                self.w(" " * (2 * self.depth) + "+------------------------------------\n")
                self.need_close = False
            self.depth -= 1
        if self.depth == 1:
            self.depth -= 1

    def exception(self, value) -> None:
        if not isinstance(value, BaseException):
            self.w("TypeError: print_exception(): Exception expected for value, %s found\n"
                   % type(value).__name__)
            return
        entries = self.ctx.entries(value)
        self.traceback(value, entries)
        notes = _get(value, "__notes__") if self.style.groups_and_notes else None
        cls = type(value)
        message_value: Any = value
        has_value = True
        if hasattr(value, "print_file_and_line"):
            parsed = self.parse_syntax_error(value)
            if parsed is not None:
                message_value, has_value = self.syntax_location(parsed)
        self.message(cls, message_value, has_value)
        if self.style.suggestions:
            self.w(_suggestion_c(self.ctx, value, bool(entries)))
        self.w("\n")
        if self.style.groups_and_notes and notes is not None:
            self.notes(notes)

    # -- traceback

    def traceback(self, value, entries: list[TbEntry]) -> None:
        limit = 1000 if self.ctx.tracebacklimit is None else self.ctx.tracebacklimit
        if not entries or limit <= 0:
            return
        header = "Traceback (most recent call last):\n"
        margin = self.margin()
        header_margin = margin
        if self.style.groups_and_notes and _is_group(value):
            header = "Exception Group Traceback (most recent call last):\n"
            if self.depth == 1:
                header_margin = " " * (2 * self.depth) + "+ "
        self.w(header_margin + header)
        entries = entries[-limit:]
        last = None
        cnt = 0
        for entry in entries:
            key = (entry.filename, entry.lineno, entry.name)
            if last is None or key != last or entry.lineno is None:
                if cnt > 3:
                    self.repeated(cnt)
                last = key
                cnt = 0
            cnt += 1
            if cnt <= 3:
                for piece in self.frame(entry):
                    self.w(margin + piece)
        if cnt > 3:
            self.repeated(cnt)

    def repeated(self, cnt: int) -> None:
        cnt -= 3
        # no group margin here: CPython writes this line without one
        self.w("  [Previous line repeated %d more time%s]\n" % (cnt, "s" if cnt > 1 else ""))

    def frame(self, entry: TbEntry) -> list[str]:
        cached = self._frame_cache.get(entry)
        if cached is not None:
            return cached
        lineno = entry.lineno
        pieces = ['  File "%s", line %s, in %s\n' % (entry.filename, _c_int(lineno), entry.name)]
        line = self.ctx.sources.c3_line(entry.filename, lineno) if lineno is not None else None
        if line is not None:
            stripped = line.lstrip(_WS)
            pieces.append("    " + stripped + "\n")
            if self.style.groups_and_notes:
                carets = _c_carets(line, entry)
                if carets is not None:
                    pieces.append(carets + "\n")
        self._frame_cache[entry] = pieces
        return pieces

    # -- message

    def message(self, cls, value, has_value: bool) -> None:
        style = self.style
        module = _get(cls, "__module__")
        if style.groups_and_notes:
            self.w(self.margin())
            if not isinstance(module, str):
                self.w("<unknown>.")
            elif module not in ("builtins", "__main__"):
                self.w(module + ".")
            qualname = _get(cls, "__qualname__")
            self.w(qualname if isinstance(qualname, str) else "<unknown>")
        else:
            if not isinstance(module, str):
                self.w("<unknown>")
            elif module != "builtins":
                self.w(module + ".")
            if style.qualified_names:
                name = _get(cls, "__qualname__")
                if not isinstance(name, str):
                    name = cls.__name__
            else:
                name = cls.__name__
            self.w(name if style.qualified_names else name.rsplit(".", 1)[-1])
        if not has_value:
            return
        text = _safe_str(value)
        if text is None:
            self.w(": <exception str() failed>")
        elif text:
            self.w(": " + text)

    def notes(self, notes) -> None:
        margin = self.margin()
        # 3.11 iterates any sequence, a str too (a note per character); 3.12 shows the
        # repr of a str or bytes.
        is_text = isinstance(notes, (str, bytes)) and self.style.text_notes_as_repr
        if is_text or not _is_sequence(notes):
            try:
                text = repr(notes)
            except Exception:
                text = "<__notes__ repr() failed>"
            self.w(margin + text + "\n")
            return
        try:
            items = list(notes)
        except Exception:
            return
        for note in items:
            text = note if (self.style.text_notes_as_repr and type(note) is str) else _safe_str(note)
            if text is None:
                self.w("<note str() failed>")
            else:
                for line in text.splitlines(keepends=True):
                    self.w(margin + line)
            self.w("\n")

    # -- SyntaxError

    def parse_syntax_error(self, value):
        try:
            message = value.msg
            filename = value.filename
            if filename is None:
                filename = "<string>"
            lineno = value.lineno
            if not isinstance(lineno, int):
                return None
            offset = value.offset
            if offset is None:
                offset = -1
            elif not isinstance(offset, int):
                return None
            end_lineno = end_offset = None
            if self.style.syntax_error_end:
                end_lineno = _get(value, "end_lineno")
                if end_lineno is None:
                    end_lineno = lineno
                elif not isinstance(end_lineno, int):
                    return None
                end_offset = _get(value, "end_offset")
                if end_offset is None:
                    end_offset = -1
                elif not isinstance(end_offset, int):
                    return None
            text = value.text
        except Exception:
            return None
        return message, filename, lineno, offset, end_lineno, end_offset, text

    def syntax_location(self, parsed):
        message, filename, lineno, offset, end_lineno, end_offset, text = parsed
        fname = _safe_str(filename)
        self.w(self.margin() + '  File "%s", line %d\n' % (fname, lineno))
        if text is not None and isinstance(text, str):
            try:
                raw = text.encode("utf-8")
            except UnicodeEncodeError:
                raw = None
            if raw is not None:
                if self.style.syntax_error_end:
                    if end_lineno > lineno:
                        end_offset = len(raw)
                    if end_offset > len(raw) + 1:
                        end_offset = len(raw) + 1
                    self.out.extend(_error_text_39(offset, end_offset, raw, ranges=True))
                elif self.style.syntax_error_ranges:
                    self.out.extend(_error_text_39(offset, -1, raw, ranges=False))
                else:
                    self.out.extend(_error_text_36(offset, raw))
        return message, message is not None


def _is_sequence(value) -> bool:
    if isinstance(value, dict):
        return False
    return hasattr(type(value), "__getitem__")


def _bytes_out(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _error_text_36(offset: int, text: bytes) -> list[str]:
    """3.6-3.8 ``print_error_text`` (on the UTF-8 bytes of the text)."""
    text = text.split(b"\0", 1)[0]
    if offset >= 0:
        if offset > 0 and offset == len(text) and text[offset - 1:offset] == b"\n":
            offset -= 1
        while True:
            nl = text.find(b"\n")
            if nl < 0 or nl >= offset:
                break
            offset -= nl + 1
            text = text[nl + 1:]
        while text[:1] in (b" ", b"\t", b"\f") and text:
            text = text[1:]
            offset -= 1
    out = ["    " + _bytes_out(text)]
    if not text or not text.endswith(b"\n"):
        out.append("\n")
    if offset == -1:
        return out
    out.append("    " + " " * max(offset - 1, 0) + "^\n")
    return out


def _error_text_39(offset: int, end_offset: int, text: bytes, ranges: bool) -> list[str]:
    """3.9+ ``print_error_text``; with ``ranges`` (3.10+) the carets span to end_offset."""
    reps = (end_offset - offset) if (end_offset > 0 and end_offset > offset) else 1
    text = text.split(b"\0", 1)[0]
    offset -= 1
    while text[:1] in (b" ", b"\t", b"\f") and text:
        text = text[1:]
        offset -= 1
    length = len(text)
    if length > 0 and text[-1:] == b"\n":
        length -= 1
    if offset > length:
        offset = length
    while True:
        nl = text.find(b"\n")
        if nl < 0 or nl >= offset:
            break
        inl = nl + 1
        text = text[inl:]
        length -= inl
        offset -= inl
    out = ["    " + _bytes_out(text)]
    if text[length:length + 1] != b"\n":
        out.append("\n")
    if offset < 0:
        return out
    out.append("    " + " " * offset + ("^" * reps if ranges else "^") + "\n")
    return out


# -- 3.11/3.12 carets (traceback.c tb_displayline)
