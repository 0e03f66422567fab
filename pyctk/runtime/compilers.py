"""Compiling guest source with the guest version's own compiler.

Source of another version than the host's is never compiled by the host's compiler as if
it were the host's: a ``pythonX.Y`` of that version (``PYCTK_PYTHONXY``, else
``pythonX.Y`` on PATH) runs a small worker, one process per version, fed requests on a
pipe; it answers with the marshalled code object, read back by ``pyctk.pyc``. Nothing is
written to disk. The import of a module whose ``.pyc`` is missing or stale
(``pathfinder.py``) needs that interpreter (``MissingCompilerError`` otherwise).

``compile_for(version, ...)`` is what ``exec``/``eval``/``compile`` use; it gives a pyctk
Code of that version, compiled

1. by the host's own compiler when the versions match;
2. else by that version's worker when its interpreter is installed;
3. else by the host's compiler, after the host's parser checked the source with the
   guest's ``feature_version``: syntax newer than the guest (walrus before 3.8, ``match``
   before 3.10, ``except*`` before 3.11, ``type`` statements and type parameters before
   3.12, ...) raises the SyntaxError ``invalid syntax`` that version gives. What the
   host's parser does not check by version (some f-string forms, parenthesized context
   managers, decorator expressions) is accepted as the host accepts it.
"""

from __future__ import annotations

import builtins
import marshal
import os
import shutil
import struct
import subprocess
import threading

from pyctk.errors import PyctkError
from pyctk.versions.host import HOST, is_host
from pyctk.versions.interpreters import executable_names, override_variable, parser_feature_version

PyCF_ONLY_AST = 0x400
# The compile flags a guest's compile() may pass on (PyCF_MASK, PyCF_DONT_IMPLY_DEDENT,
# PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_ALLOW_INCOMPLETE_INPUT, PyCF_TYPE_COMMENTS).
FUTURE_MASK = 0x3FE0000
PASSED_FLAGS = FUTURE_MASK | 0x200 | 0x1000 | 0x2000 | 0x4000

# Runs in the target interpreter: valid Python 2.7 and 3.6+. It first says its version,
# then answers each request with 'C' + marshalled code, 'S' + a SyntaxError's fields or
# 'E' + another error's name and message.
WORKER_SOURCE = r"""
import sys, marshal, struct
inp = getattr(sys.stdin, 'buffer', sys.stdin)
out = getattr(sys.stdout, 'buffer', sys.stdout)
PY3 = str is not bytes
def text(s):
    if not isinstance(s, (bytes, type(u''))):
        s = str(s)
    if isinstance(s, bytes):
        return s
    return s.encode('utf-8', 'surrogateescape' if PY3 else 'replace')
def read(n):
    data = inp.read(n)
    if len(data) != n:
        raise SystemExit(0)
    return data
out.write(('%d.%d\n' % sys.version_info[:2]).encode('ascii'))
out.flush()
while True:
    size, flags, is_unicode = struct.unpack('<III', read(12))
    filename, mode, source = read(size).split(b'\0', 2)
    if PY3:
        filename = filename.decode('utf-8', 'surrogateescape')
        mode = mode.decode('ascii')
    if is_unicode:
        source = source.decode('utf-8')
    try:
        code = compile(source, filename, mode, flags, 1)
        payload = b'C' + marshal.dumps(code)
    except SyntaxError as e:
        fields = [e.msg, e.filename, e.lineno or 0, e.offset or 0, e.text, type(e).__name__,
                  getattr(e, 'end_lineno', None) or 0, getattr(e, 'end_offset', None) or 0]
        payload = b'S' + b'\0'.join([text(f) for f in fields])
    except Exception as e:
        payload = b'E' + text(type(e).__name__) + b'\0' + text(e)
    out.write(struct.pack('<I', len(payload)) + payload)
    out.flush()
"""


class MissingCompilerError(PyctkError):
    """Guest source must be compiled and no interpreter of its version can do it."""


def compiler_env_name(version) -> str:
    return override_variable(version)


def find_python(version) -> str | None:
    """The interpreter that compiles ``version``'s source: ``PYCTK_PYTHONXY`` if set
    (``none``: none at all), else ``pythonX.Y`` on PATH (2.7: also ``python2``)."""
    env = os.environ.get(compiler_env_name(version))
    if env:
        return None if env == "none" else env  # none: no interpreter, whatever PATH has
    for name in executable_names(version):
        path = shutil.which(name)
        if path:
            return path
    return None


# A launcher found on PATH (pyenv's shim: a shell script, ~0.2 s a start) -> the
# interpreter it runs, when that interpreter said so (ownstdlib asks it its library).
_EXECUTABLES: dict = {}


def remember_executable(found, executable) -> None:
    """``found`` (what ``find_python`` gives) runs ``executable``: start that directly."""
    _EXECUTABLES[found] = executable


