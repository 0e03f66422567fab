"""Compiling guest source with the guest version's own compiler.

Source of another version than the host's is never compiled by the host: a
``pythonX.Y`` of that version (``PYCTK_PYTHONXY``, else ``pythonX.Y`` on PATH) runs a
small worker, one process per VM and version, fed requests on a pipe; it answers with
the marshalled code object, read back by ``pyctk.pyc``. Nothing is written to disk.
2.7's run-time ``exec``/``eval``/``compile`` and the import of a module whose ``.pyc``
is missing or stale both use it.
"""

from __future__ import annotations

import builtins
import os
import shutil
import struct
import subprocess

from pyctk.errors import PyctkError

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
    return f"PYCTK_PYTHON{version.major}{version.minor}"


def find_python(version) -> str | None:
    """The interpreter that compiles ``version``'s source: ``PYCTK_PYTHONXY`` if set,
    else ``pythonX.Y`` on PATH (2.7: also ``python2``)."""
    env = os.environ.get(compiler_env_name(version))
    if env:
        return env
    names = [f"python{version.major}.{version.minor}"] + (["python2"] if version.major == 2 else [])
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


class VersionCompiler:
    """One worker process of ``version``'s compiler, started on the first request."""

    def __init__(self, version, text_encoding: str):
        self.version = version
        self.text_encoding = text_encoding  # how the worker's messages decode (2.7: a code point per byte)
        self.proc = None
        self.cache = {}

    def _start(self):
        exe = find_python(self.version)
        name = f"python{self.version}"
        if exe is None:
            raise MissingCompilerError(f"no {name} on PATH (set {compiler_env_name(self.version)} to one)")
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
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        data = source.encode("utf-8") if isinstance(source, str) else bytes(source)
        meta = filename.encode("utf-8", "surrogateescape") + b"\0" + mode.encode() + b"\0" + data
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


def compiler_for(vm, version) -> VersionCompiler:
    """The VM's compiler of ``version`` (one worker per VM and version)."""
    compilers = vm.__dict__.setdefault("_pyctk_compilers", {})
    compiler = compilers.get(version.tuple)
    if compiler is None:
        from pyctk.versions import opset_for

        compiler = VersionCompiler(version, "latin-1" if opset_for(version).fact("text_is_bytes") else "utf-8")
        compilers[version.tuple] = compiler
    return compiler
