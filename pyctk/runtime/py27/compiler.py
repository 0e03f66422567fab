"""Compiling 2.7 source at run time (``exec "..."``, ``eval``, ``compile``, ``input``,
``execfile``) with a ``python2.7`` interpreter: one worker process per VM, fed
requests on a pipe; its marshalled code objects are read by pyctk.pyc. Without a
``python2.7`` the guest gets a clear error; 2.7 source is never run with Python 3
semantics."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess

from pyctk.errors import PyctkError
from pyctk.values27 import Unicode27

# Future flags a 2.7 compile inherits from the code that calls it.
CO_FUTURE_DIVISION = 0x2000
CO_FUTURE_ABSOLUTE_IMPORT = 0x4000
CO_FUTURE_WITH_STATEMENT = 0x8000
CO_FUTURE_PRINT_FUNCTION = 0x10000
CO_FUTURE_UNICODE_LITERALS = 0x20000
FUTURE_MASK = (CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT
               | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS)
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ONLY_AST = 0x400

_WORKER_SOURCE = r"""
import sys, marshal, struct
inp = sys.stdin
out = sys.stdout
def read(n):
    data = inp.read(n)
    if len(data) != n:
        raise SystemExit(0)
    return data
while True:
    head = read(12)
    size, flags, is_unicode = struct.unpack('<III', head)
    meta = read(size)
    filename, mode, source = meta.split('\0', 2)
    if is_unicode:
        source = source.decode('utf-8')
    try:
        code = compile(source, filename, mode, flags, 1)
        payload = 'C' + marshal.dumps(code)
    except SyntaxError, e:
        text = e.text if e.text is not None else ''
        payload = 'S' + '\0'.join([str(e.msg), e.filename or '', str(e.lineno or 0), str(e.offset or 0), text, type(e).__name__])
    except Exception, e:
        payload = 'E' + type(e).__name__ + '\0' + str(e)
    out.write(struct.pack('<I', len(payload)) + payload)
    out.flush()
"""


class MissingPython27Error(PyctkError):
    """2.7 source must be compiled and no python2.7 interpreter is installed."""


def find_python27():
    env = os.environ.get("PYCTK_PYTHON27")
    if env:
        return env
    for name in ("python2.7", "python2"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Compiler27:
    def __init__(self):
        self.proc = None
        self.cache = {}

    def _start(self):
        exe = find_python27()
        if exe is None:
            raise MissingPython27Error(
                "compiling 2.7 source at run time (exec/eval/compile of a string) needs a python2.7 "
                "interpreter: none found on PATH (set PYCTK_PYTHON27 to one)")
        env = dict(os.environ, PYENV_VERSION=os.environ.get("PYENV_VERSION", "") + ":2.7.18")
        try:
            self.proc = subprocess.Popen([exe, "-S", "-u", "-c", _WORKER_SOURCE], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, env=env)
        except OSError as e:
            raise MissingPython27Error(f"compiling 2.7 source at run time needs a python2.7 interpreter: cannot start {exe}: {e}") from None

    def compile(self, source, filename, mode, flags):
        is_unicode = type(source) is Unicode27
        key = (source, is_unicode, filename, mode, flags)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        data = source.encode("utf-8") if is_unicode else source.encode("latin-1")
        meta = filename.encode("utf-8", "surrogateescape") + b"\0" + mode.encode() + b"\0" + data
        try:
            self.proc.stdin.write(struct.pack("<III", len(meta), flags, int(is_unicode)) + meta)
            self.proc.stdin.flush()
            size = struct.unpack("<I", self._read(4))[0]
            payload = self._read(size)
        except (OSError, struct.error) as e:
            self.proc = None
            raise MissingPython27Error(f"the python2.7 compiler process failed: {e}") from None
        kind, body = payload[:1], payload[1:]
        if kind == b"S":
            msg, fname, lineno, offset, text, name = body.decode("latin-1").split("\0")
            cls = {"IndentationError": IndentationError, "TabError": TabError}.get(name, SyntaxError)
            raise cls(msg, (fname or filename, int(lineno) or None, int(offset) or None, text or None))
        if kind == b"E":
            name, _, msg = body.decode("latin-1").partition("\0")
            import builtins

            cls = getattr(builtins, name, None)
            if not (isinstance(cls, type) and issubclass(cls, Exception)):
                cls = ValueError
            raise cls(msg)
        from pyctk.pyc import PycHeader, unmarshal_code
        from pyctk.version import Version

        code = unmarshal_code(body, PycHeader(magic=62211, version=Version(2, 7), header_size=8), filename)
        self.cache[key] = code
        return code

    def _read(self, n):
        data = self.proc.stdout.read(n)
        if len(data) != n:
            raise OSError("unexpected end of output")
        return data


def _compiler(vm):
    vm = vm.interp  # one per run (interp.py)
    c = getattr(vm, "_pyctk_compiler27", None)
    if c is None:
        c = Compiler27()
        vm._pyctk_compiler27 = c
    return c


def _caller_flags(vm):
    frame = vm.frame
    return (frame.code.co_flags & FUTURE_MASK) if frame is not None else 0


def compile_source(vm, source, filename, mode, flags=0, dont_inherit=0):
    from pyctk.code import Code

    if isinstance(source, Code):
        return source
    if flags & PyCF_ONLY_AST:
        raise MissingPython27Error("compile(..., PyCF_ONLY_AST) of 2.7 source is not supported")
    if not dont_inherit:
        flags |= _caller_flags(vm)
    if not isinstance(source, str):
        source = bytes(source).decode("latin-1")
    return _compiler(vm).compile(source, str(filename), str(mode), flags & (FUTURE_MASK | PyCF_DONT_IMPLY_DEDENT))


def resolve_namespaces(vm, globals_, locals_):
    import builtins as host_builtins

    if globals_ is None:
        frame = vm.frame
        globals_ = frame.globals
        if locals_ is None:
            locals_ = vm.current_locals(frame)
    elif locals_ is None:
        locals_ = globals_
    if isinstance(globals_, dict) and "__builtins__" not in globals_:
        globals_["__builtins__"] = host_builtins
    return globals_, locals_


def run_source(vm, source, globals_, locals_, mode, filename="<string>"):
    from pyctk.code import Code

    globals_, locals_ = resolve_namespaces(vm, globals_, locals_)
    if isinstance(source, Code):
        code = source
    else:
        if hasattr(source, "read") and not isinstance(source, str):
            source = source.read()
        if mode == "eval" and isinstance(source, str):
            source = type(source)(source.lstrip(" \t"))
        code = compile_source(vm, source, filename, mode)
    from pyctk.versions import opset_for

    return vm.run_code(code, globals_, locals_, opset_for("2.7"))
