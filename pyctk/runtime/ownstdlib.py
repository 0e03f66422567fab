"""The guest version's own standard library (``--stdlib DIR|auto|host``).

With a library directory of the guest's version (``lib/pythonX.Y``, or a zip archive
of it), the guest's pure-Python standard-library modules are that version's own: found
there by the version's rules (``pathfinder``: its ``__pycache__``/2.7 ``.pyc`` when fresh,
else its source compiled by the version's compiler, never written) and run in the VM as
guest code, so what the library prints (argparse's help, reprs, unittest's report) is
the version's. The host's C modules stay shared, and the modules that cannot work over
them stay the host's (``pyctk.versions.stdlibfacts``), run natively for the guest as
without ``--stdlib``.

The host's library modules a guest still gets (the kept ones, and those the version's
library lacks, such as 2.7's C ``datetime``) import their own dependencies from a table
apart from the guest's (``HostSide``): host code needs the host's ``enum`` and
``functools``, not the version's. Modules both sides import from the host (the kept
ones) are one object in both tables.

``resolve(choice, version)`` turns the user's choice into a directory or None (host):
``host``; ``auto`` (the library of ``pythonX.Y`` on PATH, asked once per process; none:
host); or a directory, checked (``StdlibError``, one line, exit status 11).
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import types
import zipfile

from pyctk.errors import StdlibError
from pyctk.runtime import hostlib
from pyctk.runtime.compilers import find_python, remember_executable
from pyctk.version import Version
from pyctk.versions.host import is_host, is_newer_than_host
from pyctk.versions.interpreters import executable_names, library_folder_name
from pyctk.versions.stdlibfacts import HIDDEN_C_NAMES, HIDDEN_FOR, kept_host_modules

# The choice when neither --stdlib nor PYCTK_STDLIB gives one: the version's own library
# whenever its interpreter is installed, else the host's (README, "The version's own
# standard library").
DEFAULT_CHOICE = "auto"

_FOUND: dict = {}  # Version -> the library directory of its interpreter, or None
_ASK = "import os, sys; sys.stdout.write(os.path.dirname(os.__file__) + '\\0' + sys.executable)"


def installed_stdlib(version) -> str | None:
    """The library directory of ``version``'s interpreter (``PYCTK_PYTHONXY`` or
    ``pythonX.Y`` on PATH, as the compiler finds it), found once per process: beside the
    interpreter's binary (``PREFIX/bin/pythonX.Y`` -> ``PREFIX/lib/pythonX.Y``), else
    asked of it (a launcher such as pyenv's shim: it then also tells its executable,
    which the compiler starts directly from then on)."""
    key = version
    if key in _FOUND:
        return _FOUND[key]
    found = None
    exe = find_python(version)
    if exe is not None:
        found = _library_beside(exe, version)
        if found is None:
            direct = _pyenv_interpreter(exe, version)
            if direct is not None:
                found = _library_beside(direct, version)
                if found is not None:
                    remember_executable(exe, direct)
        if found is None:
            found = _asked_library(exe, version)
    _FOUND[key] = found
    return found


def _library_beside(exe, version) -> str | None:
    real = os.path.realpath(exe)
    bindir, name = os.path.split(real)
    if os.path.basename(bindir) != "bin" or not name.startswith("python"):
        return None
    candidate = os.path.join(os.path.dirname(bindir), "lib", library_folder_name(version))
    return candidate if os.path.isfile(os.path.join(candidate, "os.py")) else None


def _pyenv_interpreter(shim, version) -> str | None:
    """The interpreter pyenv's shim ``shim`` would start (a shell script: asking it costs
    ~0.2 s a start), read from what selects it: ``PYENV_VERSION``, else the nearest
    ``.python-version`` up from the working directory, else ``$PYENV_ROOT/version``; the
    first version listed that has ``pythonX.Y``, as ``pyenv exec`` picks it. None when
    ``shim`` is not a pyenv shim or the choice is not that plain (``system``): then the
    shim is asked."""
    shims = os.path.dirname(shim)
    if os.path.basename(shims) != "shims":
        return None
    root = os.environ.get("PYENV_ROOT") or os.path.dirname(shims)
    if os.path.realpath(os.path.join(root, "shims")) != os.path.realpath(shims):
        return None
    chosen = os.environ.get("PYENV_VERSION")
    if chosen is None:
        chosen = _pyenv_version_file(root)
    if not chosen:
        return None
    name = executable_names(version)[0]
    for entry in chosen.replace(":", " ").split():
        if entry == "system":
            return None
        candidate = os.path.join(root, "versions", entry, "bin", name)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def _pyenv_version_file(root) -> str | None:
    directory = os.getcwd()
    while True:
        candidate = os.path.join(directory, ".python-version")
        if os.path.isfile(candidate):
            break
        parent = os.path.dirname(directory)
        if parent == directory:
            candidate = os.path.join(root, "version")
            break
        directory = parent
    try:
        with open(candidate, encoding="utf-8") as f:
            return " ".join(line.split("#", 1)[0].strip() for line in f)
    except (OSError, UnicodeDecodeError):
        return None


def _asked_library(exe, version) -> str | None:
    try:
        out = subprocess.run([exe, "-E", "-S", "-c", _ASK], capture_output=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    candidate, _, executable = out.decode("utf-8", "surrogateescape").strip().partition("\0")
    if not os.path.isfile(os.path.join(candidate, "os.py")):
        return None
    if executable and os.path.isfile(executable):
        remember_executable(exe, executable)
    return candidate


def resolve(choice, version) -> str | None:
    """The library directory the guest of ``version`` runs with, or None for the host's.
    ``choice``: None (``PYCTK_STDLIB``, else ``DEFAULT_CHOICE``), ``host``, ``auto`` or a
    directory (or zip archive) of that version's library."""
    if choice is None:
        choice = os.environ.get("PYCTK_STDLIB") or DEFAULT_CHOICE
    if choice == "host":
        return None
    if choice == "auto":
        if is_host(version):  # the host's library is that version's: run natively, as without --stdlib
            return None
        if is_newer_than_host(version):
            # A newer version's library is built on C modules the host lacks (3.12's
            # tokenize on _tokenize, which traceback and linecache import): the host's.
            return None
        return installed_stdlib(version)
    return checked_directory(choice, version)


