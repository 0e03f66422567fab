"""Finding and loading a guest module on the guest's path, by the guest version's rules.

``find_spec(fullname, dirs, vm, opset)`` searches ``dirs`` (the guest's path, or a
package's ``__path__``) the way that version's CPython does (``importlib._bootstrap_external``
and ``zipimport`` for 3.x, ``import.c`` for 2.7; the differences are data in
``pyctk.versions.imports``):

- a directory entry: a package (``name/__init__.py`` or ``__init__.pyc``), a module
  (``name.py``, else the sourceless ``name.pyc``), else (3.x) a namespace package portion
  (``name/`` without ``__init__``), collected over the whole path as ``PathFinder`` does;
- a zip archive entry (``base_library.zip``, or ``archive.zip/sub/dir``): ``zipimport``'s
  order ``name/__init__.pyc``, ``name/__init__.py``, ``name.pyc``, ``name.py``;
- a C extension (``name.so``, ``name.cpython-XY-<arch>.so``): refused on loading, with an
  ``ImportError`` that says why.

A source module's cache (``__pycache__/name.<tag>.pyc``; 2.7: ``name.pyc`` beside it)
is used when that version would: its magic number is the version's, and a timestamp pyc
records the source's mtime (and size, 3.3+), a checked hash-based pyc the source's hash,
an unchecked one is taken as it is (``--check-hash-based-pycs default``). Otherwise the
source is compiled by its version's compiler (``pyctk.runtime.compilers``): the host's
only when it is that version, never another version's, and nothing is written to disk.
"""

from __future__ import annotations

# Everything is imported here, when pyctk loads (pyctk.runner imports this module), not
# while a guest imports: then a guest's own module named like one of these (zipfile.py
# beside the program) could be found in its place.
import importlib.machinery
import importlib.util
import os
import stat
import struct
import sys
import time
import zipfile
import zipimport

from pyctk.errors import PyctkError
from pyctk.pyc import canonical_magic, loads, version_of_magic
from pyctk.runtime.compilers import MissingCompilerError, compiler_for
from pyctk.runtime.importer import GuestLoader
from pyctk.runtime.librarycache import library_code
from pyctk.runtime.ownstdlib import hidden_while_running
from pyctk.runtime.py27.kinds import bytes_to_str27
from pyctk.runtime.sourcehash import source_hash
from pyctk.versions.host import is_host
from pyctk.versions.imports import import_rules


def find_spec(fullname, dirs, vm, opset):
    """The spec of guest module ``fullname`` found in ``dirs``, or None."""
    rules = import_rules(opset.version)
    tail = fullname.rpartition(".")[2]
    portions = []
    for entry in dirs:
        if not isinstance(entry, str):
            continue
        entry = entry or os.getcwd()
        if os.path.isdir(entry):
            found = _find_in_directory(entry, fullname, tail, vm, opset, rules)
        else:
            archive, prefix = _archive_of(vm, entry)
            if archive is None:
                continue
            found = _find_in_archive(archive, prefix, fullname, tail, vm, opset, rules)
        if isinstance(found, str):  # a namespace portion: keep looking for a regular one
            portions.append(found)
        elif found is not None:
            return found
    if portions and rules.namespace_packages and not _host_has_regular(fullname, dirs):
        loader = GuestNamespaceLoader(vm, opset, None, rules)
        spec = importlib.machinery.ModuleSpec(fullname, loader, origin=rules.namespace_origin, is_package=True)
        spec.submodule_search_locations = portions
        return spec
    return None


def _host_has_regular(fullname, dirs) -> bool:
    """A top-level namespace portion loses to a regular module or package of that name
    further on the path (PathFinder), and the standard library is further on: the host's
    search path (a directory ``email/`` beside the program does not hide ``email``)."""
    if "." in fullname:
        return False
    if fullname in sys.builtin_module_names:
        return True
    rest = [p for p in sys.path if isinstance(p, str) and p not in dirs]
    try:
        spec = importlib.machinery.PathFinder.find_spec(fullname, rest)
    except (ImportError, ValueError):
        return False
    return spec is not None and spec.loader is not None


# -- directories -------------------------------------------------------------------------


