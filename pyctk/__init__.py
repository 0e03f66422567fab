"""pyctk: load, disassemble and run CPython 2.7 and 3.6–3.13 .pyc files on any host
CPython 3.10–3.13.

The public API; everything else is internal and may change.
"""

from pyctk.errors import (
    BadBytecodeError,
    BadPycError,
    FileAccessError,
    LimitExceededError,
    PyctkError,
    UnknownMagicError,
    UnsupportedVersionError,
    VersionMismatchError,
)
from pyctk.pyc import PycFile, load
from pyctk.runner import run
from pyctk.runtime.vm import VirtualMachine
from pyctk.version import Version
from pyctk.versions import OpcodeSet, opset_for, register


def disassemble(code_or_pyc, **options) -> str:
    """A version-correct listing of a code object (or a loaded .pyc) and its nested code."""
    from pyctk.disassemble import disassemble as _disassemble

    return _disassemble(code_or_pyc, **options)


__all__ = [
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
