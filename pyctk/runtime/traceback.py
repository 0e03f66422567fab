"""The text CPython writes to stderr for an uncaught exception, for each guest version.

``format_exception(version, exc, entries_of, source_dirs)`` returns, for CPython 2.7 or
3.6-3.13, exactly what that interpreter prints when a program ends with ``exc`` uncaught:
from ``Traceback (most recent call last):`` to the final newline, with chained exceptions,
notes, exception groups, position carets and "Did you mean" suggestions as that version
shows them. It is pure: it reads source files (as CPython does) and nothing else.

Where the display comes from, version by version (each reproduced here in our own code):

* 2.7: ``PyErr_Display`` and ``PyTraceBack_Print`` in C; source lines are raw bytes.
* 3.6-3.12: ``print_exception_recursive`` / ``print_exception`` (``Python/pythonrun.c``) and
  ``tb_displayline`` (``Python/traceback.c``); 3.11 and 3.12 add carets computed in C,
  exception groups and notes.
* 3.13: ``traceback._print_exception_bltin``, i.e. ``Lib/traceback.py`` of 3.13 (different
  caret rules, multi-line frames, sources through ``linecache``).

The guest's traceback is not on the exception: ``entries_of(exc)`` gives the frames
(``TbEntry``, outermost first) of any exception met (the raised one, its ``__cause__`` /
``__context__`` chain, exception-group members).

Text conventions: the result is a host ``str``. For a 2.7 guest, text that 2.7 handles as
bytes (source lines, 2.7 ``str`` messages) holds one code point per byte, as pyctk keeps 2.7
``str`` values (see ``pyctk.runtime.py27.kinds``): write it with ``encode("latin-1")``. For 3.x the
text is what the interpreter writes before encoding stderr (UTF-8, backslashreplace).

Exception groups are recognized by a class named ``BaseExceptionGroup`` of module
``builtins`` in the type's MRO, so a stand-in class works on a host without groups (3.10).
"""

from __future__ import annotations

import ast
import io
import os
import textwrap
import tokenize
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from pyctk.version import Version

__all__ = ["TbEntry", "SuggestionNames", "format_exception", "format_exception_lines"]


@attrs.frozen
class TbEntry:
    """One guest frame in a traceback, outermost first."""

    filename: str
    lineno: int | None
    name: str  # co_name: what CPython prints after "in"
    # 3.11+: positions of the failing instruction, from the code's position table:
    # lines are 1-based, columns 0-based UTF-8 byte offsets (as ``co_positions()``).
    end_lineno: int | None = None
    colno: int | None = None
    end_colno: int | None = None


@attrs.frozen
class SuggestionNames:
    """The names CPython 3.10+ searches to add "Did you mean: 'x'?" to a message.

    Only the VM knows them; ``names_of(exc)`` returns one for a NameError,
    AttributeError or ImportError (or None: no suggestion, except that an AttributeError
    falls back to ``dir(exc.obj)`` on the host).
    """

    # AttributeError: dir(exc.obj); ImportError ("from m import x"): dir(module m)
    candidates: Sequence[str] = ()
    # NameError, of the innermost guest frame:
    varnames: Sequence[str] = ()  # its code's co_varnames (3.10-3.12 look there)
    locals: Sequence[str] = ()  # the keys of its f_locals (3.13 looks there)
    globals: Sequence[str] = ()
    builtins: Sequence[str] = ()
    self_has_name: bool = False  # it has a local ``self`` with that attribute (3.12+)
    # AttributeError: the innermost frame's ``self`` is exc.obj (3.13 then offers _names)
    self_is_obj: bool = False


EntriesOf = Callable[[BaseException], Sequence[TbEntry]]
NamesOf = Callable[[BaseException], "SuggestionNames | None"]