def _find_in_directory(directory, fullname, tail, vm, opset, rules):
    base = os.path.join(directory, tail)
    portion = None
    if os.path.isdir(base):
        for suffix in rules.extension_suffixes:
            if os.path.isfile(os.path.join(base, "__init__" + suffix)):
                return _extension_spec(fullname, os.path.join(base, "__init__" + suffix), vm, opset)
        for name, is_source in (("__init__.py", True), ("__init__.pyc", False)):
            path = os.path.join(base, name)
            if os.path.isfile(path):
                return _file_spec(fullname, path, is_source, True, vm, opset, rules)
        if rules.namespace_packages:
            portion = base
    for suffix in rules.extension_suffixes:
        if os.path.isfile(base + suffix):
            return _extension_spec(fullname, base + suffix, vm, opset)
    for suffix, is_source in ((".py", True), (".pyc", False)):
        if os.path.isfile(base + suffix):
            return _file_spec(fullname, base + suffix, is_source, False, vm, opset, rules)
    return portion


def cache_path(source, rules):
    """Where ``rules``' version keeps the cache of ``source``."""
    directory, name = os.path.split(source)
    stem = name[: -len(".py")]
    if rules.cache_in_pycache:
        return os.path.join(directory, "__pycache__", f"{stem}.{rules.version.tag}.pyc")
    return os.path.join(directory, stem + ".pyc")


def _file_spec(fullname, path, is_source, is_package, vm, opset, rules):
    cls = GuestFileLoaderWithReader if rules.resource_reader else GuestFileLoader
    loader = cls(vm, opset, path, rules, fullname, is_source, is_package)
    spec = importlib.machinery.ModuleSpec(fullname, loader, origin=path, is_package=is_package)
    spec.has_location = True
    spec.cached = loader.cache if is_source else path
    if is_package:
        spec.submodule_search_locations = [os.path.dirname(path)]
    return spec


def _extension_spec(fullname, path, vm, opset):
    loader = GuestExtensionRefused(vm, opset, path)
    spec = importlib.machinery.ModuleSpec(fullname, loader, origin=path)
    spec.has_location = True
    return spec


class _GuestCodeLoader(GuestLoader):
    """What the file and zip loaders share: running the code in the VM, with the module
    attributes of the guest's version."""

    rules = None
    loaded_from = None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if self.rules.file_is_loaded_file:  # 2.7: __file__ is the .pyc when the cache was used
            module.__file__ = self.loaded_from
        if not self.rules.sets_cached:
            module.__dict__.pop("__cached__", None)
        elif not self._sets_cached():
            module.__cached__ = None
        if not self._keeps_loader():
            module.__dict__.pop("__loader__", None)
        init_module = self.opset.fact("init_module")
        if init_module is not None:
            init_module(module)
        world = self.vm.world
        # As CPython's exec of a module's code: its namespace names the builtins it runs with.
        module.__dict__.setdefault("__builtins__", world.builtins_module.__dict__)
        if not self._of_library():
            self.vm.run_code(code, module.__dict__, module.__dict__)
            return
        with hidden_while_running(world, module.__name__):
            self.vm.run_code(code, module.__dict__, module.__dict__)
        world.adapt_stdlib_module(module, own=True)

    def _keeps_loader(self) -> bool:
        return True

    def _of_library(self) -> bool:
        """Whether this module is of the version's own library (``--stdlib``)."""
        own = getattr(getattr(self.vm, "world", None), "own_stdlib", None)
        return own is not None and _inside(self.path, own)

    def _decoded(self, data, path, fullname, origin=None):
        """The code of the ``.pyc`` bytes ``data`` read from ``path`` (a cache of the
        source ``origin``: its code names that file); a library file's once per process
        (``librarycache``)."""
        def make():
            code = self._unmarshal(data, path, fullname)
            if origin is not None:
                fix_filename(code, origin)
            return code

        if not self._of_library():
            return make()
        return library_code(self.opset.version, path, origin, data, make)

    def _compiled(self, source: bytes, filename, fullname):
        """``_compile``, a library file's once per process."""
        if not self._of_library():
            return self._compile(source, filename, fullname)
        return library_code(self.opset.version, filename, None, source,
                            lambda: self._compile(source, filename, fullname))

    def _sets_cached(self) -> bool:
        return True

    def get_filename(self, fullname=None):
        return self.path

    def is_package(self, fullname=None):
        return self.is_pkg

    def _guest_bytes(self, data: bytes):
        """What ``get_data`` gives the guest: bytes, or 2.7's ``str`` (a code point a byte)."""
        if self.opset.fact("text_is_bytes"):
            return bytes_to_str27(data)
        return data

    def _compile(self, source: bytes, filename, fullname):
        """``source`` compiled by the guest version's compiler (never another version's)."""
        version = self.opset.version
        if is_host(version):
            from pyctk.runtime.builtins import to_guest_code

            return to_guest_code(compile(source, filename, "exec", dont_inherit=True))
        try:
            return compiler_for(self.vm, version).compile(source, filename, "exec")
        except MissingCompilerError as e:
            shown = os.path.basename(filename)
            if shown.startswith("__init__."):  # a package: name its directory too
                shown = os.path.basename(os.path.dirname(filename)) + "/" + shown
            raise ImportError(
                f"No python{version} to compile {shown} (a {version} module whose .pyc is "
                f"missing or out of date): {e}",
                name=fullname,
                path=filename,
            ) from None

    def _bad_magic(self, data, path, fullname):
        if self.rules.bad_magic_names_file:
            return ImportError(f"Bad magic number in {path}", name=fullname, path=path)
        return ImportError(f"bad magic number in {fullname!r}: {bytes(data[:4])!r}", name=fullname, path=path)

    def _magic_ok(self, data) -> bool:
        if len(data) < 4 or data[2:4] != b"\r\n":
            return False
        return version_of_magic(struct.unpack_from("<H", data)[0]) == self.opset.version

    def _unmarshal(self, data, path, fullname):
        try:
            return loads(data, path, self.opset.version).code
        except PyctkError as e:
            reason = str(e)
            name = os.path.basename(path)
            if reason.startswith(name + ": "):
                reason = reason[len(name) + 2 :]
            raise ImportError(f"damaged .pyc {path}: {reason}", name=fullname, path=path) from None

    def _cache_fresh(self, data, source_mtime, source_size, read_source) -> bool:
        """Would the version use this cache of a source with that mtime and size?
        ``read_source()`` gives the source's bytes (for a checked hash)."""
        rules = self.rules
        if not self._magic_ok(data) or len(data) < rules.pyc_header_size:
            return False
        at = 4
        if rules.hash_based_pycs:
            flags = struct.unpack_from("<I", data, 4)[0]
            if flags & ~0b11:
                return False
            if flags & 0b1:
                if not flags & 0b10:  # unchecked: used as it is
                    return True
                key = canonical_magic(rules.version) | (0x0A0D << 16)
                return data[8:16] == source_hash(key, read_source(), rules.source_hash_rounds)
            at = 8
        if not self._mtime_matches(struct.unpack_from("<I", data, at)[0], source_mtime & 0xFFFFFFFF):
            return False
        return not rules.checks_source_size or struct.unpack_from("<I", data, at + 4)[0] == source_size & 0xFFFFFFFF

    def _mtime_matches(self, recorded, mtime) -> bool:
        return recorded == mtime


