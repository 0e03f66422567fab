"""Compiling source at run time for the guest's version (``exec``, ``eval``, ``compile``).

``compile_for(version, ...)`` gives a pyctk Code of that version, compiled

1. by the host's own compiler when the versions match;
2. else by that version's ``pythonX.Y`` when one is installed (a worker process per
   version, fed requests on a pipe, as ``py27/compiler.py`` does for 2.7);
3. else by the host's compiler, after the host's parser checked the source with the
   guest's ``feature_version``: syntax newer than the guest (walrus before 3.8, ``match``
   before 3.10, ``except*`` before 3.11, ``type`` statements and type parameters before
   3.12, ...) raises the SyntaxError ``invalid syntax`` that version gives, and before
   3.7 ``async``/``await`` are names. What the host's parser does not check by version
   (some f-string forms, parenthesized context managers, decorator expressions) is
   accepted as the host accepts it.
"""

from __future__ import annotations

import marshal
import os
import shutil
import struct
import subprocess
import sys
import threading

from pyctk.errors import PyctkError

HOST_VERSION = sys.version_info[:2]
PyCF_ONLY_AST = 0x400
# The compile flags a guest's compile() may pass on (PyCF_MASK, PyCF_DONT_IMPLY_DEDENT,
# PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_ALLOW_INCOMPLETE_INPUT, PyCF_TYPE_COMMENTS).
FUTURE_MASK = 0x3FE0000
PASSED_FLAGS = FUTURE_MASK | 0x200 | 0x1000 | 0x2000 | 0x4000

_WORKER_SOURCE = r"""
import sys, marshal, struct
try:
    from importlib.util import MAGIC_NUMBER
except ImportError:
    import imp
    MAGIC_NUMBER = imp.get_magic()
inp = sys.stdin.buffer
out = sys.stdout.buffer
def read(n):
    data = inp.read(n)
    if len(data) != n:
        raise SystemExit(0)
    return data
while True:
    size, flags, is_text = struct.unpack('<III', read(12))
    filename, mode, source = read(size).split(b'\0', 2)
    filename = filename.decode('utf-8', 'surrogateescape')
    if is_text:
        source = source.decode('utf-8', 'surrogatepass')
    try:
        code = compile(source, filename, mode.decode(), flags, True)
        payload = b'C' + MAGIC_NUMBER[:2] + marshal.dumps(code)
    except SyntaxError as e:
        text = e.text if e.text is not None else ''
        fields = [str(e.msg), e.filename or '', str(e.lineno or 0), str(e.offset or 0), text, type(e).__name__,
                  str(getattr(e, 'end_lineno', None) or 0), str(getattr(e, 'end_offset', None) or 0)]
        payload = b'S' + '\0'.join(fields).encode('utf-8', 'surrogatepass')
    except Exception as e:
        payload = b'E' + (type(e).__name__ + '\0' + str(e)).encode('utf-8', 'surrogatepass')
    out.write(struct.pack('<I', len(payload)) + payload)
    out.flush()
"""


class CompilerProcessError(PyctkError):
    """A version's compiler process failed."""


def find_interpreter(version):
    """The ``pythonX.Y`` of ``version`` on PATH, or None (``PYCTK_PYTHONXY`` overrides:
    a path, or ``none`` for the host's compiler with the version's syntax checks)."""
    env = os.environ.get(f"PYCTK_PYTHON{version.major}{version.minor}")
    if env:
        return None if env == "none" else env
    return shutil.which(f"python{version.major}.{version.minor}")


