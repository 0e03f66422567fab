"""Source files: found and read the way each version does (C lookup for 2.7 and
3.6-3.12, linecache for 3.13)."""

from __future__ import annotations

import io
import os
import tokenize
from typing import Any

# ---------------------------------------------------------------------------------------
# Source files: found and read the way each version does


class _Sources:
    def __init__(self, style, dirs):
        self.bytes_names = style.bytes_file_names
        self.dirs = dirs
        self._c_cache: dict[str, Any] = {}
        self._lc_cache: dict[str, list[str]] = {}

    # -- C lookup (2.7, 3.6-3.12): the name as given, then its last component in each
    #    sys.path entry.

    def _c_open(self, filename: str) -> bytes | None:
        if not filename or "\0" in filename:
            return None
        data = self._read(filename)
        if data is not None:
            return data
        tail = filename.rsplit(os.sep, 1)[-1]
        for entry in self.dirs:
            if not isinstance(entry, str):
                continue
            if self.bytes_names and _is_unicode27(entry):
                continue  # 2.7 only tries str (bytes) entries
            if "\0" in entry:
                continue
            path = entry if not entry or entry.endswith(os.sep) else entry + os.sep
            data = self._read(path + tail)
            if data is not None:
                return data
        return None

    def _read(self, path: str) -> bytes | None:
        if self.bytes_names:
            # a 2.7 file name is bytes, held one code point per byte
            try:
                return _read_file(path.encode("latin-1"))
            except UnicodeEncodeError:
                pass
        return _read_file(path)

    def c27_line(self, filename: str, lineno: int) -> str | None:
        """2.7's ``_Py_DisplaySourceLine``: the text after "    " (ends in newline), or None."""
        key = filename
        if key not in self._c_cache:
            data = self._c_open(filename)
            self._c_cache[key] = None if data is None else _split_universal(data.decode("latin-1"))
        lines = self._c_cache[key]
        if lines is None:
            return None
        if lineno < 1:
            return None
        if lineno <= len(lines):
            line = lines[lineno - 1]
            # fgets into a 2000-byte buffer: a longer line leaves only its last chunk.
            start = 0
            while len(line) - start > 1999:
                start += 1999
            line = line[start:]
        else:
            line = ""  # past the end: the buffer was emptied by the failed read
        line = line.split("\0", 1)[0]
        line = line.lstrip(" \t\f")
        if "\n" not in line:
            line += "\n"
        return line

    def c3_line(self, filename: str, lineno: int) -> str | None:
        """3.x C ``_Py_DisplaySourceLine``: the line as ``readline()`` gives it, without
        its newline (leading whitespace kept), or None."""
        if filename not in self._c_cache:
            self._c_cache[filename] = self._c3_read(filename)
        lines = self._c_cache[filename]
        if lines is None or lineno is None or lineno < 1 or lineno > len(lines):
            return None
        return lines[lineno - 1]

    def _c3_read(self, filename: str) -> list[str] | None:
        data = self._c_open(filename)
        if data is None:
            return None
        encoding = _c_find_encoding(data)
        try:
            fob = io.TextIOWrapper(io.BytesIO(data), encoding=encoding)
        except (LookupError, ValueError):
            return None
        lines = []
        while True:
            try:
                line = fob.readline()
            except Exception:
                break
            if not line:
                break
            if line.endswith("\n"):
                line = line[:-1]
            lines.append(line)
        return lines

    # -- linecache (3.13)

    def lc_lines(self, filename: str) -> list[str]:
        if filename not in self._lc_cache:
            self._lc_cache[filename] = self._lc_read(filename)
        return self._lc_cache[filename]

    def lc_getline(self, filename: str, lineno: int) -> str:
        lines = self.lc_lines(filename)
        if 1 <= lineno <= len(lines):
            return lines[lineno - 1]
        return ""

    def _lc_read(self, filename) -> list[str]:
        if not filename or not isinstance(filename, str):
            return []
        if filename.startswith("<") and filename.endswith(">"):
            return []
        fullname = filename
        try:
            os.stat(fullname)
        except OSError:
            if os.path.isabs(filename):
                return []
            for dirname in self.dirs:
                try:
                    fullname = os.path.join(dirname, filename)
                except (TypeError, AttributeError):
                    continue
                try:
                    os.stat(fullname)
                    break
                except (OSError, ValueError):
                    pass
            else:
                return []
        except ValueError:
            return []
        try:
            with tokenize.open(fullname) as fp:
                lines = fp.readlines()
        except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
            return []
        if not lines:
            lines = ["\n"]
        elif not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        return lines


def _read_file(path: str | bytes) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read()
    except (OSError, ValueError):
        return None


def _is_unicode27(value) -> bool:
    try:
        from pyctk.runtime.py27.kinds import Unicode27
    except ImportError:  # pragma: no cover
        return False
    return isinstance(value, Unicode27)


def _split_universal(text: str) -> list[str]:
    """Lines as C's universal-newline fgets reads them (each ends in "\\n" but the last)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.splitlines(keepends=True) if "\n" in text else ([text] if text else [])


def _c_find_encoding(data: bytes) -> str:
    """The encoding the C tokenizer finds (coding cookie or BOM), else UTF-8."""
    lines = iter(data.splitlines(keepends=True)[:2])
    try:
        encoding, _ = tokenize.detect_encoding(lambda: next(lines, b""))
    except (SyntaxError, LookupError):
        return "utf-8"
    if encoding == "utf-8-sig":
        return "utf-8"  # the C tokenizer says "utf-8": the BOM stays in the first line
    return encoding
