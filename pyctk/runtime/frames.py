"""The guest's frames as the program and the host's libraries see them.

``getframe(depth)`` is the guest's ``sys._getframe``: the source of ``inspect.stack()``,
``traceback.extract_stack()``, ``logging``'s caller, ``warnings``' ``stacklevel`` and the
functional ``namedtuple``/``Enum`` forms' ``__module__``. It walks the host stack of the
calling thread: a host frame of a pyctk dispatch loop stands for the guest frames it runs
(from its local ``frame`` out through ``.back`` to its local ``entry``), pyctk's other
frames are dropped, host library frames are kept, wrapped so that their ``f_back``
follows the merged chain. Nothing here runs unless a frame is asked for.

Host code checks ``isinstance(f, types.FrameType)`` (``inspect.getframeinfo``,
``inspect.getsourcefile``): the views answer ``types.FrameType`` for ``__class__``, which
``isinstance`` consults, and their ``f_code`` is the guest code's host twin
(``hosttb.twin_code``: a real code object with the guest's names, signature and positions).
"""

from __future__ import annotations

import operator
import sys
import types
import weakref
from collections.abc import MutableMapping

from pyctk.runtime import hosttb
from pyctk.runtime.faults import LOOPS, TRANSLATED, running_pc
from pyctk.runtime.fuse import _FILENAME as _FUSED

_host_getframe = sys._getframe
_RUNNER = "runner.py"  # pyctk's runner: what called the guest's outermost frame


def getframe(depth=0):
    """``sys._getframe(depth)`` for the guest: its frames and the host library frames
    between them, never pyctk's. Outside any guest code, the host's own frames."""
    depth = operator.index(depth)
    caller = _host_getframe(1)
    frame = _visible(caller)
    if frame is None or not _saw_guest(caller):
        return _host_getframe(depth + 1)
    while depth > 0 and frame is not None:
        frame = frame.f_back
        depth -= 1
    if frame is None:
        raise ValueError("call stack is not deep enough")
    return frame


def _read_locals(host, *names) -> tuple:
    """The values of locals ``names`` of host function frame ``host`` (None where unset).
    Up to 3.12 ``f_locals`` is a snapshot the frame keeps until it is read again: left
    there, it would keep the loop's guest frame (and all its locals) alive long after the
    frame returned, past ``gc.collect()``. So it is emptied once read (3.13's is a live
    view of the frame: never emptied)."""
    snapshot = host.f_locals
    values = tuple(snapshot.get(name) for name in names)
    if type(snapshot) is dict and host.f_code.co_flags & _CO_OPTIMIZED:
        snapshot.clear()
    return values


_CO_OPTIMIZED = 0x1


def _saw_guest(host) -> bool:
    """Whether a dispatch loop is on the host stack from ``host`` outward."""
    while host is not None:
        if (key := id(host.f_code)) in LOOPS or key in TRANSLATED:
            return True
        host = host.f_back
    return False


def _visible(host, past=None):
    """The first frame the guest may see from host frame ``host`` outward, or None.
    ``past``: a translated frame seen already, which the loop that started it (its step
    ``translate.run_translated``) still holds as its current frame."""
    shift = 0
    while host is not None:
        code = host.f_code
        if (key := id(code)) in LOOPS or key in TRANSLATED:
            frame, entry, pc = _read_locals(host, "frame", "entry", "pc")
            if key in TRANSLATED:  # (where it is: its host offset says)
                pc = running_pc(code, host.f_lasti, pc)
            if frame is not None and frame is past:
                if frame is entry or frame.back is None:
                    host = host.f_back
                    continue
                return _guest_view(frame.back, host, entry)
            if frame is not None:
                return _guest_view(frame, host, entry, pc, shift)
        elif code.co_filename == _FUSED:
            # A superinstruction the loop called: ``at`` is the instruction of its run
            # that is running (fuse.py keeps it for the exception path).
            shift = _read_locals(host, "at")[0] or 0
            host = host.f_back
            continue
        else:
            kind = hosttb.kind_of(code)
            if kind is hosttb.LIBRARY:
                return HostFrameView(host)
            if kind is hosttb.PYCTK and code.co_filename.endswith(_RUNNER):
                return None
        shift = 0
        host = host.f_back
    return None


