"""What a guest sees of the host's standard library.

- The host's C modules (built in, or extension modules in ``lib-dynload``) are shared:
  the guest gets the host's module objects (``SharedModuleFinder``), except the
  accelerators that would bypass the guest's world (``BLOCKED``), so that the
  pure-Python fallback runs instead.
- The host's pure-Python standard-library modules are executed afresh for each guest
  (``HostStdlibFinder``): natively, from the host's own files and cached bytecode, in
  module objects of the guest's module table, with builtins whose ``__import__`` is the
  guest's. So ``platform``, ``warnings``, ``logging``, ``traceback``, ``pickle`` read the
  guest's ``sys``.
- Nothing else of the host: its site-packages and pyctk's own dependencies are not on
  the guest's path.
"""

from __future__ import annotations

import importlib
import importlib.machinery as host_machinery
import importlib.util
import os
import sys

HOST_STDLIB = os.path.dirname(os.__file__)
HOST_DYNLOAD = os.path.join(HOST_STDLIB, "lib-dynload")

# C accelerators whose pure-Python fallback must run for the guest:
# _warnings walks host frames and keeps its filters apart from the guest's warnings;
# _pickle looks classes up in the host's sys.modules; _asyncio and _zoneinfo import
# their Python halves through the host's import system (another CancelledError, ...);
# _elementtree imports xml.etree.ElementPath the same way.
BLOCKED = frozenset({"_warnings", "_pickle", "_asyncio", "_zoneinfo", "_elementtree"})

# Pure-Python packages kept the host's: they register themselves in process-wide C
# state (encodings: the codec search function, which cannot be registered twice).
SHARED_PACKAGES = frozenset({"encodings"})

# Marker objects by which host library code recognises a coroutine function that is not
# a host function (a guest Function answers with the host module's marker).
SHARED_MARKERS = {"asyncio.coroutines": "_is_coroutine", "inspect": "_is_coroutine_mark"}

# Names the guest's world provides itself.
OWN = frozenset({"sys", "builtins", "__builtin__", "__main__"})

_EXTENSION_SUFFIXES = tuple(host_machinery.EXTENSION_SUFFIXES)


def _is_host_c_module(name: str) -> bool:
    if name in sys.builtin_module_names:
        return True
    if "." in name:
        return False
    return any(os.path.isfile(os.path.join(HOST_DYNLOAD, name + suffix)) for suffix in _EXTENSION_SUFFIXES)


def _in_stdlib(path: str) -> bool:
    if not isinstance(path, str):
        return False
    path = os.path.abspath(path)
    return (path == HOST_STDLIB or path.startswith(HOST_STDLIB + os.sep)) and "site-packages" not in path


class ExistingModuleLoader:
    """Gives the import system a module that exists already (a shared host module, the
    target of a 2.7 alias). The import system sets ``__spec__`` on what it loads: it is
    put back, so that a shared module is left as it was."""

    def __init__(self, module):
        self.module = module
        self.spec = module.__dict__.get("__spec__")

    def create_module(self, spec):
        return self.module

    def exec_module(self, module):
        if "__spec__" in module.__dict__ or self.spec is not None:
            module.__spec__ = self.spec


class SharedModuleFinder:
    """The host's C modules (and ``SHARED_PACKAGES``), as the very host objects."""

    def __init__(self, world):
        self.world = world

    def find_spec(self, fullname, path=None, target=None):
        if fullname in BLOCKED or fullname in OWN:
            return None
        head = fullname.partition(".")[0]
        if head in self.world.absent_modules and not asked_by_host_library():
            return None
        if head not in SHARED_PACKAGES and not _is_host_c_module(fullname):
            return None
        module = self.world.host_module(fullname)
        if module is None:
            return None
        return self.world.spec_for_existing(fullname, module)


