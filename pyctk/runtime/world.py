"""One guest's interpreter state: its ``sys``, its module table, its import system.

A ``GuestWorld`` is made per run (``vm.world``). The guest's ``import`` is a fresh copy
of the host's own ``importlib._bootstrap`` set up over the guest's ``sys``: it resolves
against the guest's ``sys.modules`` and ``sys.meta_path``, which holds, in order,

- the 2.7 names of standard modules (``cPickle``, ``ConfigParser``, ... as entries of
  their own in the table) where the version has them,
- the host's C modules, shared (``hostlib.SharedModuleFinder``),
- the guest's own modules on its path, run in the VM (``importer.GuestFinder``),
- the host's pure-Python standard library, executed afresh for this guest
  (``hostlib.HostStdlibFinder``).

Nothing of it is global: two worlds in one process share only the host's C modules.
``close()`` ends the run as CPython's shutdown does (the guest's non-daemon threads
joined, its ``atexit`` functions run) and takes out of the host's ``sys.modules`` what
C modules imported there during the run.
"""

from __future__ import annotations

import _imp
import _thread
import _warnings
import _weakref
import builtins as host_builtins
import importlib.machinery as host_machinery
import os
import sys
import types

from pyctk.runtime import crecursion, hostlib
from pyctk.runtime.apisurface import share_with_library
from pyctk.runtime.guestsys import _called_by_host_library, make_guest_sys
from pyctk.versions.apisurface import absent_modules
from pyctk.versions.sysfacts import sys_facts

_BOOTSTRAP_CODE: dict = {}


def _host_code(name):
    """Code of the host's ``importlib._bootstrap``/``_bootstrap_external`` (once per process)."""
    code = _BOOTSTRAP_CODE.get(name)
    if code is None:
        path = os.path.join(hostlib.HOST_STDLIB, "importlib", name + ".py")
        code = _BOOTSTRAP_CODE[name] = host_machinery.SourceFileLoader("importlib." + name, path).get_code(
            "importlib." + name
        )
    return code


def fresh_importlib():
    """A private copy of the host's import system (``_bootstrap``, ``_bootstrap_external``),
    not yet bound to a ``sys``."""
    boot = types.ModuleType("importlib._bootstrap")
    boot.__dict__["__name__"] = "_pyctk_guest_bootstrap"  # not a frozen name: _setup leaves it alone
    exec(_host_code("_bootstrap"), boot.__dict__)
    setup_sys = types.SimpleNamespace(
        modules={"_pyctk_guest_bootstrap": boot, "_thread": _thread, "_warnings": _warnings, "_weakref": _weakref},
        builtin_module_names=(),
    )
    boot._setup(setup_sys, _imp)
    boot.__name__ = "importlib._bootstrap"
    boot.__package__ = "importlib"
    external = types.ModuleType("importlib._bootstrap_external")
    external.__package__ = "importlib"
    exec(_host_code("_bootstrap_external"), external.__dict__)
    external._set_bootstrap_module(boot)
    boot._bootstrap_external = external
    return boot, external


