"""pyctk: load, disassemble and run CPython 2.7 and 3.6–3.13 .pyc files on any host
CPython 3.10–3.13.

The public API; everything else is internal and may change. The names are imported on
first use (PEP 562), so that ``pyctk --version`` or ``pyctk info`` do not pay for the VM.
"""

from __future__ import annotations

import importlib

# The one place for the version: pyproject.toml reads it (setuptools' dynamic version),
# and so does ``pyctk --version``.
__version__ = "0.1.0"

# public name -> the module that defines it
_LAZY = {
    "BadBytecodeError": "pyctk.errors",
    "BadPycError": "pyctk.errors",
    "FileAccessError": "pyctk.errors",
    "LimitExceededError": "pyctk.errors",
    "PyctkError": "pyctk.errors",
    "UnknownMagicError": "pyctk.errors",
    "UnsupportedVersionError": "pyctk.errors",
    "VersionMismatchError": "pyctk.errors",
    "PycFile": "pyctk.pyc",
    "load": "pyctk.pyc",
    "run": "pyctk.runner",
    "VirtualMachine": "pyctk.runtime.vm",
    "Version": "pyctk.version",
    "OpcodeSet": "pyctk.versions",
    "opset_for": "pyctk.versions",
    "register": "pyctk.versions",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pyctk' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


def disassemble(code_or_pyc, **options) -> str:
    """A version-correct listing of a code object (or a loaded .pyc) and its nested code."""
    from pyctk.disassemble import disassemble as _disassemble

    return _disassemble(code_or_pyc, **options)


__all__ = [
    "__version__",
    "load",
    "disassemble",
    "run",
    "VirtualMachine",
    "OpcodeSet",
    "opset_for",
    "register",
    "PycFile",
    "Version",
    "PyctkError",
    "BadPycError",
    "UnknownMagicError",
    "UnsupportedVersionError",
    "VersionMismatchError",
    "BadBytecodeError",
    "FileAccessError",
    "LimitExceededError",
]
