"""Tracer events for tools, and the text tracer behind ``pyctk run --trace``.

A tracer is any object with these methods (``Tracer`` below does nothing in each, so a
tool subclasses it and overrides what it needs). Each gets the running ``Frame``:
``frame.code`` (a pyctk Code), ``frame.lineno``, ``frame.current_instruction``,
``frame.stack`` (the value stack, top last), ``frame.f_locals``, ``frame.depth``.
"""

from __future__ import annotations

import reprlib
import sys


class Tracer:
    def on_call(self, frame) -> None:
        """A guest frame starts (or a generator resumes)."""

    def on_line(self, frame, line: int) -> None:
        """The frame reaches a new source line."""

    def on_instruction(self, frame, instruction) -> None:
        """``instruction`` has just run; ``frame.stack`` is the stack after it."""

    def on_return(self, frame, value) -> None:
        """The frame returns ``value`` (or yields it, or ends by an exception: None)."""

    def on_exception(self, frame, exc: BaseException) -> None:
        """``exc`` was raised in the frame (before its handler, if any, is looked for)."""


_repr = reprlib.Repr()
_repr.maxstring = 40
_repr.maxother = 40
_repr.maxlist = _repr.maxtuple = _repr.maxdict = _repr.maxset = 6


def short_repr(value) -> str:
    try:
        return _repr.repr(value)
    except Exception as e:  # a guest __repr__ that fails must not stop the trace
        return f"<repr failed: {type(e).__name__}>"


class TextTracer(Tracer):
    """One line per event, indented by call depth. ``calls_only`` keeps calls, returns
    and exceptions."""

    def __init__(self, out=None, calls_only: bool = False):
        self.out = out or sys.stderr
        self.calls_only = calls_only

    def _write(self, frame, text: str) -> None:
        self.out.write("  " * max(frame.depth - 1, 0) + text + "\n")

    def on_call(self, frame) -> None:
        self._write(frame, f"call {frame.code.co_qualname} ({frame.code.co_filename}:{frame.code.co_firstlineno})")

    def on_instruction(self, frame, ins) -> None:
        if self.calls_only:
            return
        arg = "" if ins.arg is None else f" {ins.arg}"
        argval = _argval(frame.code, ins)
        stack = ", ".join(short_repr(v) for v in frame.stack)
        self._write(
            frame,
            f"{frame.code.co_name}:{ins.line if ins.line is not None else '-'} {ins.offset:>4} "
            f"{ins.opname}{arg}{argval}  stack=[{stack}]",
        )

    def on_return(self, frame, value) -> None:
        self._write(frame, f"return from {frame.code.co_qualname}: {short_repr(value)}")

    def on_exception(self, frame, exc) -> None:
        self._write(frame, f"exception in {frame.code.co_qualname}: {type(exc).__name__}: {short_repr(str(exc))}")


def _argval(code, ins) -> str:
    try:
        from pyctk.disassemble import argval_text

        text = argval_text(code, ins)
    except Exception:
        return ""
    return f" ({text})" if text else ""
