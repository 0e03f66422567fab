"""What a 3.11+ guest needs that a 3.10 or 3.11 host lacks, from the maintained backports.

On a 3.10 host: exception groups (``exceptiongroup``) and ``BaseException.add_note``;
before 3.12 hosts: ``TypeVarTuple`` with PEP 695 behaviour (``typing_extensions``).
pyproject.toml installs the backports only on the hosts that need them.
"""

from __future__ import annotations

import builtins
import sys

if hasattr(builtins, "BaseExceptionGroup"):
    BaseExceptionGroup = builtins.BaseExceptionGroup
    ExceptionGroup = builtins.ExceptionGroup
else:  # pragma: no cover - 3.10 hosts
    import exceptiongroup

    BaseExceptionGroup = exceptiongroup.BaseExceptionGroup
    ExceptionGroup = exceptiongroup.ExceptionGroup
    # The guest sees them as builtins, as on 3.11+ (names in tracebacks, isinstance checks).
    BaseExceptionGroup.__module__ = ExceptionGroup.__module__ = "builtins"

if sys.version_info >= (3, 11):
    from typing import TypeVarTuple
else:  # pragma: no cover - 3.10 hosts
    from typing_extensions import TypeVarTuple

__all__ = ["BaseExceptionGroup", "ExceptionGroup", "TypeVarTuple", "add_note", "missing_builtins", "attribute_fallback"]

HOST_HAS_ADD_NOTE = hasattr(BaseException, "add_note")


def add_note(exc, note):
    """``BaseException.add_note`` (3.11) for hosts without it."""
    if not isinstance(note, str):
        raise TypeError(f"note must be a str, not '{type(note).__name__}'")
    notes = exc.__dict__.setdefault("__notes__", [])
    notes.append(note)


def missing_builtins() -> dict:
    """3.11+ builtins this host lacks, to add to a 3.11+ guest's builtins."""
    if hasattr(builtins, "ExceptionGroup"):
        return {}
    return {"BaseExceptionGroup": BaseExceptionGroup, "ExceptionGroup": ExceptionGroup}


def attribute_fallback(obj, key):
    """An attribute the host lacks but the guest's version has, or AttributeError."""
    if key == "add_note" and isinstance(obj, BaseException) and not HOST_HAS_ADD_NOTE:
        return add_note.__get__(obj)
    raise AttributeError(key)