def _inside(path, directory) -> bool:
    return isinstance(path, str) and path.startswith(directory + os.sep)


def fix_filename(code, path):
    """As ``_imp._fix_co_filename``: a cached code object names its source file."""
    old = code.co_filename
    if old == path:
        return
    for c in code.walk():
        if c.co_filename == old:
            c.co_filename = path


class GuestFileLoader(_GuestCodeLoader):
    """A module from a directory: ``path`` is its source (``.py``) or, sourceless, its
    ``.pyc`` (``importlib``'s ``SourceFileLoader``/``SourcelessFileLoader``)."""

    def __init__(self, vm, opset, path, rules, fullname, is_source, is_package):
        super().__init__(vm, opset, path)
        self.rules = rules
        self.name = fullname
        self.is_source = is_source
        self.is_pkg = is_package
        self.cache = cache_path(path, rules) if is_source else None

    def _keeps_loader(self) -> bool:
        return self.rules.file_modules_have_loader

    def get_data(self, path):
        return self._guest_bytes(_file_bytes(path))

    def get_source(self, fullname=None):
        if not self.is_source:
            return None
        return importlib.util.decode_source(_file_bytes(self.path))

    def get_code(self, fullname=None):
        fullname = fullname or self.name
        if not self.is_source:
            data = self._read(self.path, fullname)
            if not self._magic_ok(data):
                raise self._bad_magic(data, self.path, fullname)
            self.loaded_from = self.path
            return self._decoded(data, self.path, fullname)
        try:
            st = os.stat(self.path)
        except OSError:
            st = None
        if st is not None:
            try:
                data = _file_bytes(self.cache)
            except OSError:
                data = None
            if data is not None and self._cache_fresh(data, int(st.st_mtime), st.st_size,
                                                      lambda: _file_bytes(self.path)):
                self.loaded_from = self.cache
                return self._decoded(data, self.cache, fullname, origin=self.path)
        self.loaded_from = self.path
        return self._compiled(self._read(self.path, fullname), self.path, fullname)

    def _read(self, path, fullname):
        try:
            return _file_bytes(path)
        except OSError as e:
            raise ImportError(f"cannot read {path}: {e.strerror or e}", name=fullname, path=path) from None


