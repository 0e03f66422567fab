"""The guest's import statement and the finder of its own modules.

The guest's ``__import__`` is its world's import system (runtime/world.py): a private
copy of the host's ``importlib._bootstrap`` over the guest's own ``sys.modules`` and
``sys.meta_path``. ``GuestFinder`` is the entry of that ``meta_path`` that finds the
guest's own modules (``find_guest_module``: the one place the finder is asked) and
``GuestLoader`` runs them in the VM. Nothing is ever written: no ``__pycache__`` is
created.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys

from pyctk.errors import PyctkError


class GuestFinder(importlib.abc.MetaPathFinder):
    """Finds the guest's own modules: top-level ones in the VM's path (and directories
    the guest adds to ``sys.path``), submodules inside guest packages."""

    def __init__(self, vm, opset):
        self.vm = vm
        self.opset = opset

    def find_spec(self, fullname, path=None, target=None):
        from pyctk.runtime.hostlib import _in_stdlib

        world = self.vm.world
        if path is None:
            dirs = [p for p in world.sys.path if not _in_stdlib(p)]
        else:
            parent = world.modules.get(fullname.rpartition(".")[0])
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


class GuestLoader(importlib.abc.Loader):
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
    """The guest's ``__import__``: its world's import system."""

    def __init__(self, vm, opset):
        self.vm = vm
        self.opset = opset

    def __call__(self, name, globals=None, locals=None, fromlist=(), level=0):
        return self.vm.world.import_(name, globals, locals, fromlist or (), level)


def make_importer(vm, opset):
    return GuestImporter(vm, opset)