_VERSIONED = re.compile(r"python(\d+)\.(\d+)$")


def checked_directory(path, version) -> str:
    """``path`` made absolute, after checking it is a standard library (it has ``os``) of
    ``version`` (a directory named ``pythonX.Y`` must be that version)."""
    shown = path
    path = os.path.abspath(path)
    if os.path.isdir(path):
        has_os = os.path.isfile(os.path.join(path, "os.py")) or os.path.isfile(os.path.join(path, "os.pyc"))
    elif os.path.isfile(path):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except (OSError, zipfile.BadZipFile, ValueError, EOFError):
            raise StdlibError(f"--stdlib {shown}: not a directory or a zip archive") from None
        has_os = "os.py" in names or "os.pyc" in names
    else:
        raise StdlibError(f"--stdlib {shown}: no such directory") from None
    if not has_os:
        raise StdlibError(f"--stdlib {shown}: not a standard library (no os.py in it)")
    m = _VERSIONED.search(os.path.basename(path))
    if m and Version(int(m.group(1)), int(m.group(2))) != Version.of(version):
        raise StdlibError(f"--stdlib {shown}: the standard library of {m.group(1)}.{m.group(2)}, "
                          f"and the file is {version}")
    return path


class OwnStdlibFinder:
    """Top-level modules of the version's library, run in the VM (``pathfinder``); their
    submodules are found by ``GuestFinder`` (their parent's loader is a guest loader)."""

    def __init__(self, world, directory):
        self.world = world
        self.directory = directory
        self.kept = kept_host_modules(str(world.opset.version))
        self._provides: dict = {}

    def provides(self, fullname) -> bool:
        """Whether the version's library has this top-level module (and it is not kept)."""
        known = self._provides.get(fullname)
        if known is None:
            known = self._provides[fullname] = self.find_spec(fullname) is not None
        return known

    def find_spec(self, fullname, path=None, target=None):
        if path is not None or fullname in self.kept or fullname in hostlib.OWN:
            return None
        from pyctk.runtime.pathfinder import find_spec

        return find_spec(fullname, [self.directory], self.world.vm, self.world.opset)


