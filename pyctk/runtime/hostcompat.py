"""What a 3.11+ guest needs that a 3.10 or 3.11 host lacks.

On a 3.10 host: exception groups and ``BaseException.add_note``; before 3.12 hosts:
``TypeVarTuple`` with PEP 695 behaviour (``typing_extensions``).

Exception groups are pyctk's own on a 3.10 host (``_ExceptionGroups`` below), written from
CPython 3.11's ``Objects/exceptions.c``, not taken from the ``exceptiongroup`` backport:
what a guest sees must not depend on which release of a backport pip picked (its 1.3
releases changed ``repr`` to always show a list, where CPython shows the ``args`` given),
and importing the backport patches the host's ``traceback`` module and ``sys.excepthook``.
"""

from __future__ import annotations

import builtins
import types

from pyctk.versions.host import TYPING_HAS_TYPEVARTUPLE

__all__ = [  # noqa: F822 (TypeVarTuple: made on first use, by __getattr__ below)
    "BaseExceptionGroup", "ExceptionGroup", "TypeVarTuple", "add_note", "missing_builtins", "attribute_fallback",
]


def _is_sequence(value) -> bool:
    """``PySequence_Check``: an item getter, and not a dict."""
    return not isinstance(value, dict) and hasattr(type(value), "__getitem__")


def _matcher(value):
    """A predicate for ``split``/``subgroup``'s argument, or CPython's TypeError."""
    if callable(value) and not isinstance(value, type):
        return lambda exc: bool(value(exc))
    if isinstance(value, type) and issubclass(value, BaseException):
        return lambda exc: isinstance(exc, value)
    if type(value) is tuple and all(isinstance(v, type) and issubclass(v, BaseException) for v in value):
        return lambda exc: isinstance(exc, value)
    raise TypeError("expected a function, exception type or tuple of exception types")


def _define_groups():
    """CPython 3.11's ``BaseExceptionGroup`` and ``ExceptionGroup``, for a host without them."""

    class BaseExceptionGroup(BaseException):
        __slots__ = ("_pyctk_message", "_pyctk_exceptions")

        def __new__(cls, *args, **kwargs):
            if len(args) != 2:
                raise TypeError(f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)")
            message, exceptions = args
            if not isinstance(message, str):
                raise TypeError(
                    f"BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}"
                )
            if not _is_sequence(exceptions):
                raise TypeError("second argument (exceptions) must be a sequence")
            exceptions = tuple(exceptions)
            if not exceptions:
                raise ValueError("second argument (exceptions) must be a non-empty sequence")
            nested_base_exceptions = False
            for i, exc in enumerate(exceptions):
                if not isinstance(exc, BaseException):
                    raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
                if not isinstance(exc, Exception):
                    nested_base_exceptions = True
            if cls is ExceptionGroup:
                if nested_base_exceptions:
                    raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            elif cls is BaseExceptionGroup:
                if not nested_base_exceptions:
                    cls = ExceptionGroup
            elif nested_base_exceptions and issubclass(cls, Exception):
                raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
            self = BaseException.__new__(cls, *args)
            self._pyctk_message = message
            self._pyctk_exceptions = exceptions
            return self

        def __init__(self, *args, **kwargs):
            if kwargs:
                raise TypeError(f"{type(self).__name__}() takes no keyword arguments")
            BaseException.__init__(self, *args)

        @property
        def message(self):
            """exception message"""
            return self._pyctk_message

        @property
        def exceptions(self):
            """nested exceptions"""
            return self._pyctk_exceptions

        def __str__(self):
            n = len(self._pyctk_exceptions)
            return f"{self._pyctk_message} ({n} sub-exception{'s' if n > 1 else ''})"

        def derive(self, excs, /):
            return BaseExceptionGroup(self._pyctk_message, excs)

        def split(self, matcher_value, /):
            match, rest = _split(self, _matcher(matcher_value), construct_rest=True)
            return match, rest

        def subgroup(self, matcher_value, /):
            return _split(self, _matcher(matcher_value), construct_rest=False)[0]

        __class_getitem__ = classmethod(types.GenericAlias)

        def __reduce__(self):
            # BaseException's, except that these two are found in this module, not in builtins.
            cls = type(self)
            rebuild = (_rebuild_group, (cls.__name__, *self.args)) if cls in _GROUPS else (cls, self.args)
            return (*rebuild, self.__dict__) if self.__dict__ else rebuild

    class ExceptionGroup(BaseExceptionGroup, Exception):
        __slots__ = ()

    def _subset(orig, excs):
        """exceptiongroup_subset: ``orig.derive(excs)`` with orig's traceback, cause,
        context and (a copy of its) notes; None for no exceptions."""
        if not excs:
            return None
        group = orig.derive(excs)
        if not isinstance(group, BaseExceptionGroup):
            raise TypeError("derive must return an instance of BaseExceptionGroup")
        if orig.__traceback__ is not None:
            group.__traceback__ = orig.__traceback__
        group.__context__ = orig.__context__
        group.__cause__ = orig.__cause__  # sets __suppress_context__, as PyException_SetCause does
        notes = getattr(orig, "__notes__", None)
        if notes is not None and _is_sequence(notes):
            group.__notes__ = list(notes)
        return group

    def _split(exc, matches, construct_rest):
        """exceptiongroup_split_recursive: (match, rest), each None when empty."""
        if matches(exc):
            return exc, None
        if not isinstance(exc, BaseExceptionGroup):
            return None, (exc if construct_rest else None)
        match_list, rest_list = [], []
        for e in exc.exceptions:
            match, rest = _split(e, matches, construct_rest)
            if match is not None:
                match_list.append(match)
            if rest is not None:
                rest_list.append(rest)
        match = _subset(exc, match_list)
        rest = _subset(exc, rest_list) if construct_rest else None
        return match, rest

    _GROUPS = (BaseExceptionGroup, ExceptionGroup)
    for cls in _GROUPS:
        # The guest sees them as builtins, as on 3.11+ (names in tracebacks, isinstance checks).
        cls.__module__ = "builtins"
        cls.__qualname__ = cls.__name__
    BaseExceptionGroup.__doc__ = "A combination of multiple unrelated exceptions."
    return BaseExceptionGroup, ExceptionGroup


def _rebuild_group(name, *args):
    """Unpickling a group made by ``_define_groups``."""
    return globals()[name](*args)


if hasattr(builtins, "BaseExceptionGroup"):
    BaseExceptionGroup = builtins.BaseExceptionGroup
    ExceptionGroup = builtins.ExceptionGroup
else:  # 3.10 hosts
    BaseExceptionGroup, ExceptionGroup = _define_groups()

def __getattr__(name):
    """``TypeVarTuple`` on first use (3.12+ guests only): importing typing costs every run ~5 ms."""
    if name != "TypeVarTuple":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if TYPING_HAS_TYPEVARTUPLE:
        from typing import TypeVarTuple
    else:  # 3.10 hosts
        from typing_extensions import TypeVarTuple
    globals()["TypeVarTuple"] = TypeVarTuple
    return TypeVarTuple

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