def format_exception(
    version,
    exc: BaseException,
    entries_of: EntriesOf,
    source_dirs: Iterable[str] = (),
    *,
    names_of: NamesOf | None = None,
    tracebacklimit: int | None = None,
) -> str:
    """What CPython ``version`` writes to stderr when ``exc`` ends the program uncaught.

    ``version``: a ``pyctk.version.Version``, ``"X.Y"`` or ``(X, Y)``.
    ``entries_of(e)``: the traceback entries of exception ``e``, outermost first.
    ``source_dirs``: the guest's ``sys.path``; CPython looks for a relative file name in
    the current directory and then in these.
    ``names_of(e)``: optional ``SuggestionNames`` for "Did you mean" (3.10+).
    ``tracebacklimit``: the guest's ``sys.tracebacklimit`` if it set one.
    """
    return "".join(format_exception_lines(
        version, exc, entries_of, source_dirs, names_of=names_of, tracebacklimit=tracebacklimit))


def format_exception_lines(
    version,
    exc: BaseException,
    entries_of: EntriesOf,
    source_dirs: Iterable[str] = (),
    *,
    names_of: NamesOf | None = None,
    tracebacklimit: int | None = None,
) -> list[str]:
    """``format_exception`` as a list of pieces (their concatenation is the text)."""
    style = _style_of(version)
    ctx = _Ctx(style, entries_of, tuple(source_dirs), names_of, tracebacklimit)
    printer = {"c27": _Py27, "c3": _PyC3, "py313": _Py313}[style.printer]
    return printer(ctx).run(exc)


def _style_of(version):
    """The traceback style of ``version`` (a Version, ``"X.Y"``, ``(X, Y)``, or an
    OpcodeSet): its opcode set's ``traceback_style`` part."""
    from pyctk.versions import OpcodeSet, opset_for

    opset = version if isinstance(version, OpcodeSet) else opset_for(Version.of(version))
    return opset.traceback_style


# ---------------------------------------------------------------------------------------
# Shared state and helpers


class _Ctx:
    def __init__(self, style, entries_of, source_dirs, names_of, tracebacklimit):
        self.style = style
        self.entries_of = entries_of
        self.names_of = names_of
        self.tracebacklimit = tracebacklimit
        self.sources = _Sources(style, source_dirs)

    def entries(self, exc) -> list[TbEntry]:
        try:
            got = self.entries_of(exc)
        except Exception:
            return []
        return list(got or ())

    def names(self, exc) -> SuggestionNames | None:
        if self.names_of is None:
            return None
        try:
            return self.names_of(exc)
        except Exception:
            return None


def _safe_str(value) -> str | None:
    try:
        text = str(value)
    except Exception:
        return None
    return text if isinstance(text, str) else None


def _is_group(exc) -> bool:
    try:
        mro = type(exc).__mro__
    except Exception:
        return False
    for cls in mro:
        if cls.__name__ == "BaseExceptionGroup" and getattr(cls, "__module__", None) == "builtins":
            return isinstance(getattr(exc, "exceptions", None), (tuple, list))
    return False


def _get(obj, name, default=None):
    try:
        return getattr(obj, name, default)
    except Exception:
        return default


def _cause(exc):
    return _get(exc, "__cause__")


def _context(exc):
    return _get(exc, "__context__")


def _suppress(exc) -> bool:
    return bool(_get(exc, "__suppress_context__", False))


_WS = " \t\f"


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


# ---------------------------------------------------------------------------------------
# "Did you mean" (3.10+): CPython's Levenshtein search (Python/suggestions.c)

_MAX_CANDIDATE_ITEMS = 750
_MAX_STRING_SIZE = 40
_MOVE_COST = 2
_CASE_COST = 1


def _substitution_cost(a: int, b: int) -> int:
    if (a & 31) != (b & 31):
        return _MOVE_COST
    if a == b:
        return 0
    if 65 <= a <= 90:
        a += 32
    if 65 <= b <= 90:
        b += 32
    return _CASE_COST if a == b else _MOVE_COST