class GuestWorld:
    """The interpreter state of one guest run."""

    def __init__(self, vm, opset, argv=None, path=(), stdlib=None):
        from pyctk.runtime.importer import GuestFinder

        self.vm = vm
        # The version's own library directory (ownstdlib.py), or None: the host's library.
        self.own_stdlib = stdlib
        self.host_side = None
        self.opset = opset
        self.thread_fault = None  # pyctk's own error that ended a guest thread (the first)
        self.facts = sys_facts(opset.version)
        # The host library's modules this version lacks: not found (hostlib's finders).
        self.absent_modules = absent_modules(opset.version)
        self.argv = list(argv) if argv is not None else [""]
        self.path = [*path, *self.stdlib_dirs()]
        own_finder = None
        if stdlib is not None:
            from pyctk.runtime.ownstdlib import OwnStdlibFinder

            own_finder = OwnStdlibFinder(self, stdlib)
        views = opset.fact("module_views")
        if views and own_finder is not None:
            views = _ViewsNotOwn(views, own_finder)
        self.modules: dict = GuestModules(views, vm) if views else {}
        from pyctk.runtime.apisurface import module_view

        self.modules["_thread"] = module_view(self, "_thread", _guest_thread_module(self))
        self.host_modules_before = set(sys.modules)
        self.bootstrap, self.external = fresh_importlib()
        self.path_hooks = [self.external.FileFinder.path_hook(*self.external._get_supported_file_loaders())]
        finders = [hostlib.SharedModuleFinder(self), GuestFinder(vm, opset), hostlib.HostStdlibFinder(self)]
        aliases = opset.fact("module_aliases")
        if own_finder is not None:  # the version's own modules before its aliases of the host's
            finders.insert(2, own_finder)
            if aliases:  # 2.7's C modules (_md5, ...) over the host's, before the host's own
                finders.insert(0, AliasFinder(self, aliases, opset.fact("alias_modules", {}), own_finder.provides))
        elif aliases:
            finders.insert(0, AliasFinder(self, aliases, opset.fact("alias_modules", {})))
        self.meta_path = finders
        self.sys = make_guest_sys(self)
        self.meta_path = self.sys.meta_path
        self.path = self.sys.path
        self.bootstrap.sys = self.sys
        self.external.sys = self.sys
        if opset.fact("finder_protocol") == "find_module":
            self.bootstrap._find_spec = self._find_spec_pep302
        self.import_ = self.bootstrap.__import__
        if own_finder is not None:
            from pyctk.runtime.ownstdlib import HostSide

            self.host_side = HostSide(self)
        self.stdlib_builtins = self._stdlib_builtins()
        self.builtins_module = self._builtins_module()
        share_with_library(self)
        self._register_builtin("sys", self.sys)
        self._register_builtin("atexit", make_atexit(self.sys))
        self.modules["_frozen_importlib"] = self.bootstrap
        self.modules["_frozen_importlib_external"] = self.external
        if own_finder is not None:
            from pyctk.runtime.ownstdlib import own_first_importer

            table = self.builtins_module.__dict__
            table["__import__"] = own_first_importer(table["__import__"], own_finder.provides)
        self.main = None

    def stdlib_dirs(self) -> list:
        """Where the guest's standard library is, as its ``sys.path`` shows it."""
        if self.own_stdlib is None:
            return [hostlib.HOST_STDLIB, hostlib.HOST_DYNLOAD]
        dynload = os.path.join(self.own_stdlib, "lib-dynload")
        return [self.own_stdlib] + ([dynload] if os.path.isdir(dynload) else [])

    def is_stdlib_dir(self, entry) -> bool:
        """A path entry of the standard library (the host's, or the version's own): not
        searched for the program's own modules."""
        return hostlib._in_stdlib(entry) or (self.own_stdlib is not None and entry in self.stdlib_dirs())

    # -- the table ---------------------------------------------------------------------

    def _register_builtin(self, name, module):
        if "__spec__" in self.facts["dir"]:  # a module of 2.7 has neither
            module.__spec__ = self.bootstrap.ModuleSpec(name, self.bootstrap.BuiltinImporter, origin="built-in")
            module.__loader__ = self.bootstrap.BuiltinImporter
        else:
            module.__dict__.pop("__spec__", None)
            module.__dict__.pop("__loader__", None)
        module.__package__ = "" if "__package__" in self.facts["dir"] else None
        self.modules[name] = module

    def _builtins_module(self):
        """The guest's ``builtins`` (``__builtin__`` on 2.7): a module whose dict is the
        table the VM's frames use, so that what the guest sets there is seen by its code."""
        name = self.opset.fact("builtins_module_name", "builtins")
        table = self.vm.builtins_for(self.opset)
        module = types.ModuleType(name)
        module.__dict__.update(table)
        module.__dict__["__name__"] = name
        if table.get("print") is host_builtins.print:  # 3.x: output to the guest's sys.stdout
            module.__dict__["print"] = self.make_print(guarded=True)
            module.__dict__["input"] = self.make_input()
        self.vm._builtins[self.opset] = module.__dict__
        self._register_builtin(name, module)
        if name != "builtins":  # the host library's own name for its builtins
            stdlib = types.ModuleType("builtins")
            stdlib.__dict__.update(self.stdlib_builtins)
            stdlib.__dict__["__name__"] = "builtins"
            self._register_builtin("builtins", stdlib)
        return module

    def _stdlib_builtins(self) -> dict:
        """Builtins of the host library modules run for this guest: the host's (they are
        host code), with the guest's ``__import__`` and output to the guest's streams."""
        table = dict(host_builtins.__dict__)
        # With the version's own library, the host's modules import the host's (HostSide).
        table["__import__"] = self.import_ if self.host_side is None else self.host_side.import_
        table["print"] = self.make_print()
        table["input"] = self.make_input()
        return table

    def make_print(self, guarded=False):
        """The guest's print (output to its sys.stdout); ``guarded``: the guest's own,
        whose repr of a nested container stops at the guest's limit (crecursion.py)."""
        host_print = host_builtins.print
        guest_sys = self.sys
        nesting, interp = crecursion.NESTING, self.vm.interp

        def print(*args, **kwargs):  # noqa: A001 - it is the guest's print
            if kwargs.get("file") is None:
                kwargs["file"] = guest_sys.stdout
                if kwargs["file"] is None:
                    return None
            if guarded:
                for a in args:
                    if type(a) in nesting:
                        return crecursion.guarded(interp, "print", host_print, *args, **kwargs)
            return host_print(*args, **kwargs)

        return _as_builtin(print, host_print)

    def make_input(self):
        host_input = host_builtins.input
        guest_sys = self.sys

        def input(prompt=""):  # noqa: A001 - it is the guest's input
            if guest_sys.stdin is sys.stdin and guest_sys.stdout is sys.stdout:
                return host_input(prompt)
            out = guest_sys.stdout
            if prompt:
                out.write(str(prompt))
            out.flush()
            line = guest_sys.stdin.readline()
            if not line:
                raise EOFError("EOF when reading a line")
            return line[:-1] if line.endswith("\n") else line

        return _as_builtin(input, host_input)

    def _find_spec_pep302(self, name, path, target=None):
        """2.7's import protocol for the finders a program puts on ``sys.meta_path``
        (``find_module``/``load_module``, PEP 302; six's importer has a ``find_spec``
        that only works on 3.4+), pyctk's own finders asked as the host asks them."""
        own = (hostlib.SharedModuleFinder, hostlib.HostStdlibFinder, AliasFinder)
        from pyctk.runtime.importer import GuestFinder
        from pyctk.runtime.ownstdlib import OwnStdlibFinder

        own += (OwnStdlibFinder,)

        for finder in list(self.sys.meta_path):
            if isinstance(finder, (*own, GuestFinder)):
                spec = finder.find_spec(name, path, target)
            else:
                find_module = getattr(finder, "find_module", None)
                if find_module is None:
                    continue
                loader = find_module(name, path)
                spec = None if loader is None else self.bootstrap.spec_from_loader(name, loader)
            if spec is not None:
                return spec
        return None

    def spec_for_existing(self, name, module):
        loader = hostlib.ExistingModuleLoader(module)
        spec = self.bootstrap.ModuleSpec(name, loader, origin=getattr(module, "__file__", None))
        path = getattr(module, "__path__", None)
        if path is not None:
            spec.submodule_search_locations = list(path)
        return spec

    def host_module(self, name):
        """The host's C module ``name`` as this guest sees it: with its version's names
        (``apisurface.module_view``, made once per run); with the version's own library,
        without what ``ownstdlib`` hides."""
        views = self.__dict__.setdefault("_module_views", {})
        view = views.get(name)
        if view is None:
            from pyctk.runtime.apisurface import module_view

            module = hostlib.import_host_module(name)
            if self.own_stdlib is not None and module is not None:
                from pyctk.runtime.ownstdlib import without_hidden_names

                module = without_hidden_names(self, module)
            view = views[name] = module_view(self, name, module)
        return view

    def import_module(self, name):
        self.bootstrap._gcd_import(name)
        return self.modules[name]

    def adapt_stdlib_module(self, module, own=False):
        """What a version's standard library module says differently, where a host
        module's constant is a version fact (pickle's protocols); and the markers by which
        host code recognises guest functions (objects.Function) made the host's.
        ``own``: a module of the version's own library (it says its version's things)."""
        from pyctk.runtime.apisurface import hide_library_names

        hide_library_names(self, module)  # a wrapper of a C module: the version's names
        marker = hostlib.SHARED_MARKERS.get(module.__name__)
        if marker is not None and hasattr(module, marker):
            host = hostlib.import_host_module(module.__name__)
            if host is not None and hasattr(host, marker):
                setattr(module, marker, getattr(host, marker))
        if module.__name__ == "threading" and hasattr(module, "excepthook"):
            module.excepthook = _thread_excepthook(module.excepthook, self)
        if module.__name__ == "traceback":
            _hide_pyctk_frames(module)
        if module.__name__ in _NEW_INTERPRETER_STARTS:
            _refuse_new_interpreter(module, _NEW_INTERPRETER_STARTS[module.__name__])
        if module.__name__ == "types" and self.host_side is not None:
            module.ModuleType = types.ModuleType  # not type(sys): the host side's sys is a subclass
        if own:
            return
        if module.__name__ == "warnings" and self.opset.fact("warning_filename_from_file", False):
            from pyctk.runtime.frames import make_warn

            module.warn = make_warn(module.warn_explicit)
        if module.__name__ in ("json", "pickle", "copy"):
            crecursion.adapt_module(module, self.vm.interp, self.opset)
        if module.__name__ == "pickle":
            protocols = self.facts["pickle"]
            module.HIGHEST_PROTOCOL = protocols["HIGHEST_PROTOCOL"]
            # 2.7 has no DEFAULT_PROTOCOL and pickles with protocol 0 when given none; the
            # host's functions read the name, so it stays, with 2.7's value.
            module.DEFAULT_PROTOCOL = protocols["DEFAULT_PROTOCOL"] or 0

    # -- the run -------------------------------------------------------------------------

    def make_main(self, path):
        """The guest's ``__main__`` for a program file, with the attributes its version gives it."""
        extra = self.opset.fact("main_attributes", {})
        main = (types.ModuleType if "__annotations__" in extra else _ModuleWithoutAnnotations)("__main__")
        main.__file__ = path
        main.__builtins__ = self.builtins_module
        for name in ("__loader__", "__spec__"):  # a host module has them; 2.7's __main__ has not
            if name not in extra:
                del main.__dict__[name]
        for name, value in extra.items():
            main.__dict__[name] = value() if callable(value) else value
        self.modules["__main__"] = main
        self.main = main
        return main

    def report_uncaught(self, exc):
        from pyctk.runner import report_uncaught

        report_uncaught(self.vm, self.opset.version, exc)

    def shutdown(self):
        """As CPython ends a program: the guest's non-daemon threads joined (its own
        ``threading``), then its ``atexit`` functions."""
        threading = self.modules.get("threading")
        shutdown = getattr(threading, "_shutdown", None)
        if shutdown is not None:
            shutdown()
        atexit = self.modules.get("atexit")
        run = getattr(atexit, "_run_exitfuncs", None)
        if run is not None and getattr(atexit, "_pyctk_guest", False):
            run()

    def close(self):
        """Take out of the host's ``sys.modules`` the standard-library modules that C
        modules imported there through the host's import system during the run."""
        for name in set(sys.modules) - self.host_modules_before:
            module = sys.modules.get(name)
            origin = getattr(module, "__file__", None)
            if origin is None or hostlib._in_stdlib(origin):
                sys.modules.pop(name, None)
        if self.own_stdlib is not None:
            from pyctk.runtime.librarycache import release_run

            release_run(self)


