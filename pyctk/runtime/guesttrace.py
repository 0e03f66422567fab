"""The guest's ``sys.settrace`` and ``sys.gettrace``: a trace function of the program's,
called with its own frames, never the host's.

The host's ``sys.settrace`` would trace pyctk itself (the function would see the VM's
frames, not the program's) and stay set in the host after the run. Instead the function
becomes the calling thread's executor's tracer (``GuestTrace``, a ``trace.Tracer``), as
CPython's is the calling thread's: the VM reports to it the events of the frames entered
from then on, which run in the traced loop (no translated code while it is set). As in
CPython, a frame already running when it is set gets no events unless it is entered again
(a generator resumed), and a frame's local trace function is what the ``call`` event
returned, replaced by what a later event returns (None keeps it), kept as the frame's
``f_trace``. No events are reported while the function runs; an exception it raises
unsets it and is raised in the traced frame.

A tracer the run was started with (``pyctk run --trace``, a tool's) goes on getting every
event: the guest's wraps it.
"""

from __future__ import annotations

from pyctk.trace import Tracer

_F_TRACE = "_view_f_trace"  # where GuestFrameView keeps a frame's f_trace (frames.py)


class GuestTrace(Tracer):
    """The tracer of an executor whose guest called ``sys.settrace(function)``."""

    def __init__(self, function, outer):
        self.function = function
        self.outer = outer  # the run's own tracer, or None
        self.active = True  # False once unset: a loop that started traced still calls it
        self.busy = False  # the function runs: no events (CPython's tstate->tracing)

    def _view(self, frame):
        from pyctk.runtime.frames import _guest_view

        return _guest_view(frame, None, None)

    def _send(self, function, frame, event, arg):
        self.busy = True
        try:
            return function(self._view(frame), event, arg)
        except BaseException:
            frame.__dict__.pop(_F_TRACE, None)
            uninstall(frame.vm)
            raise
        finally:
            self.busy = False

    def _local(self, frame, event, arg) -> None:
        if not self.active or self.busy:
            return
        local = frame.__dict__.get(_F_TRACE)
        if local is not None:
            result = self._send(local, frame, event, arg)
            if result is not None:
                frame.__dict__[_F_TRACE] = result

    def on_call(self, frame) -> None:
        if self.outer is not None:
            self.outer.on_call(frame)
        if not self.active or self.busy:
            return
        try:
            result = self._send(self.function, frame, "call", None)
        except BaseException:
            vm = frame.vm  # (raised before the frame ran: it is left, the caller gets it)
            if vm.frame is frame:
                vm.frame = frame.back
                vm.depth = frame.depth - 1
            raise
        if result is not None:
            frame.__dict__[_F_TRACE] = result

    def on_line(self, frame, line) -> None:
        if self.outer is not None:
            self.outer.on_line(frame, line)
        if frame.__dict__.get("_view_f_trace_lines", True):
            self._local(frame, "line", None)

    def on_instruction(self, frame, instruction) -> None:
        if self.outer is not None:
            self.outer.on_instruction(frame, instruction)

    def on_return(self, frame, value) -> None:
        if self.outer is not None:
            self.outer.on_return(frame, value)
        self._local(frame, "return", value)

    def on_exception(self, frame, exc) -> None:
        if self.outer is not None:
            self.outer.on_exception(frame, exc)
        self._local(frame, "exception", (type(exc), exc, exc.__traceback__))

    def on_unwind(self, frame, exc) -> None:
        if self.outer is not None:
            unwind = getattr(self.outer, "on_unwind", None)
            if unwind is not None:
                unwind(frame, exc)
            else:
                self.outer.on_return(frame, None)
        self._local(frame, "return", None)


def install(vm, function) -> None:
    """``sys.settrace(function)`` on the calling thread's executor ``vm``."""
    if function is None:
        uninstall(vm)
        return
    current = vm.tracer
    if type(current) is GuestTrace:  # another function for the frames entered from now on
        current.function = function  # (those it traced keep their local functions)
        return
    vm.tracer = GuestTrace(function, current)
    vm.translate_depth = vm.direct_ceiling = 0  # every frame from now on in the traced loop


def uninstall(vm) -> None:
    current = vm.tracer
    if type(current) is GuestTrace:
        current.active = False
        vm.tracer = current.outer
        vm.interp._set_depths(vm)


def current(vm):
    """``sys.gettrace()``: the function the guest set on this thread, or None."""
    tracer = vm.tracer
    return tracer.function if type(tracer) is GuestTrace and tracer.active else None