def own_first_importer(importer, provides):
    """The guest's ``__import__`` (2.7's, which hands some names to pyctk's views of the
    host's modules: ``json``, ``string``, ``collections``) giving the version's own
    module wherever its library has one."""
    proxied = getattr(type(importer), "_proxied", None)
    if proxied is None:
        return importer

    class OwnFirstImporter(type(importer)):
        def _proxied(self, name, fromlist):
            if provides(name.partition(".")[0]):
                return self.vm.world.import_(name, None, None, fromlist, 0)
            return proxied(self, name, fromlist)

    own = OwnFirstImporter.__new__(OwnFirstImporter)
    own.__dict__.update(importer.__dict__)
    return own


class _HostSideSys(types.ModuleType):
    """The ``sys`` of the host side (its modules' ``import sys``, and its import system's):
    the guest's, except for its module table and finders (host code reads
    ``sys.modules[name]``: ``enum._convert_``). What host code sets on it is set on the
    guest's ``sys`` (a redirected ``sys.stdout``)."""

    _OWN = frozenset({"modules", "meta_path", "path_hooks", "path_importer_cache", "path"})

    def __init__(self, guest_sys, modules, meta_path):
        super().__init__("sys", guest_sys.__doc__)
        object.__setattr__(self, "_guest", guest_sys)
        for name, value in (("modules", modules), ("meta_path", meta_path), ("path_hooks", []),
                            ("path_importer_cache", {}), ("path", [hostlib.HOST_STDLIB])):
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        try:
            return getattr(self._guest, name)
        except AttributeError:  # what the guest's version lacks, the host's code may use
            return getattr(sys, name)

    def __setattr__(self, name, value):
        if name in self._OWN:
            object.__setattr__(self, name, value)
        else:
            setattr(self._guest, name, value)

    def __delattr__(self, name):
        if name in self._OWN:
            object.__delattr__(self, name)
        else:
            delattr(self._guest, name)


class _HostSideModules(dict):
    """The host side's module table. The kept modules (``re``, ``importlib``, ...) and the
    world's own entries (``builtins``, the import system) are the guest's table's
    entries: reading or writing one here reads or writes the guest's (host code's
    ``sys.modules[...] = ...`` for them, as ``importlib`` does). The guest's other
    modules are seen here too (``pkgutil.get_data`` looks the program's package up in
    ``sys.modules``), except the version's own library modules: host code gets the
    host's ``enum``, never the version's. The guest's table is read as a plain dict: host
    code gets the host's modules, not 2.7's views of them."""

    def __init__(self, guest, kept, own_dir):
        super().__init__()
        self.guest = guest
        self.kept = kept
        self.own_prefix = own_dir + os.sep

    def _guests(self, name) -> bool:
        return isinstance(name, str) and (name.partition(".")[0] in self.kept or name in _WORLD_ENTRIES)

    def _seen_of_guest(self, name):
        """The guest's table's entry ``name``, unless it is of the version's own library."""
        module = dict.get(self.guest, name)
        if module is None:
            return None
        spec = getattr(module, "__spec__", None)
        origin = getattr(spec, "origin", None) or getattr(module, "__file__", None)
        if isinstance(origin, str) and origin.startswith(self.own_prefix):
            return None
        return module

    def __getitem__(self, name):
        if dict.__contains__(self, name):
            return dict.__getitem__(self, name)
        module = dict.get(self.guest, name) if self._guests(name) else self._seen_of_guest(name)
        if module is None:
            raise KeyError(name)
        return module

    def get(self, name, default=None):
        try:
            return self[name]
        except KeyError:
            return default

    def __contains__(self, name):
        try:
            self[name]
        except KeyError:
            return False
        return True

    def __setitem__(self, name, module):
        if self._guests(name):
            dict.__setitem__(self.guest, name, module)
        else:
            dict.__setitem__(self, name, module)

    def __delitem__(self, name):
        if self._guests(name):
            dict.__delitem__(self.guest, name)
        else:
            dict.__delitem__(self, name)

    def pop(self, name, *default):
        if self._guests(name):
            return dict.pop(self.guest, name, *default)
        if dict.__contains__(self, name) or not default:
            return dict.pop(self, name, *default)
        return default[0]

    def setdefault(self, name, module=None):
        if name not in self:
            self[name] = module
        return self[name]