# multiprocessing's start methods whose child is a new interpreter (by module of its Popen).
_NEW_INTERPRETER_STARTS = {"multiprocessing.popen_spawn_posix": "spawn",
                           "multiprocessing.popen_forkserver": "forkserver"}


def _refuse_new_interpreter(module, method):
    """multiprocessing's spawn and forkserver start a new host interpreter that would
    import the guest's main module by its path with the host's runpy (guest bytecode run
    by the host, or a .pyc it cannot read): the run ends with pyctk's one-line error
    instead, before any child process is started. The fork start method works."""
    popen = getattr(module, "Popen", None)
    if not isinstance(popen, type):
        return

    def __init__(self, process_obj):
        from pyctk.errors import UnsupportedFeatureError

        raise UnsupportedFeatureError(
            f"multiprocessing's {method!r} start method is not supported: its child would be a new host "
            "interpreter running the guest's main module without pyctk (use the 'fork' start method)")

    popen.__init__ = __init__


def _guest_thread_module(world):
    """The guest's ``_thread``: the host's, except ``_set_sentinel`` (to 3.12). The guest's
    own ``threading``, made in a host thread the host's ``threading`` knows (pyctk.run
    called from a host thread, or from the main one), takes it for its main thread; the
    real one would replace the lock that the host's ``Thread.join`` waits for, and the
    host thread could never be joined. There the guest gets a lock of its own."""
    module = types.ModuleType("_thread", _thread.__doc__)
    module.__dict__.update(_thread.__dict__)
    set_sentinel = getattr(_thread, "_set_sentinel", None)
    if set_sentinel is not None:
        import threading as host_threading

        def _set_sentinel():
            if _thread.get_ident() in host_threading._active:
                return _thread.allocate_lock()  # threading acquires it, as the real one
            return set_sentinel()

        module._set_sentinel = _set_sentinel
    if hasattr(_thread, "_shutdown"):
        # 3.13+: the host's _shutdown waits for every non-daemon thread of the process (the
        # host's own too: two runs in two host threads would wait for each other). The
        # guest's threading._shutdown waits for the guest's threads only.
        module._shutdown = lambda: _join_guest_threads(world)
    return module