def _file_bytes(path) -> bytes:
    with open(path, "rb") as f:
        return f.read()


class _DirectoryReader:
    """A package's resources in its directory (``importlib.resources``: the 3.7 reader
    protocol and ``files()``)."""

    def __init__(self, directory, vm):
        self.directory = directory
        self.vm = vm

    def files(self):
        # The pathlib of the guest's importlib.resources (its world runs the standard
        # library afresh): as_file dispatches on that Path class. With the version's own
        # library, importlib stays the host's, run on the host side with the host's pathlib.
        world = self.vm.world
        host_side = world.host_side
        if host_side is None:
            return world.import_module("pathlib").Path(self.directory)
        host_side.import_("pathlib")
        return host_side.modules["pathlib"].Path(self.directory)

    def open_resource(self, resource):
        return open(os.path.join(self.directory, resource), "rb")

    def resource_path(self, resource):
        path = os.path.join(self.directory, resource)
        if not os.path.isfile(path):
            raise FileNotFoundError(path)
        return path

    def is_resource(self, name):
        return os.path.isfile(os.path.join(self.directory, name))

    def contents(self):
        return iter(os.listdir(self.directory))


class GuestFileLoaderWithReader(GuestFileLoader):
    """3.7+: loaders give ``importlib.resources`` a resource reader."""

    def get_resource_reader(self, fullname=None):
        if not self.is_pkg and not self.rules.module_resource_reader:
            return None
        return _DirectoryReader(os.path.dirname(self.path), self.vm)


class GuestNamespaceLoader(GuestLoader):
    """A namespace package (3.3+): nothing to run."""

    def __init__(self, vm, opset, path, rules):
        super().__init__(vm, opset, path)
        self.rules = rules

    def exec_module(self, module):
        if self.rules.namespace_file_none:
            module.__file__ = None

    def is_package(self, fullname=None):
        return True

    def get_source(self, fullname=None):
        return ""


class GuestExtensionRefused(GuestLoader):
    """A C extension module: the VM runs bytecode only."""

    def create_module(self, spec):
        raise ImportError(
            f"cannot import {spec.name!r}: {self.path} is a C extension module, and pyctk runs only bytecode",
            name=spec.name,
            path=self.path,
        )

    def exec_module(self, module):  # never reached: create_module refuses
        raise ImportError(f"cannot import {module.__name__!r}: a C extension module", name=module.__name__)


# -- zip archives ------------------------------------------------------------------------

# zipimport's search order: (suffix, is bytecode, is package).
_ZIP_ORDER = (("/__init__.pyc", True, True), ("/__init__.py", False, True), (".pyc", True, False), (".py", False, False))


class _Archive:
    """A zip archive's table of contents (read once per VM, as ``zipimport`` caches it)."""

    def __init__(self, path):
        self.path = path
        with zipfile.ZipFile(path) as zf:
            self.entries = {info.filename: info for info in zf.infolist()}

    def read(self, name) -> bytes:
        with zipfile.ZipFile(self.path) as zf:
            return zf.read(self.entries[name])


def _archive_of(vm, entry):
    """(archive, prefix inside it) for a path entry naming a zip file or a directory in
    one (``zipimporter``'s rule: the longest existing leading part is the archive)."""
    cache = vm.__dict__.setdefault("_pyctk_archives", {})
    path, parts = entry, []
    while True:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            head, tail = os.path.split(path)
            if head == path or not tail:
                return None, ""
            path = head
            parts.append(tail)
            continue
        if not stat.S_ISREG(st.st_mode):
            return None, ""
        break
    prefix = "/".join(reversed(parts))
    key = (path, st.st_mtime_ns, st.st_size)
    archive = cache.get(key)
    if archive is None:
        try:
            archive = _Archive(path)
        except (OSError, zipfile.BadZipFile, ValueError, EOFError):
            return None, ""
        cache[key] = archive
    return archive, prefix + "/" if prefix else ""


