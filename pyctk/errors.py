"""Errors pyctk reports to its user, each with its own exit status.

Every failure that is the input's fault (not a bug in pyctk, not the guest program's own
exception) is a PyctkError: the CLI prints ``pyctk: <message>`` on one line and exits with
the class's ``exit_status``. The statuses are listed in README.md; keep the two in step.
"""

from __future__ import annotations


class PyctkError(Exception):
    """Base class: a problem with what the user gave pyctk."""

    exit_status = 2

    def __str__(self) -> str:
        return self.args[0] if self.args else self.__class__.__name__


class UsageError(PyctkError):
    """Bad command-line use (unknown option value, missing argument)."""

    exit_status = 2


class FileAccessError(PyctkError):
    """The file does not exist or cannot be read."""

    exit_status = 3


class BadPycError(PyctkError):
    """Not a .pyc file, or a truncated or corrupt one."""

    exit_status = 4


class UnknownMagicError(BadPycError):
    """The magic number belongs to no Python version pyctk knows."""

    exit_status = 5


class UnsupportedVersionError(PyctkError):
    """A Python version pyctk knows of but cannot load or run (e.g. 3.5, 3.14)."""

    exit_status = 6


class UnsupportedFeatureError(PyctkError):
    """Something the guest asks for that pyctk cannot give it (multiprocessing's spawn
    and forkserver start methods)."""

    exit_status = 6


class VersionMismatchError(PyctkError):
    """``--version`` says one version, the file's magic number another."""

    exit_status = 7


class BadBytecodeError(PyctkError):
    """Bytecode that cannot be decoded or executed: unknown opcode, bad jump, bad index."""

    exit_status = 8


class LimitExceededError(PyctkError):
    """A run stopped by ``--max-steps`` or ``--timeout``."""

    exit_status = 9


class StdlibError(PyctkError):
    """``--stdlib DIR`` names no standard library of the file's version."""

    exit_status = 11
