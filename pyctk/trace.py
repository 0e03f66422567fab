"""Tracer events for tools, and the text tracer behind ``pyctk run --trace``.

A tracer is any object with these methods (``Tracer`` below does nothing in each, so a
tool subclasses it and overrides what it needs). Each gets the running ``Frame``:
``frame.code`` (a pyctk Code), ``frame.lineno``, ``frame.current_instruction``,
``frame.stack`` (the value stack, top last), ``frame.f_locals``, ``frame.depth``.

The events are those of CPython's ``sys.settrace``: ``on_exception`` in every frame an
exception passes through (where it is raised, then in each caller it propagates to; not
again for a re-raise: a bare ``raise``, the end of a ``finally``), then ``on_unwind``
(by default ``on_return`` with None, as ``sys.settrace`` reports it) for each frame the
exception leaves.

Values are shown by ``show(frame, value)``: by default without running guest code
(``pyctk.showvalue``); ``guest_repr=True`` calls the guest's own ``__repr__``, which
can change what the program does.
"""

from __future__ import annotations

import sys

from pyctk.showvalue import guest_repr as _guest_repr
from pyctk.showvalue import is_py2, show_value


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
        """``exc`` was raised in the frame, or reached it from a call (before its handler,
        if any, is looked for)."""

    def on_unwind(self, frame, exc: BaseException) -> None:
        """The frame ends because ``exc`` found no handler in it: ``sys.settrace``'s
        ``return`` event with None, which is what this default gives."""
        self.on_return(frame, None)


def show(frame, value, guest_repr: bool = False) -> str:
    """``value`` as text for a tracer's user, in the style of ``frame``'s version: made
    by pyctk without running guest code, or with ``guest_repr`` by the guest's own
    ``__repr__`` (which may change what the program does)."""
    if guest_repr:
        return _guest_repr(frame, value)
    return show_value(value, is_py2(frame))


VIEWS = ("all", "calls", "exceptions")


class TextTracer(Tracer):
    """One line per event, indented by call depth. ``view``: "all" (every instruction with
    the stack after it), "calls" (calls, returns and exceptions), "exceptions" (only
    exceptions and the frames they end). ``calls_only=True`` is ``view="calls"``."""

    def __init__(self, out=None, calls_only: bool = False, view: str | None = None, guest_repr: bool = False):
        self.out = out or sys.stderr
        self.view = view or ("calls" if calls_only else "all")
        if self.view not in VIEWS:
            raise ValueError(f"unknown trace view {self.view!r} (one of {', '.join(VIEWS)})")
        self.calls_only = self.view != "all"
        self.guest_repr = guest_repr

    def show(self, frame, value) -> str:
        return show(frame, value, self.guest_repr)

    def _write(self, frame, text: str) -> None:
        self.out.write("  " * max(frame.depth - 1, 0) + text + "\n")

    def on_call(self, frame) -> None:
        if self.view == "exceptions":
            return
        self._write(frame, f"call {frame.code.co_qualname} ({frame.code.co_filename}:{frame.code.co_firstlineno})")

    def on_instruction(self, frame, ins) -> None:
        if self.calls_only:
            return
        arg = "" if ins.arg is None else f" {ins.arg}"
        argval = _argval(frame.code, ins)
        stack = ", ".join(self.show(frame, v) for v in frame.stack)
        self._write(
            frame,
            f"{frame.code.co_name}:{ins.line if ins.line is not None else '-'} {ins.offset:>4} "
            f"{ins.opname}{arg}{argval}  stack=[{stack}]",
        )

    def on_return(self, frame, value) -> None:
        if self.view == "exceptions":
            return
        self._write(frame, f"return from {frame.code.co_qualname}: {self.show(frame, value)}")

    def on_exception(self, frame, exc) -> None:
        where = f"{frame.code.co_filename}:{frame.lineno}" if self.view == "exceptions" else None
        self._write(frame, f"exception in {frame.code.co_qualname}: {show(frame, exc)}" + (f" ({where})" if where else ""))

    def on_unwind(self, frame, exc) -> None:
        self._write(frame, f"return from {frame.code.co_qualname} by the exception: {_type_name(exc)}")


def _type_name(exc) -> str:
    return type.__getattribute__(type(exc), "__name__")


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


def snapshot(frame, guest_repr: bool = False) -> list[dict]:
    """The call stack at ``frame``, innermost last: per frame its code, line, current
    instruction, value stack, locals and handlers (block stack before 3.11, the active
    exception-table entry from 3.11), with values shown by ``show`` (without running
    guest code unless ``guest_repr``)."""
    frames = []
    while frame is not None:
        ins = frame.current_instruction
        code = frame.code
        try:
            names = frame.vm.current_locals(frame)
            # A class body's namespace may be a guest mapping (__prepare__): not looked into.
            local_items = list(dict.items(names)) if type(names) is dict else ()
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
                "stack": [show(frame, v, guest_repr) for v in frame.stack],
                "locals": {str(k): show(frame, v, guest_repr) for k, v in local_items},
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

    def __init__(self, max_steps: int | None = None, guest_repr: bool = False):
        import threading

        self.guest_repr = guest_repr  # show values by the guest's __repr__ (runs guest code)
        self._cond = threading.Condition()
        self._paused = None  # snapshot while paused
        self._command = None
        self._mode = ("step",)
        self.finished = False
        self.steps = 0
        self.max_steps = max_steps
        # Post-mortem: where the exception that ended the program was raised. Set when an
        # exception leaves the outermost frame: {"exception": text, "frames": snapshot()}.
        self.postmortem = None
        self.postmortem_frame = None
        self._raised = None  # (exception, the frame it was raised in), the latest

    def on_exception(self, frame, exc) -> None:
        if self._raised is None or self._raised[0] is not exc:  # raised here, not passing through
            self._raised = (exc, frame)

    def on_unwind(self, frame, exc) -> None:
        raised = self._raised
        if frame.depth == 1 and raised is not None and raised[0] is exc and not isinstance(exc, SystemExit):
            self.postmortem_frame = raised[1]
            self.postmortem = {"exception": show(frame, exc), "frames": snapshot(raised[1], self.guest_repr)}
        self.on_return(frame, None)

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
            self._paused = {"instruction": ins.index, "frames": snapshot(frame, self.guest_repr)}
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
