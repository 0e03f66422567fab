"""The guest import system.

The host's import machinery does the work (relative imports, ``fromlist``, parents,
``sys.modules``, ``importlib.import_module`` called by guest code): pyctk adds a finder,
first on ``sys.meta_path`` while a guest runs, that finds the guest's own modules beside
the main file (``name.pyc``, ``__pycache__/name.<tag>.pyc``, packages with ``__init__``,
or ``name.py`` when the guest's version is the host's) and a loader that runs them in the
VM. Everything else (the standard library) is the host's. Nothing is ever written: no
``__pycache__`` is created.
"""

from __future__ import annotations

import importlib
import importlib.machinery  # not importlib.abc: it imports importlib.resources, ~15 ms of every start-up
import os
import sys

from pyctk.errors import PyctkError


class GuestFinder:  # a meta path finder (find_spec)
    """Finds the guest's own modules: top-level ones in the VM's path (and directories
    the guest adds to ``sys.path``), submodules inside guest packages."""

    def __init__(self, vm, opset):
        self.vm = vm
        self.opset = opset
        self.host_path = list(sys.path)

    def find_spec(self, fullname, path=None, target=None):
        if path is None:
            dirs = list(self.vm.path) + [p for p in sys.path if p not in self.host_path and p not in self.vm.path]
        else:
            parent = sys.modules.get(fullname.rpartition(".")[0])
            if not isinstance(getattr(getattr(parent, "__spec__", None), "loader", None), GuestLoader):
                return None
            dirs = list(path)
        found = find_guest_module(fullname.rpartition(".")[2], dirs, self.opset.version)
        if found is None:
            return None
        load_path, is_package, source = found
        spec = importlib.machinery.ModuleSpec(
            fullname, GuestLoader(self.vm, self.opset, load_path), origin=source or load_path, is_package=is_package
        )
        spec.has_location = True
        if load_path.endswith(".pyc"):
            spec.cached = load_path
        if is_package:
            spec.submodule_search_locations = [_package_dir(load_path)]
        return spec


class GuestLoader:  # a loader (create_module, exec_module)
    def __init__(self, vm, opset, path):
        self.vm = vm
        self.opset = opset
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        from pyctk.pyc import load

        name = module.__name__
        if self.path.endswith(".py"):
            code = compile_host_source(self.path)
        else:
            try:
                code = load(self.path).code
            except PyctkError as e:
                raise ImportError(f"cannot load {self.path}: {e}", name=name, path=self.path) from None
            if code.version != self.opset.version:
                raise ImportError(
                    f"bad magic number in {name!r}: CPython {code.version} bytecode, not {self.opset.version}",
                    name=name,
                    path=self.path,
                )
        init_module = self.opset.fact("init_module")
        if init_module is not None:
            init_module(module)
        self.vm.run_code(code, module.__dict__, module.__dict__)


def _package_dir(init_path: str) -> str:
    directory = os.path.dirname(init_path)
    if os.path.basename(directory) == "__pycache__":
        directory = os.path.dirname(directory)
    return directory


def find_guest_module(name, dirs, version):
    """(path to load, is_package, source path or None) for the first match, or None."""
    tag = version.tag
    for directory in dirs:
        if not isinstance(directory, str):
            continue
        directory = directory or "."
        package_dir = os.path.join(directory, name)
        if os.path.isdir(package_dir):
            found = _find_file("__init__", package_dir, tag, version)
            if found is not None:
                return found[0], True, found[1]
        found = _find_file(name, directory, tag, version)
        if found is not None:
            return found[0], False, found[1]
    return None


def _find_file(name, directory, tag, version):
    source = os.path.join(directory, name + ".py")
    cached = os.path.join(directory, "__pycache__", f"{name}.{tag}.pyc")
    legacy = os.path.join(directory, name + ".pyc")
    if os.path.isfile(source):
        if os.path.isfile(cached):
            return cached, source
        if version.tuple == sys.version_info[:2]:
            return source, source
        if os.path.isfile(legacy):
            return legacy, None
        return None
    if os.path.isfile(legacy):
        return legacy, None
    return None


def compile_host_source(path):
    from pyctk.runtime.builtins import to_guest_code

    with open(path, "rb") as f:
        source = f.read()
    return to_guest_code(compile(source, path, "exec", dont_inherit=True))


class GuestImporter:
    """The guest's ``__import__``: the host's, with the guest's finder in place and the
    opcode set's module aliases (2.7's names for standard modules) applied."""

    def __init__(self, vm, opset):
        self.vm = vm
        self.opset = opset
        self.aliases = opset.fact("module_aliases", {})

    def __call__(self, name, globals=None, locals=None, fromlist=(), level=0):
        with self.vm.guest_imports(self.opset):
            if level == 0 and name in self.aliases:
                return self._aliased(name, fromlist)
            return importlib.__import__(name, globals, locals, fromlist or (), level)

    def _aliased(self, name, fromlist):
        module = importlib.import_module(self.aliases[name])
        if fromlist or "." not in name:
            return module
        return importlib.import_module(self.aliases.get(name.partition(".")[0], name.partition(".")[0]))


class guest_imports:
    """While active, the guest's finder is first on ``sys.meta_path``; on leaving, the
    guest's modules are taken out of ``sys.modules`` again if ``cleanup``."""

    def __init__(self, vm, opset, cleanup=False):
        self.finder = GuestFinder(vm, opset)
        self.cleanup = cleanup
        self.depth = 0

    def __enter__(self):
        if self.depth == 0:
            sys.meta_path.insert(0, self.finder)
        self.depth += 1
        return self

    def __exit__(self, *exc):
        self.depth -= 1
        if self.depth == 0:
            try:
                sys.meta_path.remove(self.finder)
            except ValueError:
                pass
            if self.cleanup:
                for name, module in list(sys.modules.items()):
                    loader = getattr(getattr(module, "__spec__", None), "loader", None)
                    if isinstance(loader, GuestLoader) and loader.vm is self.finder.vm:
                        del sys.modules[name]
        return False


def make_importer(vm, opset):
    return GuestImporter(vm, opset)