def _guest_view(frame, host, entry, pc=None, shift=0):
    # The same view while anything holds it (``sys._getframe() is sys._getframe()``),
    # held weakly: a frame holding its view would be a cycle that keeps the frame's
    # locals alive until the collector runs, where CPython frees them on return.
    ref = frame.__dict__.get("_view")
    view = ref() if ref is not None else None
    if view is None:
        view = GuestFrameView(frame)
        frame.__dict__["_view"] = weakref.ref(view)
    view._host = host  # where it runs now: a generator's frame moves between loops
    view._entry = entry
    view._shift = (pc, shift) if shift else None
    return view


class _FrameLike:
    """What both kinds of view answer as frames."""

    __slots__ = ()

    @property
    def __class__(self):
        return types.FrameType


class GuestFrameView(_FrameLike):
    """A guest frame with the host frame protocol."""

    __slots__ = ("_frame", "_host", "_entry", "_shift", "__weakref__")

    def __init__(self, frame):
        self._frame = frame
        self._host = None
        self._entry = None
        self._shift = None  # (pc, n): at that pc, the n-th instruction of a fused run runs

    # What the program sets on a frame stays with the frame, not with this view (a new
    # view is made once nothing holds the last one).
    def _state(name, default):  # noqa: N805 - makes the properties below
        key = "_view_" + name

        def get(self):
            return self._frame.__dict__.get(key, default)

        def set_(self, value):
            self._frame.__dict__[key] = value

        return property(get, set_)

    f_trace = _state("f_trace", None)
    f_trace_lines = _state("f_trace_lines", True)
    f_trace_opcodes = _state("f_trace_opcodes", False)
    _extra = _state("extra", None)  # 3.13: f_locals names that are not variables
    del _state

    def _current(self) -> int:
        """Index of the frame's current instruction. While the frame is the one its loop
        runs, the loop keeps its pc in a local (``frame.pc`` is stored only when the loop
        changes frames), and a superinstruction running under the loop keeps in ``at``
        which instruction of its run runs."""
        host = self._host
        if host is not None:
            frame, pc = _read_locals(host, "frame", "pc")
            if id(host.f_code) in TRANSLATED:
                pc = running_pc(host.f_code, host.f_lasti, pc)
            if frame is self._frame and pc is not None:
                below = None
                current = _host_getframe(1)
                while current is not None and current is not host:
                    below = current
                    current = current.f_back
                if current is host:  # the loop is on this thread's stack: read it live
                    if below is not None and below.f_code.co_filename == _FUSED:
                        return pc - 1 + (_read_locals(below, "at")[0] or 0)
                    return pc - 1
                shift = self._shift
                return pc - 1 + (shift[1] if shift is not None and shift[0] == pc else 0)
        return self._frame.pc - 1

    def _instruction(self):
        index = self._current()
        instructions = self._frame.instructions
        return instructions[index] if 0 <= index < len(instructions) else None

    @property
    def f_code(self):
        return hosttb.twin_code(self._frame.code, self._frame.instructions)

    @property
    def f_lineno(self):
        frame = self._frame
        if (frame.trace_line is not None and frame.__dict__.get("_view_f_trace") is not None
                and not frame.opset.facts.get("line_event_on_change")):
            return frame.trace_line  # to 3.9, a traced frame's is its last line event's
        ins = self._instruction()
        if ins is None or ins.line is None:
            return self._frame.code.co_firstlineno
        return ins.line

    @property
    def f_lasti(self):
        ins = self._instruction()
        return ins.op_offset if ins is not None else -1

    @property
    def f_back(self):
        frame = self._frame
        if frame is self._entry or frame.back is None:
            host = self._host
            return _visible(host.f_back, frame) if host is not None else None
        return _guest_view(frame.back, self._host, self._entry)

    @property
    def f_globals(self):
        return self._frame.globals

    @property
    def f_builtins(self):
        return self._frame.builtins

    @property
    def f_locals(self):
        frame = self._frame
        if frame.locals is None and frame.opset.fact("frame_locals_proxy"):
            return FrameLocalsProxy(self)
        return frame.vm.current_locals(frame)

    @property
    def f_generator(self):
        return None

    def clear(self):
        raise RuntimeError("cannot clear an executing frame")

    def __repr__(self) -> str:
        code = self._frame.code
        return f"<frame at {id(self):#x}, file {code.co_filename!r}, line {self.f_lineno}, code {code.co_name}>"