def _levenshtein(a: bytes, b: bytes, max_cost: int) -> int:
    if a == b:
        return 0
    pre = 0
    while pre < len(a) and pre < len(b) and a[pre] == b[pre]:
        pre += 1
    a, b = a[pre:], b[pre:]
    post = 0
    while post < len(a) and post < len(b) and a[-1 - post] == b[-1 - post]:
        post += 1
    if post:
        a, b = a[:-post], b[:-post]
    if not a or not b:
        return (len(a) + len(b)) * _MOVE_COST
    if len(a) > _MAX_STRING_SIZE or len(b) > _MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > max_cost:
        return max_cost + 1
    row = [(i + 1) * _MOVE_COST for i in range(len(a))]
    result = 0
    for b_index, code in enumerate(b):
        distance = result = b_index * _MOVE_COST
        minimum = None
        for index, ach in enumerate(a):
            substitute = distance + _substitution_cost(code, ach)
            distance = row[index]
            insert_delete = min(result, distance) + _MOVE_COST
            result = min(insert_delete, substitute)
            row[index] = result
            if minimum is None or result < minimum:
                minimum = result
        if minimum is not None and minimum > max_cost:
            return max_cost + 1
    return result


def _calculate_suggestion(candidates, name: str) -> str | None:
    candidates = list(candidates)
    if len(candidates) >= _MAX_CANDIDATE_ITEMS:
        return None
    try:
        name_b = name.encode("utf-8")
    except UnicodeEncodeError:
        return None
    best = None
    best_distance = None
    for item in candidates:
        if not isinstance(item, str):
            continue
        if item == name:
            continue
        try:
            item_b = item.encode("utf-8")
        except UnicodeEncodeError:
            return None
        max_distance = (len(name_b) + len(item_b) + 3) * _MOVE_COST // 6
        if best_distance is not None:
            max_distance = min(max_distance, best_distance - 1)
        distance = _levenshtein(name_b, item_b, max_distance)
        if distance > max_distance:
            continue
        if best is None or distance < best_distance:
            best = item
            best_distance = distance
    return best


