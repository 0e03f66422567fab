"""Guest tracebacks as real host traceback objects, and the guest's ``sys.exc_info()``.

Guest code (and the host's ``traceback`` module it calls) reads ``exc.__traceback__``,
``tb_frame.f_code.co_name``, ``tb_lineno`` and ``sys.exc_info()``. Python only accepts a
real ``TracebackType`` there, and that needs a real frame; so for each guest code object
pyctk makes one host frame whose code carries the guest's name and file name (a template
function whose code is renamed), and builds tracebacks from those with the guest's line
numbers. ``tb_lasti`` is -1: the host has no positions for guest instructions.
"""

from __future__ import annotations

import sys
import types


def _template():
    # A generator, suspended at its start: its frame has no f_back. A frame taken with
    # sys._getframe() would keep, once its call returned, the whole chain of host frames
    # that made it (the VM's loops, and through them guest frames and their locals) alive
    # for as long as the cache keeps it.
    def frame_of():
        yield

    return frame_of


_TEMPLATE = _template()
_HAS_QUALNAME = hasattr(_TEMPLATE.__code__, "co_qualname")


def host_frame(code, globals_):
    """A host frame standing for activations of guest ``code`` with ``globals_``."""
    cache = code.__dict__.setdefault("_host_frames", {})
    key = id(globals_)
    frame = cache.get(key)
    if frame is None:
        fields = {"co_name": code.co_name, "co_filename": code.co_filename, "co_firstlineno": max(code.co_firstlineno, 1)}
        if _HAS_QUALNAME:
            fields["co_qualname"] = code.co_qualname
        host_code = _TEMPLATE.__code__.replace(**fields)
        g = globals_ if type(globals_) is dict else {}
        gen = types.FunctionType(host_code, g, code.co_name, None, _TEMPLATE.__closure__)()
        next(gen)
        frame = gen.gi_frame
        cache[key] = frame
        cache[key, "generator"] = gen  # keeps the frame suspended (and its f_back None)
    return frame


def host_traceback(entries):
    """A TracebackType chain for guest traceback entries (outermost first)."""
    tb = None
    for code, index, instructions, globals_ in reversed(entries):
        ins = instructions[index] if 0 <= index < len(instructions) else None
        line = ins.line if ins is not None and ins.line is not None else code.co_firstlineno
        tb = types.TracebackType(tb, host_frame(code, globals_), -1, line)
    return tb


# -- sys.exc_info() as the guest sees it -------------------------------------------------------

_original_exc_info = sys.exc_info
_original_exception = getattr(sys, "exception", None)
_original_setrecursionlimit = sys.setrecursionlimit
_original_getrecursionlimit = sys.getrecursionlimit
_running: list = []  # interpreters running guest code under guest_sys(), innermost last


def _calling_executor():
    """The calling thread's executor of the innermost running guest (None: this thread
    runs no guest code)."""
    for interp in reversed(_running):
        vm = interp.running_executor()
        if vm is not None:
            return vm
    return None


def _guest_exc_info():
    host = _original_exc_info()
    if host[0] is not None or not _running:
        return host
    vm = _calling_executor()
    exc = vm.handled if vm is not None else None
    if exc is None:
        return (None, None, None)
    return (type(exc), exc, exc.__traceback__)


def _guest_exception():
    return _guest_exc_info()[1]


def _guest_setrecursionlimit(limit):
    """The guest's recursion limit is the VM's (its frames are not host frames): the
    host's own limit stays where the runner put it, so that no guest can make pyctk
    overflow the host's C stack."""
    if not _running:
        return _original_setrecursionlimit(limit)
    import operator

    limit = operator.index(limit)
    if limit < 1:
        raise ValueError("recursion limit must be greater or equal than one")
    vm = _calling_executor()
    depth = vm.depth if vm is not None else 0  # the depth is the thread's, the limit the interpreter's
    if limit <= depth:
        raise RecursionError(
            f"cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low"
        )
    _running[-1].recursion_limit = limit


def _guest_getrecursionlimit():
    if not _running:
        return _original_getrecursionlimit()
    return _running[-1].recursion_limit


class guest_sys:
    """While active, the host's ``sys.exc_info()`` (and 3.11's ``sys.exception()``) answer
    with the exception the guest is handling when the host itself handles none, and
    ``sys.setrecursionlimit``/``getrecursionlimit`` are the guest's (the VM's limit)."""

    def __init__(self, vm):
        self.vm = vm.interp

    def __enter__(self):
        _running.append(self.vm)
        sys.exc_info = _guest_exc_info
        sys.setrecursionlimit = _guest_setrecursionlimit
        sys.getrecursionlimit = _guest_getrecursionlimit
        if _original_exception is not None:
            sys.exception = _guest_exception
        return self

    def __exit__(self, *exc):
        _running.remove(self.vm)
        if not _running:
            sys.exc_info = _original_exc_info
            sys.setrecursionlimit = _original_setrecursionlimit
            sys.getrecursionlimit = _original_getrecursionlimit
            if _original_exception is not None:
                sys.exception = _original_exception
        return False
