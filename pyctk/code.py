"""Code: one code object of any supported CPython version, in pyctk's own form.

The fields keep CPython's ``co_*`` names so that guest code inspecting ``f.__code__``
and people reading pyctk see what they know. Everything derived from the raw bytes
(instructions, line numbers, positions, exception table) is computed once, on first
use, and cached on the object.
"""

from __future__ import annotations

from functools import cached_property

import attrs

from pyctk import linetable
from pyctk.version import Version

# Code flags (the same bits in 2.7 and 3.x).
CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002
CO_VARARGS = 0x0004
CO_VARKEYWORDS = 0x0008
CO_NESTED = 0x0010
CO_GENERATOR = 0x0020
CO_NOFREE = 0x0040
CO_COROUTINE = 0x0080
CO_ITERABLE_COROUTINE = 0x0100
CO_ASYNC_GENERATOR = 0x0200

# Kinds of the 3.11+ "localsplus" slots.
CO_FAST_HIDDEN = 0x10
CO_FAST_LOCAL = 0x20
CO_FAST_CELL = 0x40
CO_FAST_FREE = 0x80


@attrs.define(eq=False, repr=False)
class ExceptionTableEntry:
    """A 3.11+ handler range, in instruction indices (end exclusive)."""

    start: int
    end: int
    target: int
    depth: int
    lasti: bool
    start_offset: int
    end_offset: int
    target_offset: int


@attrs.define(eq=False, repr=False, slots=False)
class Code:
    version: Version
    co_argcount: int
    co_posonlyargcount: int
    co_kwonlyargcount: int
    co_nlocals: int
    co_stacksize: int
    co_flags: int
    co_code: bytes
    co_consts: tuple
    co_names: tuple
    co_varnames: tuple
    co_freevars: tuple
    co_cellvars: tuple
    co_filename: str
    co_name: str
    co_qualname: str
    co_firstlineno: int
    co_linetable: bytes  # co_lnotab before 3.10
    co_exceptiontable: bytes = b""
    co_localsplusnames: tuple = ()  # 3.11+ only
    co_localspluskinds: bytes = b""  # 3.11+ only
    host_compiled: bool = False  # compiled by the host at run time (eval, exec, a .py module)

    def __repr__(self) -> str:
        return f"<code object {self.co_name} of CPython {self.version}, file {self.co_filename!r}, line {self.co_firstlineno}>"

    @property
    def co_lnotab(self) -> bytes:
        return self.co_linetable

    # -- derived, cached -------------------------------------------------------------

    @cached_property
    def nested_code(self) -> tuple["Code", ...]:
        return tuple(c for c in self.co_consts if isinstance(c, Code))

    def walk(self):
        """This code object and every code object nested in it, depth first."""
        yield self
        for child in self.nested_code:
            yield from child.walk()

    @cached_property
    def instructions(self):
        """The decoded instructions (``pyctk.decode.Instruction``), computed once."""
        from pyctk.decode import decode

        return decode(self)

    @cached_property
    def positions(self) -> list[tuple]:
        """Per byte offset // code unit: (line, end_line, col, end_col); see linetable."""
        return linetable.positions(self)

    @cached_property
    def exception_table(self) -> list[ExceptionTableEntry]:
        from pyctk.decode import exception_table

        return exception_table(self)

    @property
    def cell_and_free_names(self) -> tuple:
        """Names of the cells a ``LOAD_DEREF`` argument indexes before 3.11."""
        return self.co_cellvars + self.co_freevars

    def co_lines(self):
        """(start, end, line) byte ranges, like CPython 3.10+'s ``co_lines()``."""
        return linetable.co_lines(self)

    def line_for_offset(self, offset: int) -> int | None:
        return linetable.line_for_offset(self, offset)