_STDLIB_312 = frozenset((
    '__future__', '_abc', '_aix_support', '_ast', '_asyncio', '_bisect', '_blake2', '_bz2',
    '_codecs', '_codecs_cn', '_codecs_hk', '_codecs_iso2022', '_codecs_jp', '_codecs_kr',
    '_codecs_tw', '_collections', '_collections_abc', '_compat_pickle', '_compression',
    '_contextvars', '_crypt', '_csv', '_ctypes', '_curses', '_curses_panel', '_datetime',
    '_dbm', '_decimal', '_elementtree', '_frozen_importlib', '_frozen_importlib_external',
    '_functools', '_gdbm', '_hashlib', '_heapq', '_imp', '_io', '_json', '_locale',
    '_lsprof', '_lzma', '_markupbase', '_md5', '_msi', '_multibytecodec', '_multiprocessing',
    '_opcode', '_operator', '_osx_support', '_overlapped', '_pickle', '_posixshmem',
    '_posixsubprocess', '_py_abc', '_pydatetime', '_pydecimal', '_pyio', '_pylong',
    '_queue', '_random', '_scproxy', '_sha1', '_sha2', '_sha3', '_signal', '_sitebuiltins',
    '_socket', '_sqlite3', '_sre', '_ssl', '_stat', '_statistics', '_string', '_strptime',
    '_struct', '_symtable', '_thread', '_threading_local', '_tkinter', '_tokenize',
    '_tracemalloc', '_typing', '_uuid', '_warnings', '_weakref', '_weakrefset', '_winapi',
    '_zoneinfo', 'abc', 'aifc', 'antigravity', 'argparse', 'array', 'ast', 'asyncio',
    'atexit', 'audioop', 'base64', 'bdb', 'binascii', 'bisect', 'builtins', 'bz2',
    'cProfile', 'calendar', 'cgi', 'cgitb', 'chunk', 'cmath', 'cmd', 'code', 'codecs',
    'codeop', 'collections', 'colorsys', 'compileall', 'concurrent', 'configparser',
    'contextlib', 'contextvars', 'copy', 'copyreg', 'crypt', 'csv', 'ctypes', 'curses',
    'dataclasses', 'datetime', 'dbm', 'decimal', 'difflib', 'dis', 'doctest', 'email',
    'encodings', 'ensurepip', 'enum', 'errno', 'faulthandler', 'fcntl', 'filecmp',
    'fileinput', 'fnmatch', 'fractions', 'ftplib', 'functools', 'gc', 'genericpath',
    'getopt', 'getpass', 'gettext', 'glob', 'graphlib', 'grp', 'gzip', 'hashlib', 'heapq',
    'hmac', 'html', 'http', 'idlelib', 'imaplib', 'imghdr', 'importlib', 'inspect', 'io',
    'ipaddress', 'itertools', 'json', 'keyword', 'lib2to3', 'linecache', 'locale',
    'logging', 'lzma', 'mailbox', 'mailcap', 'marshal', 'math', 'mimetypes', 'mmap',
    'modulefinder', 'msilib', 'msvcrt', 'multiprocessing', 'netrc', 'nis', 'nntplib',
    'nt', 'ntpath', 'nturl2path', 'numbers', 'opcode', 'operator', 'optparse', 'os',
    'ossaudiodev', 'pathlib', 'pdb', 'pickle', 'pickletools', 'pipes', 'pkgutil',
    'platform', 'plistlib', 'poplib', 'posix', 'posixpath', 'pprint', 'profile', 'pstats',
    'pty', 'pwd', 'py_compile', 'pyclbr', 'pydoc', 'pydoc_data', 'pyexpat', 'queue',
    'quopri', 'random', 're', 'readline', 'reprlib', 'resource', 'rlcompleter', 'runpy',
    'sched', 'secrets', 'select', 'selectors', 'shelve', 'shlex', 'shutil', 'signal',
    'site', 'smtplib', 'sndhdr', 'socket', 'socketserver', 'spwd', 'sqlite3', 'sre_compile',
    'sre_constants', 'sre_parse', 'ssl', 'stat', 'statistics', 'string', 'stringprep',
    'struct', 'subprocess', 'sunau', 'symtable', 'sys', 'sysconfig', 'syslog', 'tabnanny',
    'tarfile', 'telnetlib', 'tempfile', 'termios', 'textwrap', 'this', 'threading', 'time',
    'timeit', 'tkinter', 'token', 'tokenize', 'tomllib', 'trace', 'traceback',
    'tracemalloc', 'tty', 'turtle', 'turtledemo', 'types', 'typing', 'unicodedata',
    'unittest', 'urllib', 'uu', 'uuid', 'venv', 'warnings', 'wave', 'weakref',
    'webbrowser', 'winreg', 'winsound', 'wsgiref', 'xdrlib', 'xml', 'xmlrpc', 'zipapp',
    'zipfile', 'zipimport', 'zlib', 'zoneinfo',
))
_STDLIB_313 = (_STDLIB_312 | {
    '_android_support', '_colorize', '_interpchannels', '_interpqueues', '_interpreters',
    '_ios_support', '_opcode_metadata', '_pyrepl', '_suggestions', '_sysconfig', '_wmi',
}) - {
    '_crypt', '_msi', 'aifc', 'audioop', 'cgi', 'cgitb', 'chunk', 'crypt', 'imghdr',
    'lib2to3', 'mailcap', 'msilib', 'nis', 'nntplib', 'ossaudiodev', 'pipes', 'sndhdr',
    'spwd', 'sunau', 'telnetlib', 'uu', 'xdrlib',
}


def _host_dir(obj) -> list[str] | None:
    try:
        return list(dir(obj))
    except Exception:
        return None