class HostFrameView(_FrameLike):
    """A host library frame between guest frames: itself, but for ``f_back``."""

    __slots__ = ("_host",)

    def __init__(self, host):
        self._host = host

    @property
    def f_back(self):
        return _visible(self._host.f_back)

    def __getattr__(self, name):
        return getattr(self._host, name)

    def __setattr__(self, name, value):
        if name == "_host":
            object.__setattr__(self, name, value)
        else:
            setattr(self._host, name, value)

    def clear(self):
        return self._host.clear()

    def __repr__(self) -> str:
        return repr(self._host)


class FrameLocalsProxy(MutableMapping):
    """3.13's ``frame.f_locals`` of a function frame (PEP 667): reads and writes go to
    the frame's variables; names that are not variables live in an extra mapping."""

    __slots__ = ("_view",)

    def __init__(self, view):
        self._view = view

    def _slots(self) -> dict:
        code = self._view._frame.code
        return {name: i for i, name in enumerate(code.co_localsplusnames)}

    def _snapshot(self) -> dict:
        frame = self._view._frame
        values = frame.vm.current_locals(frame)
        extra = self._view._extra
        if extra:
            values.update(extra)
        return values

    def __getitem__(self, key):
        return self._snapshot()[key]

    def __setitem__(self, key, value):
        frame = self._view._frame
        index = self._slots().get(key)
        if index is None:
            if self._view._extra is None:
                self._view._extra = {}
            self._view._extra[key] = value
            return
        current = frame.fast[index]
        if type(current) is types.CellType:
            current.cell_contents = value
        else:
            frame.fast[index] = value

    def __delitem__(self, key):
        extra = self._view._extra
        if extra and key in extra:
            del extra[key]
            return
        if key in self._slots():
            raise ValueError("cannot remove local variables from FrameLocalsProxy")
        raise KeyError(key)

    def __iter__(self):
        return iter(self._snapshot())

    def __len__(self) -> int:
        return len(self._snapshot())

    def __contains__(self, key) -> bool:
        return key in self._snapshot()

    def __repr__(self) -> str:
        return repr(self._snapshot())

    def copy(self) -> dict:
        return self._snapshot()


FrameLocalsProxy.__module__ = "builtins"

__all__ = ["getframe", "GuestFrameView", "HostFrameView", "FrameLocalsProxy"]


# -- warnings.warn of versions that name the module's file ----------------------------------


def make_warn(warn_explicit):
    """``warnings.warn`` for a guest whose version names the warning's file by the
    module's ``__file__`` (2.7, 3.6, 3.7: fact ``warning_filename_from_file``): C's
    ``setup_context`` done on the guest's frames, then the guest's own ``warn_explicit``
    (filters, registry, once per location, display)."""

    def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
        if isinstance(message, Warning):
            category = message.__class__
        if category is None:
            category = UserWarning
        if not (isinstance(category, type) and issubclass(category, Warning)):
            raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
        try:
            frame = getframe(0)  # the caller: this function is pyctk's, never shown
            for _ in range(operator.index(stacklevel) - 1):
                frame = frame.f_back
                while frame is not None and skip_file_prefixes and frame.f_code.co_filename.startswith(skip_file_prefixes):
                    frame = frame.f_back
                if frame is None:
                    raise ValueError
        except ValueError:
            globals_, filename, lineno = sys.__dict__, "sys", 1
        else:
            globals_, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
            if type(frame) is GuestFrameView:
                filename = _filename_from_file(globals_)
        module = globals_.get("__name__", "<string>")
        registry = globals_.setdefault("__warningregistry__", {})
        warn_explicit(message, category, filename, lineno, module, registry, None, source)

    return warn


def _filename_from_file(globals_):
    """2.7 to 3.7: the module's ``__file__`` (a ``.pyc`` named as its ``.py``), else the
    module's name."""
    filename = globals_.get("__file__")
    if isinstance(filename, str):
        return filename[:-1] if filename.lower().endswith((".pyc", ".pyo")) else filename
    return globals_.get("__name__", "<string>")