def _join_guest_threads(world) -> None:
    threading = world.modules.get("threading")
    if threading is None:
        return
    current = threading.current_thread()
    with threading._active_limbo_lock:
        threads = list(threading._active.values()) + list(threading._limbo.values())
    for thread in threads:
        if (thread is not current and thread is not threading._main_thread and not thread.daemon
                and not isinstance(thread, threading._DummyThread)):
            thread.join()


def _thread_excepthook(hook, world):
    """The guest's ``threading.excepthook``: pyctk's own error that ends a guest thread
    (bad bytecode, a limit) is not the guest's uncaught exception: no traceback of pyctk's
    internals; the first one ends the run when the main module does (``thread_fault``).
    A tracer's stop ends the thread quietly."""
    from pyctk.errors import PyctkError
    from pyctk.runtime.hosttb import without_pyctk
    from pyctk.trace import StopRun

    def excepthook(args):
        exc = args.exc_value
        if isinstance(exc, StopRun):
            return
        if isinstance(exc, PyctkError):
            if world.thread_fault is None:
                world.thread_fault = exc
            return
        # The host's hook (C's _thread._excepthook) prints the traceback as it is: without
        # pyctk's frames (the target's stub, the VM), as the guest's CPython shows it.
        # (It prints the exception's own __traceback__.)
        tb = without_pyctk(args.exc_traceback)
        if tb is not args.exc_traceback:
            if exc is not None:
                exc.__traceback__ = tb
            args = type(args)((args.exc_type, exc, tb, args.thread))
        hook(args)

    excepthook.__name__ = excepthook.__qualname__ = "excepthook"
    return excepthook


