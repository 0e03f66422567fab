"""GuestInterpreter: what CPython keeps per interpreter, shared by the guest's threads.

CPython splits its state in two: ``PyInterpreterState`` (modules, builtins, the recursion
limit, hooks) and one ``PyThreadState`` per OS thread (the current frame, the recursion
depth, the exception being handled). pyctk does the same: one ``GuestInterpreter`` per
run, and per host thread that runs guest code one executor, a ``VirtualMachine``, holding
the thread's frame, depth and handled exception. A guest frame's ``vm`` is the executor of
the thread running it, so opcode handlers read and write their own thread's state.

The executors keep a plain-attribute copy of the shared values the dispatch loop reads on
every call (``recursion_limit``, ``tracer``, ``max_steps``, ``deadline``): setting one of
them here sets it on every executor, so that the hot path reads an attribute of ``self``
instead of following a link.

Code that captured a "vm" long before it runs (the builtins' ``globals()``, ``locals()``,
``super()``, ``exec``; 2.7's ``sys.exc_info``) is given the interpreter itself: it reads
``frame``, ``handled`` and ``depth`` of the calling thread's executor, and anything else a
VM has is looked up on that executor.
"""

from __future__ import annotations

import _thread
import types
import weakref

from pyctk import versions
from pyctk.runtime.crecursion import guard_builtins
from pyctk.versions.host import HOST

# Shared values each executor keeps a copy of, for the dispatch loop to read cheaply.
MIRRORED = ("recursion_limit", "tracer", "max_steps", "deadline")


def _mirrored(name):
    slot = "_" + name

    def get(self):
        return getattr(self, slot)

    def set_(self, value):
        setattr(self, slot, value)
        with self._lock:
            executors = list(self._executors)
        for vm in executors:
            setattr(vm, name, value)
            self._set_depths(vm)

    return property(get, set_, doc=f"The interpreter's {name}, copied to every executor.")


class GuestInterpreter:
    """The state of one guest run that all its threads share."""

    def __init__(self, opset=None, *, argv=None, tracer=None, max_steps=None, path=None):
        self.opset = opset
        self.argv = list(argv) if argv is not None else None
        self.path = [] if path is None else list(path)  # where the guest's own modules are found
        self.modules: dict[str, types.ModuleType] = {}
        self._builtins: dict = {}  # opset -> the guest's builtins (the executors share this dict)
        self._tracebacks: dict[int, tuple] = {}  # guest tracebacks of exceptions without a __dict__
        self._world = None  # the guest's interpreter state (world.py), made on first use
        self.steps = 0  # instructions run, counted only when max_steps is set
        self._recursion_limit = 1000
        self._tracer = tracer
        self._max_steps = max_steps
        self._deadline = None  # (monotonic time, guard): a --timeout checked between instructions
        self._lock = _thread.allocate_lock()
        self._executors = weakref.WeakSet()
        # The executor of each host thread; it goes away with its thread.
        self._local = _thread._local()

    recursion_limit = _mirrored("recursion_limit")
    tracer = _mirrored("tracer")
    max_steps = _mirrored("max_steps")
    deadline = _mirrored("deadline")

    @property
    def interp(self):
        return self

    # -- executors -----------------------------------------------------------------

    def executor(self):
        """The calling host thread's executor, made on its first use."""
        try:
            return self._local.vm
        except AttributeError:
            from pyctk.runtime.vm import VirtualMachine

            return VirtualMachine(interp=self)

    def adopt(self, vm) -> None:
        """Make ``vm`` the calling thread's executor (called by VirtualMachine itself)."""
        for name in MIRRORED:
            setattr(vm, name, getattr(self, "_" + name))
        self._set_depths(vm)
        with self._lock:
            self._executors.add(vm)
        self._local.vm = vm

    def _set_depths(self, vm) -> None:
        """An executor's bounds on translated frames (translate.py): ``translate_depth``,
        how many may run counted on its host stack, and ``direct_ceiling``, the guest depth
        up to which a call between translated functions enters its callee directly,
        uncounted (never past the guest's recursion limit: past it the call raises)."""
        from pyctk.runtime.translate import MAX_NESTING

        vm.translate_depth = self._translate_depth()
        vm.direct_ceiling = min(MAX_NESTING, self._recursion_limit) if vm.translate_depth else 0

    def _translate_depth(self) -> int:
        """Translated frames an executor may run on its host stack (translate.py): none
        under a tracer, a step limit or a timeout, whose loops see every instruction."""
        from pyctk.runtime.translate import MAX_NESTING

        if self._tracer is None and self._max_steps is None and self._deadline is None:
            return MAX_NESTING
        return 0

    def running_executor(self):
        """The calling thread's executor if it has one, else None (never makes one)."""
        return getattr(self._local, "vm", None)

    # -- the calling thread's state, for code that captured the interpreter ---------

    @property
    def frame(self):
        return self.executor().frame

    @frame.setter
    def frame(self, value):
        self.executor().frame = value

    @property
    def handled(self):
        return self.executor().handled

    @handled.setter
    def handled(self, value):
        self.executor().handled = value

    @property
    def depth(self):
        return self.executor().depth

    def __getattr__(self, name):
        # Everything else a VM has (run_code, current_locals, frame_for_class_body, ...) is the
        # calling thread's executor's.
        if name.startswith("__") or name in ("_local", "_lock", "_executors", "_world"):
            raise AttributeError(name)
        return getattr(self.executor(), name)

    # -- shared services -----------------------------------------------------------

    def opset_for_code(self, code):
        """The run's own set for code of its version (a forced or remapped set applies to
        the guest's files), the built-in set for anything else, including code the host
        compiled at run time."""
        if self.opset is not None and self.opset.version == code.version and not code.host_compiled:
            return self.opset
        return versions.opset_for(code.version)

    def builtins_for(self, opset) -> dict:
        table = self._builtins.get(opset)
        if table is None:
            make = opset.fact("builtins")
            # The builtins capture the interpreter: their globals()/locals()/super() read
            # the frame of whichever thread calls them.
            table = self._builtins[opset] = guard_builtins(make(self, opset), self)
        return table

    @property
    def world(self):
        """The guest's ``sys``, module table and import system (``world.py``), one per run:
        the runner makes it for a program; an interpreter used on its own gets one for its
        version on first use. It is given the interpreter, so that what it reads of the
        running guest (``handled``, ``frame``, ``depth``) is the calling thread's."""
        if self._world is None:

            from pyctk.runtime.world import GuestWorld

            opset = self.opset or versions.opset_for(HOST)
            self._world = GuestWorld(self, opset, argv=self.argv, path=self.path)
        return self._world

    @world.setter
    def world(self, world):
        self._world = world
