"""The guest's ``sys.settrace``, ``sys.setprofile`` and their getters: functions of the
program's, called with its own frames, never the host's.

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

A profile function (``sys.setprofile``) gets the same frames' ``call`` and ``return``, and
``c_call``, ``c_return`` and ``c_exception`` around each built-in function or method the
interpreter calls for the program (``ops/calls.call``: ``profiled_call``).

A tracer the run was started with (``pyctk run --trace``, a tool's) goes on getting every
event: the guest's wraps it.
"""

from __future__ import annotations

from types import FunctionType

from pyctk.trace import Tracer

_F_TRACE = "_view_f_trace"  # where GuestFrameView keeps a frame's f_trace (frames.py)


class GuestTrace(Tracer):
    """The tracer of an executor whose guest set a trace function (``sys.settrace``), a
    profile function (``sys.setprofile``), or both."""

    def __init__(self, outer):
        self.function = None  # sys.settrace's
        self.profile = None  # sys.setprofile's
        self.outer = outer  # the run's own tracer, or None
        self.active = True  # False once unset: a loop that started traced still calls it
        self.busy = False  # a function runs: no events (CPython's tstate->tracing)

    def _view(self, frame):
        from pyctk.runtime.frames import _guest_view

        return _guest_view(frame, None, None)

    def _send(self, function, frame, event, arg):
        self.busy = True
        try:
            return function(self._view(frame), event, arg)
        except BaseException:
            frame.__dict__.pop(_F_TRACE, None)
            install(frame.vm, None)
            raise
        finally:
            self.busy = False

    def _profiled(self, frame, event, arg) -> None:
        profile = self.profile
        if profile is not None and self.active and not self.busy:
            self.busy = True
            try:
                profile(self._view(frame), event, arg)
            except BaseException:
                install(frame.vm, None, profile=True)
                raise
            finally:
                self.busy = False

    def _local(self, frame, event, arg) -> None:
        if not self.active or self.busy or self.function is None:  # (no trace function: no local events)
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
            self._profiled(frame, "call", None)
            result = self._send(self.function, frame, "call", None) if self.function is not None else None
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
        self._profiled(frame, "return", value)

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
        self._profiled(frame, "return", None)


def profiled_call(frame, tracer, func, args, kwargs, shown):
    """``func(*args, **kwargs)`` for the interpreter's call of a built-in while a profile
    function is set: between its ``c_call`` and its ``c_return`` (``c_exception`` if it
    raises), which give the profile function ``shown``."""
    tracer._profiled(frame, "c_call", shown)
    try:
        value = func(*args, **kwargs) if kwargs else func(*args)
    except BaseException:
        tracer._profiled(frame, "c_exception", shown)
        raise
    tracer._profiled(frame, "c_return", shown)
    return value


def shown_as_built_in(frame, func):
    """What a profile function is given for the interpreter's call of ``func`` in
    ``frame`` (c_call), or None where CPython reports no such call: a built-in function or
    method as it is (a method descriptor given its self is bound first, by the caller);
    for pyctk's Python stand-in of a built-in (2.7's ``range``, ``sorted`` with the
    guest's sort hook, the guest's ``sys.setprofile``) what the program sees under that
    name, but nothing for one standing for a type's call (2.7's ``int``), which is no
    C function's."""
    if type(func) is not FunctionType:
        return func
    module = func.__module__
    if module != "builtins" and not str(module).startswith("pyctk."):
        return None  # the host library's Python: no built-in
    from pyctk.runtime.messages import STAND_INS

    name = STAND_INS.get(func) or func.__name__.rstrip("_")
    seen = frame.builtins.get(name, func)
    return None if isinstance(seen, type) else seen


def install(vm, function, profile=False) -> None:
    """``sys.settrace(function)`` (``sys.setprofile`` with ``profile``) on the calling
    thread's executor ``vm``: for the frames entered from now on (those it traced keep
    their local trace functions); None unsets it."""
    current = vm.tracer
    if type(current) is not GuestTrace:
        if function is None:
            return
        current = vm.tracer = GuestTrace(current)
        vm.translate_depth = vm.direct_ceiling = 0  # every frame from now on in the traced loop
    if profile:
        current.profile = function
    else:
        current.function = function
    if current.function is None and current.profile is None:
        current.active = False
        vm.tracer = current.outer
        vm.interp._set_depths(vm)


def current(vm, profile=False):
    """``sys.gettrace()`` (``sys.getprofile()`` with ``profile``): the function the guest
    set on this thread, or None."""
    tracer = vm.tracer
    if type(tracer) is not GuestTrace:
        return None
    return tracer.profile if profile else tracer.function
