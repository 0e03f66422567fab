"""What the printers share: the entries and names a caller gives, the run's context,
and small helpers on exception objects."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from pyctk.runtime.traceback.sources import _Sources


@attrs.frozen
class TbEntry:
    """One guest frame in a traceback, outermost first."""

    filename: str
    lineno: int | None
    name: str  # co_name: what CPython prints after "in"
    # 3.11+: positions of the failing instruction, from the code's position table:
    # lines are 1-based, columns 0-based UTF-8 byte offsets (as ``co_positions()``).
    end_lineno: int | None = None
    colno: int | None = None
    end_colno: int | None = None


@attrs.frozen
class SuggestionNames:
    """The names CPython 3.10+ searches to add "Did you mean: 'x'?" to a message.

    Only the VM knows them; ``names_of(exc)`` returns one for a NameError,
    AttributeError or ImportError (or None: no suggestion, except that an AttributeError
    falls back to ``dir(exc.obj)`` on the host).
    """

    # AttributeError: dir(exc.obj); ImportError ("from m import x"): dir(module m)
    candidates: Sequence[str] = ()
    # NameError, of the innermost guest frame:
    varnames: Sequence[str] = ()  # its code's co_varnames (3.10-3.12 look there)
    locals: Sequence[str] = ()  # the keys of its f_locals (3.13 looks there)
    globals: Sequence[str] = ()
    builtins: Sequence[str] = ()
    self_has_name: bool = False  # it has a local ``self`` with that attribute (3.12+)
    # AttributeError: the innermost frame's ``self`` is exc.obj (3.13 then offers _names)
    self_is_obj: bool = False


EntriesOf = Callable[[BaseException], Sequence[TbEntry]]
NamesOf = Callable[[BaseException], "SuggestionNames | None"]


# ---------------------------------------------------------------------------------------
# Shared state and helpers


class _Ctx:
    def __init__(self, style, entries_of, source_dirs, names_of, tracebacklimit):
        self.style = style
        self.entries_of = entries_of
        self.names_of = names_of
        self.tracebacklimit = tracebacklimit
        self.sources = _Sources(style, source_dirs)

    def entries(self, exc) -> list[TbEntry]:
        try:
            got = self.entries_of(exc)
        except Exception:
            return []
        return list(got or ())

    def names(self, exc) -> SuggestionNames | None:
        if self.names_of is None:
            return None
        try:
            return self.names_of(exc)
        except Exception:
            return None


def _safe_str(value) -> str | None:
    try:
        text = str(value)
    except Exception:
        return None
    return text if isinstance(text, str) else None


def _is_group(exc) -> bool:
    try:
        mro = type(exc).__mro__
    except Exception:
        return False
    for cls in mro:
        if cls.__name__ == "BaseExceptionGroup" and getattr(cls, "__module__", None) == "builtins":
            return isinstance(getattr(exc, "exceptions", None), (tuple, list))
    return False


def _get(obj, name, default=None):
    try:
        return getattr(obj, name, default)
    except Exception:
        return default


def _cause(exc):
    return _get(exc, "__cause__")


def _context(exc):
    return _get(exc, "__context__")


def _suppress(exc) -> bool:
    return bool(_get(exc, "__suppress_context__", False))


_WS = " \t\f"
