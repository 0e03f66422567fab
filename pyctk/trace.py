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
    from pyctk.disassemble import describe_argument

    try:
        _, text = describe_argument(code, ins)
    except Exception:  # an argument the listing cannot resolve (bad bytecode) still traces
        return ""
    if len(text) > 60:
        text = text[:57] + "..."
    return f" ({text})" if text else ""


class StopRun(Exception):
    """Raised by a tracer to end the run at once (a debugger's "kill"); ``run`` then
    returns ``StopRun.exit_status``. Guest code cannot catch it."""

    exit_status = 130


def snapshot(frame) -> list[dict]:
    """The call stack at ``frame``, innermost last: per frame its code, line, current
    instruction, value stack, locals and handlers (block stack before 3.11, the active
    exception-table entry from 3.11), with values shown by bounded reprs."""
    frames = []
    while frame is not None:
        ins = frame.current_instruction
        code = frame.code
        try:
            local_items = frame.vm.current_locals(frame).items()
        except Exception:
            local_items = ()
        handlers = [
            {"kind": _block_kind(b.kind), "handler": b.handler, "level": b.level} for b in frame.blocks
        ]
        if frame.exception_table and ins is not None:
            for entry in frame.exception_table:
                if entry.start <= ins.index < entry.end:
                    handlers = [{"kind": "exception-table", "start": entry.start_offset, "end": entry.end_offset,
                                 "target": entry.target_offset, "depth": entry.depth, "lasti": entry.lasti}]
                    break
        frames.append(
            {
                "code": code.co_qualname,
                "filename": code.co_filename,
                "line": ins.line if ins is not None else code.co_firstlineno,
                "offset": ins.offset if ins is not None else None,
                "index": ins.index if ins is not None else None,
                "opname": ins.opname if ins is not None else None,
                "stack": [short_repr(v) for v in frame.stack],
                "locals": {str(k): short_repr(v) for k, v in local_items},
                "handlers": handlers,
                "depth": frame.depth,
            }
        )
        frame = frame.back
    frames.reverse()
    return frames


def _block_kind(kind: int) -> str:
    from pyctk.runtime.frame import BLOCK_NAMES

    return BLOCK_NAMES.get(kind, str(kind))


class Stepper(Tracer):
    """Pauses a run after every instruction until told to go on, for debuggers and the
    stepping web page: the run happens in another thread, which calls this tracer; the
    controlling thread calls ``wait()`` to see where it stopped, then ``step()``,
    ``next_line()``, ``run_to(offset)``, ``go()`` or ``stop()``.

    Resuming is the tracer returning; stopping is the tracer raising StopRun."""

    def __init__(self, max_steps: int | None = None):
        import threading

        self._cond = threading.Condition()
        self._paused = None  # snapshot while paused
        self._command = None
        self._mode = ("step",)
        self.finished = False
        self.steps = 0
        self.max_steps = max_steps

    # -- called in the VM's thread ----------------------------------------------------

    def on_instruction(self, frame, ins) -> None:
        self.steps += 1
        if self.max_steps is not None and self.steps > self.max_steps:
            raise StopRun(f"stopped after {self.max_steps} instructions")
        mode = self._mode
        if mode[0] == "go":
            return
        if mode[0] == "line":
            if ins.line == mode[1] and frame.depth >= mode[2] or frame.depth > mode[2]:
                return
        if mode[0] == "to" and not (ins.offset == mode[1] and frame.code is mode[2]):
            return
        with self._cond:
            self._paused = {"instruction": ins.index, "frames": snapshot(frame)}
            self._cond.notify_all()
            while self._command is None:
                self._cond.wait()
            command, self._command = self._command, None
            self._paused = None
        if command[0] == "stop":
            raise StopRun("stopped by the user")
        if command[0] == "line":
            self._mode = ("line", ins.line, frame.depth)
        elif command[0] == "to":
            self._mode = ("to", command[1], frame.code)
        else:
            self._mode = command

    def finish(self) -> None:
        """Called by whoever ran the program when the run has ended."""
        with self._cond:
            self.finished = True
            self._cond.notify_all()

    # -- called by the controlling thread ----------------------------------------------

    def wait(self, timeout: float | None = None):
        """The snapshot where the run is paused, or None once it has finished."""
        with self._cond:
            self._cond.wait_for(lambda: self._paused is not None or self.finished, timeout)
            return self._paused

    def _send(self, command) -> None:
        with self._cond:
            self._command = command
            self._paused = None  # until the run pauses again
            self._cond.notify_all()

    def step(self) -> None:
        self._send(("step",))

    def next_line(self) -> None:
        self._send(("line",))

    def run_to(self, offset: int) -> None:
        self._send(("to", offset))

    def go(self) -> None:
        self._send(("go",))

    def stop(self) -> None:
        self._send(("stop",))