class _ModuleWithoutAnnotations(types.ModuleType):
    """A module of a version whose modules have no lazy ``__annotations__`` (2.7)."""

    @property
    def __annotations__(self):
        raise AttributeError("'module' object has no attribute '__annotations__'")


def _as_builtin(function, builtin):
    """A guest's replacement of a builtin, named as the builtin in error messages."""
    function.__name__ = function.__qualname__ = builtin.__name__
    function.__module__ = "builtins"
    function.__doc__ = builtin.__doc__
    return function


class GuestModules(dict):
    """The guest's ``sys.modules`` where a version's module differs from the host's
    module of the same name (2.7's ``string``, ``types``, ``urllib``): the guest's code
    reading it gets the version's module (``views``), the host's library run for it
    (its own ``import urllib.parse``) the host's."""

    def __init__(self, views, vm):
        super().__init__()
        self.views = views
        self.vm = vm

    def __getitem__(self, name):
        if name in self.views.names and not _called_by_host_library():
            return self.views(self.vm, name)
        return dict.__getitem__(self, name)

    def get(self, name, default=None):
        if name in self.views.names and not _called_by_host_library():
            try:
                return self.views(self.vm, name)
            except KeyError:  # the view's module is not imported yet
                return default
        return dict.get(self, name, default)


