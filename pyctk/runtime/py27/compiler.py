"""Compiling 2.7 source at run time (``exec "..."``, ``eval``, ``compile``, ``input``,
``execfile``) with a ``python2.7`` interpreter: the worker of ``pyctk.runtime.compilers``
(one process per VM), whose marshalled code objects are read by pyctk.pyc. Without a
``python2.7`` the guest gets a clear error; 2.7 source is never run with Python 3
semantics."""

from __future__ import annotations

from pyctk.errors import PyctkError
from pyctk.runtime.compilers import exec_namespaces
from pyctk.runtime.py27.kinds import Unicode27

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

class MissingPython27Error(PyctkError):
    """2.7 source must be compiled and no python2.7 interpreter is installed."""

    exit_status = 6  # README's table: 2.7 source is a version pyctk cannot handle without python2.7


def _compile27(vm, source, filename, mode, flags):
    from pyctk.runtime.compilers import MissingCompilerError, compiler_for
    from pyctk.version import Version

    is_unicode = type(source) is Unicode27
    data = source.encode("utf-8") if is_unicode else source.encode("latin-1")
    try:
        return compiler_for(vm, Version(2, 7)).compile(data, filename, mode, flags, is_unicode)
    except MissingCompilerError as e:
        raise MissingPython27Error(
            f"compiling 2.7 source at run time (exec/eval/compile of a string) needs a python2.7 interpreter: {e}"
        ) from None


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
    return _compile27(vm, source, str(filename), str(mode), flags & (FUTURE_MASK | PyCF_DONT_IMPLY_DEDENT))


def run_source(vm, source, globals_, locals_, mode, filename="<string>"):
    from pyctk.code import Code

    globals_, locals_ = exec_namespaces(vm, globals_, locals_)
    if isinstance(source, Code):
        code = source
    else:
        if hasattr(source, "read") and not isinstance(source, str):
            source = source.read()
        if mode == "eval" and isinstance(source, str):
            source = type(source)(source.lstrip(" \t"))
        code = compile_source(vm, source, filename, mode)
    from pyctk.versions import opset_for

    return vm.run_code(code, globals_, locals_, opset_for(code.version))