class VersionCompiler:
    """One worker process of ``version``'s compiler, started on the first request."""

    def __init__(self, version, text_encoding: str):
        self.version = version
        self.text_encoding = text_encoding  # how the worker's messages decode (2.7: a code point per byte)
        self.proc = None
        self.cache = {}
        self.lock = threading.Lock()  # guest threads share the worker: one request at a time

    def _start(self):
        exe = find_python(self.version)
        name = f"python{self.version}"
        if exe is None:
            raise MissingCompilerError(f"no {name} on PATH (set {compiler_env_name(self.version)} to one)")
        exe = _EXECUTABLES.get(exe, exe)
        try:
            self.proc = subprocess.Popen([exe, "-E", "-S", "-u", "-c", WORKER_SOURCE], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError as e:
            raise MissingCompilerError(f"cannot start {exe}: {e.strerror or e}") from None
        said = self.proc.stdout.readline().decode("ascii", "replace").strip()
        if said != str(self.version):
            self.proc.kill()
            self.proc.wait()
            self.proc = None
            raise MissingCompilerError(f"{exe} is not a working {name}" + (f" (it is {said})" if said else ""))

    def compile(self, source, filename: str, mode: str = "exec", flags: int = 0, is_unicode: bool = False):
        """The ``pyctk.code.Code`` of ``source`` (bytes: the file's bytes, whose coding
        line the compiler honours; str with ``is_unicode``: text)."""
        key = (source, is_unicode, filename, mode, flags)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        data = source.encode("utf-8") if isinstance(source, str) else bytes(source)
        meta = filename.encode("utf-8", "surrogateescape") + b"\0" + mode.encode() + b"\0" + data
        with self.lock:
            if self.proc is None or self.proc.poll() is not None:
                self._start()
            try:
                self.proc.stdin.write(struct.pack("<III", len(meta), flags, int(is_unicode)) + meta)
                self.proc.stdin.flush()
                size = struct.unpack("<I", self._read(4))[0]
                payload = self._read(size)
            except (OSError, struct.error) as e:
                self.proc = None
                raise MissingCompilerError(f"the python{self.version} compiler process failed: {e}") from None
        kind, body = payload[:1], payload[1:]
        if kind == b"S":
            fields = body.decode(self.text_encoding, "surrogateescape").split("\0")
            msg, fname, lineno, offset, text, name = fields[:6]
            cls = {"IndentationError": IndentationError, "TabError": TabError}.get(name, SyntaxError)
            details = (fname or filename, int(lineno) or None, int(offset) or None, text or None)
            if len(fields) > 7 and int(fields[6]):
                details += (int(fields[6]), int(fields[7]) or None)
            raise cls(msg, details)
        if kind == b"E":
            name, _, msg = body.decode(self.text_encoding, "surrogateescape").partition("\0")
            cls = getattr(builtins, name, None)
            if not (isinstance(cls, type) and issubclass(cls, Exception)):
                cls = ValueError
            raise cls(msg)
        from pyctk.pyc import PycHeader, canonical_magic, unmarshal_code
        from pyctk.versions.imports import import_rules

        header = PycHeader(magic=canonical_magic(self.version), version=self.version,
                           header_size=import_rules(self.version).pyc_header_size)
        code = unmarshal_code(body, header, filename)
        self.cache[key] = code
        return code

    def close(self):
        """End the worker (it also ends by itself when pyctk's process does)."""
        if self.proc is not None:
            self.proc.stdin.close()
            self.proc.wait()
            self.proc.stdout.close()
            self.proc = None

    def _read(self, n):
        data = self.proc.stdout.read(n)
        if len(data) != n:
            raise OSError("unexpected end of output")
        return data


_compilers: dict = {}


def compiler_for(vm, version) -> VersionCompiler:
    """The compiler of ``version``: one worker per process and version, started on the
    first request (``vm`` is kept for callers; every VM shares it)."""
    compiler = _compilers.get(version)
    if compiler is None:
        from pyctk.versions import opset_for

        compiler = VersionCompiler(version, "latin-1" if opset_for(version).fact("text_is_bytes") else "utf-8")
        compiler = _compilers.setdefault(version, compiler)
    return compiler


def compile_for(version, source, filename, mode, flags=0, dont_inherit=True):
    """``source`` (str or bytes) compiled for the guest's ``version`` (a pyctk Version):
    a pyctk Code. ``flags`` are the compile flags including the future flags inherited
    from the guest's calling code (``dont_inherit`` is for the caller to apply: the host's
    own compile never inherits from pyctk's frames)."""
    flags &= PASSED_FLAGS
    if is_host(version):
        return host_code_to_guest(compile(source, filename, mode, flags, True))
    if find_python(version) is not None:
        return compiler_for(None, version).compile(source, filename, mode, flags, is_unicode=isinstance(source, str))
    return host_code_to_guest(compile(checked_ast(version, source, filename, mode, flags), filename, mode, flags, True))


def exec_namespaces(vm, globals_, locals_):
    """The (globals, locals) that ``exec``/``eval`` (3.x's built-ins, 2.7's statement and
    built-ins) run code in: the calling guest frame's when not given, locals defaulting to
    globals; a globals dict without ``__builtins__`` gets the builtins as CPython's do."""
    if globals_ is None:
        frame = vm.frame
        globals_ = frame.globals
        if locals_ is None:
            locals_ = vm.current_locals(frame)
    elif locals_ is None:
        locals_ = globals_
    if isinstance(globals_, dict) and "__builtins__" not in globals_:
        globals_["__builtins__"] = builtins
    return globals_, locals_


def checked_ast(version, source, filename, mode, flags=0):
    """The host's AST of ``source``, parsed as ``version`` would; newer syntax raises the
    SyntaxError that version gives (``invalid syntax`` at the construct)."""
    feature = parser_feature_version(version)
    try:
        return compile(source, filename, mode, flags | PyCF_ONLY_AST, True, _feature_version=feature)
    except SyntaxError as e:
        if e.msg and "only supported in Python 3." in e.msg:
            raise SyntaxError("invalid syntax", (e.filename, e.lineno, e.offset, e.text)) from None
        raise


def host_code_to_guest(host_code):
    """A host code object as a pyctk Code of the host's version (run by its opcode set)."""
    from pyctk.pyc import PycHeader, unmarshal_code
    version = HOST
    code = unmarshal_code(marshal.dumps(host_code), PycHeader(magic=0, version=version, header_size=16), "<compile>")
    for each in code.walk():
        each.host_compiled = True
    return code