class _ViewsNotOwn:
    """2.7's module views (``GuestModules``) without the modules the version's own
    library provides (its ``string``, ``json``, ``collections``)."""

    def __init__(self, views, own_finder):
        self.views = views
        self.names = frozenset(name for name in views.names if not own_finder.provides(name))

    def __call__(self, vm, name):
        return self.views(vm, name)


class AliasFinder:
    """2.7's names of standard modules (``cPickle``, ``ConfigParser``, ``Queue``, ...) as
    entries of their own in the guest's table, and 2.7-only modules (``__builtin__``,
    ``StringIO``) made by the version's own code."""

    def __init__(self, world, aliases, made, own_provides=None):
        self.world = world
        self.aliases = aliases
        self.made = made
        # With the version's own library: the names it has (StringIO.py) are its own.
        self.own_provides = own_provides

    def find_spec(self, fullname, path=None, target=None):
        if self.own_provides is not None and "." not in fullname and self.own_provides(fullname):
            return None
        make = self.made.get(fullname)
        if make is not None:
            return self.world.spec_for_existing(fullname, make(self.world.vm))
        target_name = self.aliases.get(fullname)
        if target_name is None:
            return None
        module = self.world.import_module(target_name)
        proxy = self.world.opset.fact("alias_proxy")
        return self.world.spec_for_existing(fullname, module if proxy is None else proxy(fullname, module))


def make_atexit(guest_sys):
    """The guest's ``atexit``: its functions run at the end of its run, not at the host's."""
    module = types.ModuleType("atexit")
    functions = []

    def register(func, *args, **kwargs):
        functions.append((func, args, kwargs))
        return func

    def unregister(func):
        functions[:] = [entry for entry in functions if entry[0] != func]

    def _run_exitfuncs():
        while functions:
            func, args, kwargs = functions.pop()
            try:
                func(*args, **kwargs)
            except SystemExit:
                pass
            except BaseException as e:
                import traceback

                print("Error in atexit._run_exitfuncs:", file=guest_sys.stderr)
                traceback.print_exception(type(e), e, e.__traceback__, file=guest_sys.stderr)

    def _clear():
        functions.clear()

    def _ncallbacks():
        return len(functions)

    module.__dict__.update(register=register, unregister=unregister, _run_exitfuncs=_run_exitfuncs,
                           _clear=_clear, _ncallbacks=_ncallbacks, _pyctk_guest=True)
    return module


def _hide_pyctk_frames(traceback_module):
    """The guest's ``traceback`` walks tracebacks without pyctk's own frames: the frame of
    a guest function's stub (``functions.py``) lies between a host caller and the guest
    frame it entered, standing for nothing of the guest's. Every formatter (``print_exc``,
    ``unittest``, ``logging``, ``threading``'s excepthook, doctest) walks through these."""
    from pyctk.runtime.frames import _saw_guest, _visible
    from pyctk.runtime.hosttb import PYCTK, kind_of

    def shown(walk):
        def walk_guest_tb(tb, *args, **kwargs):
            for item in walk(tb, *args, **kwargs):
                frame = item[0] if isinstance(item, tuple) else item
                if kind_of(frame.f_code) is not PYCTK:
                    yield item

        walk_guest_tb.__name__ = walk.__name__
        walk_guest_tb.__doc__ = walk.__doc__
        return walk_guest_tb

    for name in ("walk_tb", "_walk_tb_with_full_positions"):
        walk = getattr(traceback_module, name, None)
        if walk is not None:
            setattr(traceback_module, name, shown(walk))

    # A real host frame handed to walk_stack (logging's handleError prints the stack from
    # a traceback's frame) goes on through pyctk's frames: start from its view instead,
    # whose f_back is the chain the guest's sys._getframe gives (frames.py).
    walk_stack = getattr(traceback_module, "walk_stack", None)
    if walk_stack is None:  # 2.7's own traceback
        return

    def walk_guest_stack(f):
        if f is not None and type(f) is types.FrameType and _saw_guest(f):
            f = _visible(f)
        return walk_stack(f)

    walk_guest_stack.__name__ = walk_stack.__name__
    walk_guest_stack.__doc__ = walk_stack.__doc__
    traceback_module.walk_stack = walk_guest_stack
