"""\"Did you mean\" suggestions (3.10+): Python/suggestions.c and 3.13's traceback.py."""

from __future__ import annotations

from pyctk.runtime.traceback.common import _Ctx, _get

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
