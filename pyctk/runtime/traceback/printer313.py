"""3.13: Lib/traceback.py (TracebackException, StackSummary), run by
_print_exception_bltin."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from pyctk.runtime.traceback.carets import _py_anchors, _py_byte_to_char, _py_display_width, _py_should_show_carets
from pyctk.runtime.traceback.common import TbEntry, _cause, _context, _Ctx, _get, _is_group, _safe_str, _suppress
from pyctk.runtime.traceback.printer3 import _CAUSE_MESSAGE, _CONTEXT_MESSAGE, _MAX_GROUP_DEPTH, _MAX_GROUP_WIDTH
from pyctk.runtime.traceback.suggestions import _suggestion_313

# ---------------------------------------------------------------------------------------
# 3.13: Lib/traceback.py (TracebackException, StackSummary), run by _print_exception_bltin


class _TE:
    """One exception as 3.13's TracebackException keeps it."""

    __slots__ = ("exc", "entries", "text", "notes", "type_str", "syntax",
                 "cause", "context", "exceptions", "suppress")


class _Py313:
    def __init__(self, ctx: _Ctx):
        self.ctx = ctx
        self._frame_cache: dict[TbEntry, str] = {}

    def run(self, exc) -> list[str]:
        if not isinstance(exc, BaseException):
            return ["TypeError: print_exception(): Exception expected for value, %s found\n"
                    % type(exc).__name__]
        seen: set[int] = set()
        root = self.make(exc, seen)
        queue = [(root, exc)]
        while queue:
            te, e = queue.pop()
            cause = _cause(e)
            if cause is not None and id(cause) not in seen:
                te_cause = self.make(cause, seen)
            else:
                te_cause = None
            need_context = te_cause is None and not _suppress(e)
            context = _context(e)
            if context is not None and need_context and id(context) not in seen:
                te_context = self.make(context, seen)
            else:
                te_context = None
            if _is_group(e):
                members = list(e.exceptions)
                te.exceptions = [self.make(m, seen) for m in members]
            else:
                members = []
                te.exceptions = None
            te.cause = te_cause
            te.context = te_context
            if te_cause is not None:
                queue.append((te_cause, cause))
            if te_context is not None:
                queue.append((te_context, context))
            if te.exceptions:
                queue.extend(zip(te.exceptions, members, strict=True))
        self.depth = 0
        self.need_close = False
        return list(self.format(root))

    def make(self, exc, seen: set[int]) -> _TE:
        seen.add(id(exc))
        te = _TE()
        te.exc = exc
        all_entries = entries = self.ctx.entries(exc)
        limit = self.ctx.tracebacklimit
        if limit is not None:
            limit = max(limit, 0)
            entries = entries[len(entries) - limit:] if limit else []
        te.entries = entries
        text = _safe_str(exc)
        te.text = "<exception str() failed>" if text is None else text
        try:
            te.notes = getattr(exc, "__notes__", None)
        except Exception as e:
            try:
                shown = repr(e)
            except Exception:
                shown = "<__notes__ repr() failed>"
            te.notes = [f"Ignored error getting __notes__: {shown}"]
        cls = type(exc)
        qualname = _get(cls, "__qualname__")
        module = _get(cls, "__module__")
        stype = qualname
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            stype = module + "." + str(qualname)
        te.type_str = stype
        te.syntax = None
        if isinstance(exc, SyntaxError):
            lno = _get(exc, "lineno")
            end_lno = _get(exc, "end_lineno")
            te.syntax = (
                _get(exc, "filename"),
                str(lno) if lno is not None else None,
                str(end_lno) if end_lno is not None else None,
                _get(exc, "text"),
                _get(exc, "offset"),
                _get(exc, "end_offset"),
                _get(exc, "msg"),
            )
        else:
            te.text += _suggestion_313(self.ctx, exc, bool(all_entries))
        te.suppress = _suppress(exc)
        te.cause = te.context = te.exceptions = None
        return te

    # -- emit with group margins

    def indent(self) -> str:
        return " " * (2 * self.depth)

    def emit(self, texts, margin_char: str | None = None):
        if margin_char is None:
            margin_char = "|"
        prefix = self.indent()
        if self.depth:
            prefix += margin_char + " "
        if isinstance(texts, str):
            texts = [texts]
        for text in texts:
            yield textwrap.indent(text, prefix, lambda line: True)

    def format(self, te: _TE):
        output = []
        cur = te
        while cur is not None:
            if cur.cause is not None:
                msg, nxt = "\n" + _CAUSE_MESSAGE + "\n", cur.cause
            elif cur.context is not None and not cur.suppress:
                msg, nxt = "\n" + _CONTEXT_MESSAGE + "\n", cur.context
            else:
                msg, nxt = None, None
            output.append((msg, cur))
            cur = nxt
        for msg, exc in reversed(output):
            if msg is not None:
                yield from self.emit(msg)
            if exc.exceptions is None:
                if exc.entries:
                    yield from self.emit("Traceback (most recent call last):\n")
                    yield from self.emit(self.stack(exc.entries))
                yield from self.emit(self.exception_only(exc))
            elif self.depth > _MAX_GROUP_DEPTH:
                yield from self.emit(f"... (max_group_depth is {_MAX_GROUP_DEPTH})\n")
            else:
                toplevel = self.depth == 0
                if toplevel:
                    self.depth += 1
                if exc.entries:
                    yield from self.emit("Exception Group Traceback (most recent call last):\n",
                                         margin_char="+" if toplevel else None)
                    yield from self.emit(self.stack(exc.entries))
                yield from self.emit(self.exception_only(exc))
                num = len(exc.exceptions)
                n = num if num <= _MAX_GROUP_WIDTH else _MAX_GROUP_WIDTH + 1
                self.need_close = False
                for i in range(n):
                    last = i == n - 1
                    if last:
                        self.need_close = True
                    truncated = i >= _MAX_GROUP_WIDTH
                    title = f"{i + 1}" if not truncated else "..."
                    yield (self.indent() + ("+-" if i == 0 else "  ")
                           + f"+---------------- {title} ----------------\n")
                    self.depth += 1
                    if not truncated:
                        yield from self.format(exc.exceptions[i])
                    else:
                        remaining = num - _MAX_GROUP_WIDTH
                        plural = "s" if remaining > 1 else ""
                        yield from self.emit(f"and {remaining} more exception{plural}\n")
                    if last and self.need_close:
                        yield self.indent() + "+------------------------------------\n"
                        self.need_close = False
                    self.depth -= 1
                if toplevel:
                    self.depth = 0

    def exception_only(self, te: _TE) -> list[str]:
        out = []
        if te.syntax is None:
            out.append(f"{te.type_str}: {te.text}\n" if te.text else f"{te.type_str}\n")
        else:
            out.extend(self.syntax_error(te))
        notes = te.notes
        if isinstance(notes, Sequence) and not isinstance(notes, (str, bytes)):
            for note in notes:
                text = _safe_str(note)
                if text is None:
                    text = "<note str() failed>"
                out.extend(line + "\n" for line in text.split("\n"))
        elif notes is not None:
            try:
                shown = repr(notes)
            except Exception:
                shown = "<__notes__ repr() failed>"
            out.append(f"{shown}\n")
        return out

    def syntax_error(self, te: _TE) -> list[str]:
        filename, lineno, end_lineno, text, offset, end_offset, msg = te.syntax
        out = []
        suffix = ""
        if lineno is not None:
            out.append('  File "{}", line {}\n'.format(filename or "<string>", lineno))
        elif filename is not None:
            suffix = " ({})".format(filename)
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            if offset is None:
                out.append("    {}\n".format(ltext))
            else:
                if lineno == end_lineno:
                    end = end_offset if end_offset not in {None, 0} else offset
                else:
                    end = len(rtext) + 1
                if text and offset > len(text):
                    offset = len(rtext) + 1
                if text and end > len(text):
                    end = len(rtext) + 1
                if offset >= end or end < 0:
                    end = offset + 1
                colno = offset - 1 - spaces
                end_colno = end - 1 - spaces
                out.append("    {}\n".format(ltext))
                if colno >= 0:
                    caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    out.append("    {}{}\n".format(caretspace, "^" * (end_colno - colno)))
        out.append("{}: {}{}\n".format(te.type_str, msg or "<no detail available>", suffix))
        return out

    # -- frames (StackSummary.format)

    def stack(self, entries: list[TbEntry]) -> list[str]:
        result = []
        last = None
        count = 0
        for entry in entries:
            block = self._frame_cache.get(entry)
            if block is None:
                block = self._frame_cache[entry] = self.frame(entry)
            key = (entry.filename, entry.lineno, entry.name)
            if last is None or None in key[1:2] or key != last:
                if count > 3:
                    count -= 3
                    result.append(f"  [Previous line repeated {count} more time{'s' if count > 1 else ''}]\n")
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(block)
        if count > 3:
            count -= 3
            result.append(f"  [Previous line repeated {count} more time{'s' if count > 1 else ''}]\n")
        return result

    def frame(self, entry: TbEntry) -> str:
        filename = entry.filename
        if filename.startswith("<stdin>-"):
            filename = "<stdin>"
        row = ['  File "{}", line {}, in {}\n'.format(filename, entry.lineno, entry.name)]
        lineno = entry.lineno
        end_lineno = lineno if entry.end_lineno is None else entry.end_lineno
        if lineno is None or end_lineno is None:
            return "".join(row)
        lines = [self.ctx.sources.lc_getline(entry.filename, n).rstrip()
                 for n in range(lineno, end_lineno + 1)]
        original = "\n".join(lines) + "\n"
        dedented = textwrap.dedent(original)
        if dedented and dedented.strip():
            if entry.colno is None or entry.end_colno is None:
                first = original.partition("\n")[0].strip()
                row.append(textwrap.indent(first, "    ") + "\n")
            else:
                try:
                    row.append(self.positioned(entry, original, dedented, end_lineno - lineno))
                except Exception:  # what CPython shows cannot be worked out: show the line
                    first = original.partition("\n")[0].strip()
                    row.append(textwrap.indent(first, "    ") + "\n")
        return "".join(row)

    def positioned(self, entry: TbEntry, original: str, dedented: str, span: int) -> str:
        all_original = original.splitlines()
        first_line = all_original[0]
        last_line = all_original[span]
        start_offset = _py_byte_to_char(first_line, entry.colno)
        end_offset = _py_byte_to_char(last_line, entry.end_colno)
        all_lines = dedented.splitlines()[:span + 1]
        dedent_chars = len(first_line) - len(all_lines[0])
        start_offset = max(0, start_offset - dedent_chars)
        end_offset = max(0, end_offset - dedent_chars)
        dp_start = _py_display_width(all_lines[0], start_offset)
        dp_end = _py_display_width(all_lines[-1], end_offset)
        segment = "\n".join(all_lines)
        segment = segment[start_offset:len(segment) - (len(all_lines[-1]) - end_offset)]
        anchors = None
        try:
            anchors = _py_anchors(segment)
        except Exception:
            anchors = None
        show_carets = _py_should_show_carets(start_offset, end_offset, all_lines, anchors)

        significant = {0, len(all_lines) - 1}
        left_off = right_off = 0
        primary = secondary = "^"
        if anchors:
            left_lineno, left_off, right_lineno, right_off, primary, secondary = anchors
            if left_lineno == 0:
                left_off += start_offset
            if right_lineno == 0:
                right_off += start_offset
            left_off = _py_display_width(all_lines[left_lineno], left_off)
            right_off = _py_display_width(all_lines[right_lineno], right_off)
            significant.update(range(left_lineno - 1, left_lineno + 2))
            significant.update(range(right_lineno - 1, right_lineno + 2))
        significant.discard(-1)
        significant.discard(len(all_lines))

        result = []

        def output_line(n: int) -> None:
            result.append(all_lines[n] + "\n")
            if not show_carets:
                return
            num_spaces = len(all_lines[n]) - len(all_lines[n].lstrip())
            carets = []
            num_carets = dp_end if n == len(all_lines) - 1 else _py_display_width(all_lines[n])
            for col in range(num_carets):
                if col < num_spaces or (n == 0 and col < dp_start):
                    carets.append(" ")
                elif anchors and (
                    n > anchors[0] or (n == anchors[0] and col >= left_off)
                ) and (
                    n < anchors[2] or (n == anchors[2] and col < right_off)
                ):
                    carets.append(secondary)
                else:
                    carets.append(primary)
            result.append("".join(carets) + "\n")

        ordered = sorted(significant)
        for i, n in enumerate(ordered):
            if i:
                gap = n - ordered[i - 1]
                if gap == 2:
                    output_line(n - 1)
                elif gap > 2:
                    result.append(f"...<{gap - 1} lines>...\n")
            output_line(n)
        return textwrap.indent(textwrap.dedent("".join(result)), "    ", lambda line: True)