def _find_in_archive(archive, prefix, fullname, tail, vm, opset, rules):
    base = prefix + tail
    for suffix, _, is_package in _ZIP_ORDER:
        if base + suffix in archive.entries:
            loader = GuestZipLoader(vm, opset, archive, base, is_package, rules, fullname)
            chosen = loader.choose()
            if chosen is None:  # found, but nothing in it can be loaded: zipimport says so on loading
                return importlib.machinery.ModuleSpec(fullname, loader)
            spec = importlib.machinery.ModuleSpec(fullname, loader, origin=loader.path, is_package=is_package)
            spec.has_location = True
            if rules.zip_sets_cached:
                spec.cached = loader.path if chosen.endswith(".pyc") else cache_path(loader.path, rules)
            if is_package:
                spec.submodule_search_locations = [os.path.dirname(loader.path)]
            return spec
    if rules.namespace_packages and base + "/" in archive.entries:
        return archive.path + os.sep + base.replace("/", os.sep)
    return None


class GuestZipLoader(_GuestCodeLoader):
    """A module in a zip archive (``zipimporter``): its ``.pyc`` when that version would
    use it (right magic; not stale against a source beside it in the archive), else its
    ``.py``, compiled by the version's compiler."""

    def __init__(self, vm, opset, archive, base, is_package, rules, fullname):
        super().__init__(vm, opset, None)
        self.archive = archive
        self.base = base
        self.is_pkg = is_package
        self.rules = rules
        self.name = fullname
        self.chosen = None
        self.error = None

    def choose(self):
        """The archive entry this module is loaded from, or None (none usable)."""
        for suffix, is_bytecode, is_package in _ZIP_ORDER:
            if is_package != self.is_pkg:
                continue
            name = self.base + suffix
            if name not in self.archive.entries:
                continue
            if is_bytecode and not self._usable_pyc(name):
                continue
            self.chosen = name
            self.path = self.archive.path + os.sep + name.replace("/", os.sep)
            return name
        return None

    def _usable_pyc(self, name) -> bool:
        data = self.archive.read(name)
        if not self._magic_ok(data):
            return False
        if self.rules.zip_refuses_checked_hash and len(data) >= 8 and struct.unpack_from("<I", data, 4)[0] == 0b11:
            return False
        source = name[:-1]
        info = self.archive.entries.get(source)
        if info is None:  # nothing to be stale against
            return True
        mtime = int(time.mktime(info.date_time + (-1, -1, -1)))
        return self._cache_fresh(data, mtime, info.file_size, lambda: self.archive.read(source))

    def _mtime_matches(self, recorded, mtime) -> bool:
        return abs(recorded - mtime) <= 1  # zipimport's lenient check (DOS times are to 2 s)

    def _sets_cached(self) -> bool:
        return self.rules.zip_sets_cached

    def get_code(self, fullname=None):
        fullname = fullname or self.name
        if self.chosen is None:
            raise zipimport.ZipImportError(f"can't find module {fullname!r}", name=fullname)
        data = self.archive.read(self.chosen)
        self.loaded_from = self.path
        if self.chosen.endswith(".pyc"):
            return self._decoded(data, self.path, fullname)
        source = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        return self._compiled(source, self.path, fullname)

    def get_source(self, fullname=None):
        source = self.base + ("/__init__.py" if self.is_pkg else ".py")
        if source not in self.archive.entries:
            return None
        return importlib.util.decode_source(self.archive.read(source))

    def get_data(self, pathname):
        key = pathname
        if pathname.startswith(self.archive.path + os.sep):
            key = pathname[len(self.archive.path + os.sep) :]
        key = key.replace(os.sep, "/")
        if key not in self.archive.entries:
            raise OSError(0, "", key)
        return self._guest_bytes(self.archive.read(key))

    def get_resource_reader(self, fullname=None):
        if not self.is_pkg or not self.rules.resource_reader:
            return None
        return _ZipReader(self.archive, self.base + "/")


class _ZipReader:
    """A package's resources inside a zip archive."""

    def __init__(self, archive, prefix):
        self.archive = archive
        self.prefix = prefix

    def files(self):
        return zipfile.Path(self.archive.path, self.prefix)

    def open_resource(self, resource):
        return self.files().joinpath(resource).open("rb")

    def resource_path(self, resource):
        raise FileNotFoundError(resource)  # no file system path inside an archive

    def is_resource(self, name):
        return self.prefix + name in self.archive.entries

    def contents(self):
        names = set()
        for entry in self.archive.entries:
            if entry.startswith(self.prefix) and entry != self.prefix:
                names.add(entry[len(self.prefix) :].split("/", 1)[0])
        return iter(sorted(names))