class HostStdlibLoader:
    """Runs a host standard-library module natively for one guest: the host's code
    object (from the host's own ``__pycache__``), the guest's module and builtins."""

    def __init__(self, world, host_loader):
        self.world = world
        self.host_loader = host_loader

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = _host_code(self.host_loader, module.__name__)
        module.__dict__["__builtins__"] = self.world.stdlib_builtins
        # Host code runs natively: its `from . import sibling` during a circular import
        # falls back to the host's sys.modules, not the guest's; bound on the parent
        # package first, the sibling is found there (asyncio.tasks <-> timeouts).
        parent_name, _, child = module.__name__.rpartition(".")
        parent = self.world.modules.get(parent_name) if parent_name else None
        if parent is not None and not hasattr(parent, child):
            setattr(parent, child, module)
        if self.world.host_side is not None:
            self.world.host_side.share(module)
        exec(code, module.__dict__)
        self.world.adapt_stdlib_module(module)

    def __getattr__(self, name):  # get_source, get_data, get_filename, is_package, ...
        return getattr(self.host_loader, name)


_CODE_CACHE: dict = {}  # path -> (mtime, code): code objects are shared, never changed


def _host_code(loader, name):
    """The host's code object for a library module, unmarshalled once per process."""
    path = loader.get_filename(name)
    try:
        mtime = os.stat(path).st_mtime_ns
    except OSError:
        return loader.get_code(name)
    cached = _CODE_CACHE.get(path)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    code = loader.get_code(name)
    _CODE_CACHE[path] = (mtime, code)
    return code


class HostStdlibFinder:
    """Pure-Python modules of the host's standard library (its ``Lib`` directory only)."""

    def __init__(self, world):
        self.world = world
        self.finders: dict[str, host_machinery.FileFinder] = {}

    def _finder(self, directory):
        finder = self.finders.get(directory)
        if finder is None:
            finder = self.finders[directory] = host_machinery.FileFinder(
                directory,
                (host_machinery.SourceFileLoader, host_machinery.SOURCE_SUFFIXES),
                (host_machinery.SourcelessFileLoader, host_machinery.BYTECODE_SUFFIXES),
            )
        return finder

    def find_spec(self, fullname, path=None, target=None):
        head = fullname.partition(".")[0]
        if fullname in OWN or head in SHARED_PACKAGES:
            return None
        if head in self.world.absent_modules and not asked_by_host_library():
            return None  # a module of the host's library that the guest's version lacks
        on_disk = fullname
        if fullname.startswith(_SYSCONFIGDATA) and path is None:
            # The host's sysconfig (kept for every guest) names its build data by the
            # guest's sys.platform (2.7: 'linux2'); the data is the host's own.
            on_disk = _host_sysconfigdata()
        dirs = [HOST_STDLIB] if path is None else [p for p in path if _in_stdlib(p)]
        for directory in dirs:
            spec = self._finder(directory).find_spec(on_disk)
            if spec is not None and on_disk != fullname:
                spec = importlib.util.spec_from_file_location(fullname, spec.origin)
            if spec is None or spec.loader is None:
                continue
            spec.loader = HostStdlibLoader(self.world, spec.loader)
            return spec
        return None


_SYSCONFIGDATA = "_sysconfigdata_"


def _host_sysconfigdata() -> str:
    """The name of the host's build-data module (``_sysconfigdata__linux_x86_64-linux-gnu``)."""
    import sysconfig

    return sysconfig._get_sysconfigdata_name()


_IMPORT_MACHINERY = (
    os.path.join(HOST_STDLIB, "importlib") + os.sep,
    *(os.path.join(os.path.dirname(__file__), name) for name in (
        "hostlib.py", "world.py", "importer.py", "pathfinder.py", "ownstdlib.py", "librarycache.py")),
)


def asked_by_host_library() -> bool:
    """Whether the import being looked up was asked for by a module of the host's library
    running for the guest (the host's pprint importing dataclasses for a 3.6 guest: it
    needs the host's modules), not by the guest's code. Only asked for a module the
    guest's version lacks, so the walk over the import machinery's frames is rare."""
    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not (filename.startswith("<frozen importlib") or filename.startswith(_IMPORT_MACHINERY)):
            # (pyctk itself may sit in site-packages, under the library's directory)
            return filename.startswith(HOST_STDLIB + os.sep) and "site-packages" not in filename
        frame = frame.f_back
    return False


def import_host_module(name):
    """The host's own module ``name`` (imported by the host's import system if it was
    not yet); None if the host has none."""
    module = sys.modules.get(name)
    if module is not None:
        return module
    try:
        return importlib.import_module(name)
    except ImportError:
        return None