def _suggestion_c(ctx: _Ctx, exc, has_tb: bool) -> str:
    """3.10-3.12: the text the C display adds after the message (may be "")."""
    style = ctx.style
    cls = type(exc)
    if cls is AttributeError:
        name = _get(exc, "name")
        if type(name) is not str:
            return ""
        names = ctx.names(exc)
        if names is not None:
            candidates = list(names.candidates)
        else:
            if not hasattr(exc, "obj"):
                return ""
            candidates = _host_dir(exc.obj)
            if candidates is None:
                return ""
        found = _calculate_suggestion(candidates, name)
        return f". Did you mean: '{found}'?" if found else ""
    if cls is NameError:
        name = _get(exc, "name")
        if type(name) is not str or not has_tb:
            return ""
        names = ctx.names(exc)
        found = None
        if names is not None:
            if style.suggestions_312 and "self" in names.varnames and names.self_has_name:
                found = f"self.{name}"
            else:
                for group in (names.varnames, names.globals, names.builtins):
                    found = _calculate_suggestion(group, name)
                    if found:
                        break
        if style.suggestions_312 and name in _STDLIB_312:
            if found is None:
                return f". Did you forget to import {name!r}?"
            return f". Did you mean: {found!r}? Or did you forget to import {name!r}?"
        return f". Did you mean: {found!r}?" if found else ""
    if cls is ImportError and style.suggestions_312:
        name_from = _get(exc, "name_from")
        if _get(exc, "name") is None or type(name_from) is not str:
            return ""
        names = ctx.names(exc)
        if names is None:
            return ""
        found = _calculate_suggestion(names.candidates, name_from)
        return f". Did you mean: {found!r}?" if found else ""
    return ""


def _suggestion_313(ctx: _Ctx, exc, has_tb: bool) -> str:
    """3.13 (``TracebackException.__init__``): the text added after the message."""
    if isinstance(exc, SyntaxError):
        return ""
    if isinstance(exc, ImportError):
        wrong = _get(exc, "name_from")
        if wrong is None:
            return ""
        found = _compute_suggestion_313(ctx, exc, wrong, has_tb)
        return f". Did you mean: '{found}'?" if found else ""
    if isinstance(exc, (NameError, AttributeError)):
        wrong = _get(exc, "name")
        if wrong is None:
            return ""
        found = _compute_suggestion_313(ctx, exc, wrong, has_tb)
        text = f". Did you mean: '{found}'?" if found else ""
        if isinstance(exc, NameError) and isinstance(wrong, str) and wrong in _STDLIB_313:
            if found:
                text += f" Or did you forget to import '{wrong}'?"
            else:
                text += f". Did you forget to import '{wrong}'?"
        return text
    return ""


def _compute_suggestion_313(ctx: _Ctx, exc, wrong, has_tb: bool) -> str | None:
    if not isinstance(wrong, str):
        return None
    names = ctx.names(exc)
    if isinstance(exc, AttributeError):
        if names is not None:
            d = list(names.candidates)
            self_is_obj = names.self_is_obj
        else:
            if not hasattr(exc, "obj"):
                return None
            d = _host_dir(exc.obj)
            if d is None:
                return None
            self_is_obj = False
        hide_underscored = wrong[:1] != "_"
        if hide_underscored and has_tb and self_is_obj:
            hide_underscored = False
        if hide_underscored:
            d = [x for x in d if x[:1] != "_"]
    elif isinstance(exc, ImportError):
        if names is None:
            return None
        d = list(names.candidates)
        if wrong[:1] != "_":
            d = [x for x in d if x[:1] != "_"]
    else:
        if not has_tb or names is None:
            return None
        d = list(names.locals) + list(names.globals) + list(names.builtins)
        if "self" in names.locals and names.self_has_name:
            return f"self.{wrong}"
    return _calculate_suggestion(d, wrong)


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
