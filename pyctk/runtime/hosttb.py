"""Guest tracebacks as real host traceback objects.

Guest code (and the ``traceback`` module it calls) reads ``exc.__traceback__``,
``tb_frame.f_code.co_name`` and ``tb_lineno``. Python only accepts a
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


# The host's own recursion limit functions (the runner sets the host's limit while a guest
# runs; the guest's sys has its own: runtime/guestsys.py).
_original_setrecursionlimit = sys.setrecursionlimit
_original_getrecursionlimit = sys.getrecursionlimit