_WORLD_ENTRIES = frozenset({"builtins", "_frozen_importlib", "_frozen_importlib_external"})


class HostSide:
    """The host's library modules run for a guest that has its own library: their
    imports resolve in this table (the host's modules), not the guest's."""

    def __init__(self, world):
        from pyctk.runtime.world import fresh_importlib

        self.world = world
        self.kept = kept_host_modules(str(world.opset.version))
        self.modules = _HostSideModules(world.modules, self.kept, world.own_stdlib)
        self.bootstrap, self.external = fresh_importlib()
        meta_path = [hostlib.SharedModuleFinder(world), hostlib.HostStdlibFinder(world)]
        host_sys = _HostSideSys(world.sys, self.modules, meta_path)
        dict.__setitem__(self.modules, "sys", host_sys)
        self.bootstrap.sys = host_sys
        self.external.sys = host_sys
        self.bootstrap._new_module = types.ModuleType  # not type(sys)
        self.import_ = self.bootstrap.__import__

    def share(self, module):
        """A host module about to run for the guest is in this table too (its own
        ``from . import x`` finds its package here)."""
        self.modules.setdefault(module.__name__, module)


def without_hidden_names(world, module):
    """The host's C module as this world's guest sees it: a copy of its own, one per world,
    for a module some of whose classes the version's library must not take
    (``HIDDEN_C_NAMES``: ``hidden_while_running`` takes them out of it while that library
    module runs); other modules as they are."""
    if module.__name__ not in HIDDEN_C_NAMES:
        return module
    copies = world.__dict__.setdefault("_hidden_copies", {})
    copy = copies.get(module.__name__)
    if copy is None:
        copy = copies[module.__name__] = types.ModuleType(module.__name__, module.__doc__)
        copy.__dict__.update(module.__dict__)
    return copy


@contextlib.contextmanager
def hidden_while_running(world, name):
    """While the version's own library module ``name`` runs, the guest's C module lacks
    the classes hidden for it (its ``collections`` then keeps its Python ``OrderedDict``,
    whose repr is the version's); afterwards the program sees them as its version has
    them (``_collections.OrderedDict``)."""
    hidden = [c_name for c_name, module_name in HIDDEN_FOR.items() if module_name == name]
    if not hidden:
        yield
        return
    saved = []
    for c_name in hidden:
        for holder in (world.host_module(c_name), world.__dict__.get("_hidden_copies", {}).get(c_name)):
            if holder is None or holder is sys.modules.get(c_name):
                continue  # never the host's own module
            for attr in HIDDEN_C_NAMES[c_name]:
                if attr in holder.__dict__:
                    saved.append((holder, attr, holder.__dict__.pop(attr)))
    try:
        yield
    finally:
        for holder, attr, value in saved:
            holder.__dict__.setdefault(attr, value)