class _Worker:
    """One ``pythonX.Y`` process compiling requests until pyctk exits."""

    def __init__(self, exe, version):
        self.exe = exe
        self.version = version
        self.proc = None
        self.lock = threading.Lock()
        self.cache: dict = {}

    def _start(self):
        try:
            self.proc = subprocess.Popen([self.exe, "-S", "-u", "-c", _WORKER_SOURCE], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE)
        except OSError as e:
            raise CompilerProcessError(f"cannot start {self.exe} to compile {self.version} source: {e}") from None

    def compile(self, source, filename, mode, flags):
        key = (source, filename, mode, flags)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        is_text = isinstance(source, str)
        data = source.encode("utf-8", "surrogatepass") if is_text else bytes(source)
        meta = filename.encode("utf-8", "surrogateescape") + b"\0" + mode.encode() + b"\0" + data
        with self.lock:
            if self.proc is None or self.proc.poll() is not None:
                self._start()
            try:
                self.proc.stdin.write(struct.pack("<III", len(meta), flags, int(is_text)) + meta)
                self.proc.stdin.flush()
                size = struct.unpack("<I", self._read(4))[0]
                payload = self._read(size)
            except (OSError, struct.error) as e:
                self.proc = None
                raise CompilerProcessError(f"the python{self.version} compiler process failed: {e}") from None
        kind, body = payload[:1], payload[1:]
        if kind == b"S":
            raise _syntax_error(body.decode("utf-8", "surrogatepass").split("\0"), filename)
        if kind == b"E":
            import builtins

            name, _, msg = body.decode("utf-8", "surrogatepass").partition("\0")
            cls = getattr(builtins, name, None)
            raise (cls if isinstance(cls, type) and issubclass(cls, Exception) else ValueError)(msg)
        from pyctk.pyc import PycHeader, unmarshal_code

        magic = int.from_bytes(body[:2], "little")
        code = unmarshal_code(body[2:], PycHeader(magic=magic, version=self.version, header_size=16), filename)
        self.cache[key] = code
        return code

    def _read(self, n):
        data = self.proc.stdout.read(n)
        if len(data) != n:
            raise OSError("unexpected end of output")
        return data


def _syntax_error(fields, filename):
    msg, fname, lineno, offset, text, name = fields[:6]
    cls = {"IndentationError": IndentationError, "TabError": TabError}.get(name, SyntaxError)
    details = (fname or filename, int(lineno) or None, int(offset) or None, text or None)
    if len(fields) >= 8 and int(fields[6]) and sys.version_info >= (3, 10):
        details += (int(fields[6]), int(fields[7]) or None)
    return cls(msg, details)


_workers: dict = {}


def _worker(version):
    worker = _workers.get(version.tuple)
    if worker is None:
        exe = find_interpreter(version)
        if exe is None:
            return None
        worker = _workers[version.tuple] = _Worker(exe, version)
    return worker


def compile_for(version, source, filename, mode, flags=0, dont_inherit=True):
    """``source`` (str or bytes) compiled for the guest's ``version`` (a pyctk Version):
    a pyctk Code. ``flags`` are the compile flags including the future flags inherited
    from the guest's calling code (``dont_inherit`` is for the caller to apply: the host's
    own compile never inherits from pyctk's frames)."""
    flags &= PASSED_FLAGS
    if version.tuple == HOST_VERSION:
        return host_code_to_guest(compile(source, filename, mode, flags, True))
    worker = _worker(version)
    if worker is not None:
        return worker.compile(source, filename, mode, flags)
    return host_code_to_guest(compile(checked_ast(version, source, filename, mode, flags), filename, mode, flags, True))


def checked_ast(version, source, filename, mode, flags=0):
    """The host's AST of ``source``, parsed as ``version`` would; newer syntax raises the
    SyntaxError that version gives (``invalid syntax`` at the construct)."""
    feature = max(version.minor, 7) if version.major == 3 else 7
    try:
        return compile(source, filename, mode, flags | PyCF_ONLY_AST, True, _feature_version=feature)
    except SyntaxError as e:
        if e.msg and "only supported in Python 3." in e.msg:
            raise SyntaxError("invalid syntax", (e.filename, e.lineno, e.offset, e.text)) from None
        raise


def host_code_to_guest(host_code):
    """A host code object as a pyctk Code of the host's version (run by its opcode set)."""
    from pyctk.pyc import PycHeader, unmarshal_code
    from pyctk.version import Version

    version = Version(*HOST_VERSION)
    code = unmarshal_code(marshal.dumps(host_code), PycHeader(magic=0, version=version, header_size=16), "<compile>")
    for each in code.walk():
        each.host_compiled = True
    return code
