"""2.7's C printer (Python/pythonrun.c, Python/traceback.c)."""

from __future__ import annotations

from pyctk.runtime.traceback.common import _Ctx, _get, _safe_str
from pyctk.runtime.traceback.sources import _is_unicode27

# ---------------------------------------------------------------------------------------
# 2.7 (Python/pythonrun.c PyErr_Display, Python/traceback.c)


def _repr27(value, depth=0) -> str:
    """``repr()`` as 2.7 shows it, for the values 2.7 exception messages hold."""
    from pyctk.runtime.py27.kinds import Long27, Unicode27

    if depth > 50:
        return "..."
    if isinstance(value, Unicode27):
        return "u" + _quote27(str(value), unicode=True)
    if isinstance(value, str):
        return _quote27(value, unicode=False)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, Long27):
        return int.__repr__(value) + "L"
    if type(value) is tuple:
        items = [_repr27(v, depth + 1) for v in value]
        return "(" + items[0] + ",)" if len(items) == 1 else "(" + ", ".join(items) + ")"
    if type(value) is list:
        return "[" + ", ".join(_repr27(v, depth + 1) for v in value) + "]"
    if type(value) is dict:
        return "{" + ", ".join(
            _repr27(k, depth + 1) + ": " + _repr27(v, depth + 1) for k, v in value.items()) + "}"
    return repr(value)


def _quote27(text: str, unicode: bool) -> str:
    quote = '"' if ("'" in text and '"' not in text) else "'"
    out = [quote]
    for ch in text:
        o = ord(ch)
        if ch == quote or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif o < 32 or o == 127 or (not unicode and o >= 127) or (unicode and 127 < o < 256):
            out.append("\\x%02x" % o)
        elif unicode and o >= 0x10000:
            out.append("\\U%08x" % o)
        elif unicode and o >= 256:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append(quote)
    return "".join(out)


def _str27_value(value) -> str | None:
    """``str(value)`` in 2.7 for an exception argument (None: it fails)."""
    from pyctk.runtime.py27.kinds import Long27, Unicode27

    if isinstance(value, Unicode27):
        text = str(value)
        return text if text.isascii() else None  # encoded with the default (ascii) codec
    if isinstance(value, str):
        return value
    if isinstance(value, Long27):
        return int.__repr__(value)
    if isinstance(value, (tuple, list, dict)):
        return _repr27(value)
    return _safe_str(value)


def _str27(exc) -> str | None:
    """``str(exc)`` as 2.7 computes it (None: it fails)."""
    cls = type(exc)
    try:
        custom = cls.__str__
    except Exception:
        return None
    if custom is BaseException.__str__ or custom is KeyError.__str__:
        try:
            args = tuple(exc.args)
        except Exception:
            return None
        if not args:
            return ""
        if len(args) == 1:
            if custom is KeyError.__str__:
                return _repr27(args[0])
            return _str27_value(args[0])
        return _repr27(args)
    if isinstance(exc, OSError) and custom is OSError.__str__:
        errno, strerror = _get(exc, "errno"), _get(exc, "strerror")
        filename = _get(exc, "filename")
        if filename is not None and errno is not None and strerror is not None:
            return "[Errno %s] %s: %s" % (_str27_value(errno), _str27_value(strerror), _repr27(filename))
        if errno is not None and strerror is not None:
            return "[Errno %s] %s" % (_str27_value(errno), _str27_value(strerror))
        args = tuple(exc.args)
        if not args:
            return ""
        return _str27_value(args[0]) if len(args) == 1 else _repr27(args)
    return _safe_str(exc)


class _Py27:
    def __init__(self, ctx: _Ctx):
        self.ctx = ctx

    def run(self, exc) -> list[str]:
        out: list[str] = []
        entries = self.ctx.entries(exc)
        limit = 1000 if self.ctx.tracebacklimit is None else self.ctx.tracebacklimit
        if entries and limit > 0:
            out.append("Traceback (most recent call last):\n")
            for entry in entries[-limit:]:
                out.append('  File "%s", line %s, in %s\n' % (
                    entry.filename[:500], _c_int(entry.lineno), entry.name[:500]))
                if entry.lineno is not None:
                    line = self.ctx.sources.c27_line(entry.filename, entry.lineno)
                    if line is not None:
                        out.append("    " + line)
        value_str: str | None
        syntax = _parse_syntax_error_27(exc) if hasattr(exc, "print_file_and_line") else None
        if syntax is not None:
            message, filename, lineno, offset, text = syntax
            out.append('  File "%s", line %d\n' % (filename if filename is not None else "<string>", lineno))
            if text is not None:
                out.extend(_error_text_27(offset, text))
            value_str = _str27_value(message) if message is not None else None
            has_value = message is not None
        else:
            value_str = _str27(exc)
            has_value = True
        cls = type(exc)
        module = _get(cls, "__module__", None)
        if module is None:
            out.append("<unknown>")
        elif isinstance(module, str) and module not in ("exceptions", "builtins"):
            out.append(module + ".")
        out.append(cls.__name__.rsplit(".", 1)[-1])
        if has_value:
            if value_str is None:
                out.append(": <exception str() failed>")
            elif value_str:
                out.append(": " + value_str)
        out.append("\n")
        return out


def _c_int(value) -> str:
    return "-1" if value is None else "%d" % value


def _parse_syntax_error_27(exc):
    message = _get(exc, "msg", _MISSING)
    if message is _MISSING:
        return None
    filename = _get(exc, "filename")
    if filename is not None and not isinstance(filename, str):
        return None
    lineno = _get(exc, "lineno")
    if not isinstance(lineno, int):
        return None
    offset = _get(exc, "offset")
    if offset is None:
        offset = -1
    elif not isinstance(offset, int):
        return None
    text = _get(exc, "text")
    if text is not None:
        if _is_unicode27(text):
            if not str(text).isascii():
                return None
            text = str(text)
        elif not isinstance(text, str):
            return None
    return message, filename, lineno, offset, text


_MISSING = object()


def _error_text_27(offset: int, text: str) -> list[str]:
    """2.7's ``print_error_text`` (text in byte code points)."""
    text = text.split("\0", 1)[0]
    if offset >= 0:
        if offset > 0 and offset == len(text) and text[offset - 1] == "\n":
            offset -= 1
        while True:
            nl = text.find("\n")
            if nl < 0 or nl >= offset:
                break
            offset -= nl + 1
            text = text[nl + 1:]
        while text[:1] in (" ", "\t") and text:
            text = text[1:]
            offset -= 1
    out = ["    " + text]
    if not text or not text.endswith("\n"):
        out.append("\n")
    if offset == -1:
        return out
    out.append("    " + " " * max(offset - 1, 0) + "^\n")
    return out
