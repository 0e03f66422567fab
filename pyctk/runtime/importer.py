"""The guest import system.

A guest's own modules (beside the main file: ``name.pyc``, ``__pycache__/name.<tag>.pyc``,
packages with ``__init__``, or ``name.py`` when the guest's version is the host's) run
in the VM with the importing code's opcode set; everything else (the standard library)
is the host's. Nothing is ever written: no ``__pycache__`` is created.
"""

from __future__ import annotations

import builtins as host_builtins
import importlib
import importlib.machinery
import os
import sys
import types

from pyctk.errors import PyctkError


class GuestImporter:
    """The guest's ``__import__``."""

    def __init__(self, vm, opset):
        self.vm = vm
        self.opset = opset
        self.aliases = opset.fact("module_aliases", {})
        self._host_path_at_start = list(sys.path)

    # -- what __import__ does ------------------------------------------------------------

    def __call__(self, name, globals=None, locals=None, fromlist=(), level=0):
        if level > 0:
            name = self.resolve_relative(name, globals or {}, level)
        elif not name:
            raise ValueError("Empty module name")
        module = self.import_module(name)
        if not fromlist:
            if level == 0 or not name:
                return self.import_module(name.partition(".")[0]) if "." in name else module
            return module if "." not in name else self.import_module(name.partition(".")[0])
        if hasattr(module, "__path__"):
            self.handle_fromlist(module, fromlist)
        return module

    def resolve_relative(self, name, globals_, level):
        package = globals_.get("__package__")
        if package is None:
            module_name = globals_.get("__name__")
            if module_name is None:
                raise KeyError("'__name__' not in globals")
            package = module_name if "__path__" in globals_ else module_name.rpartition(".")[0]
        if not package:
            raise ImportError("attempted relative import with no known parent package")
        bits = package.rsplit(".", level - 1)
        if len(bits) < level:
            raise ImportError("attempted relative import beyond top-level package")
        base = bits[0]
        return f"{base}.{name}" if name else base

    def handle_fromlist(self, module, fromlist):
        for item in fromlist:
            if not isinstance(item, str):
                raise TypeError(f"Item in {module.__name__}.__all__ must be str, not {type(item).__name__}")
            if item == "*":
                names = getattr(module, "__all__", None)
                if names:
                    self.handle_fromlist(module, [n for n in names if n != "*"])
                continue
            if not hasattr(module, item):
                try:
                    self.import_module(f"{module.__name__}.{item}")
                except ModuleNotFoundError as e:
                    if e.name != f"{module.__name__}.{item}":
                        raise

    # -- finding and running a module -----------------------------------------------------

    def import_module(self, name):
        modules = self.vm.modules
        module = modules.get(name)
        if module is not None:
            return module
        parent_name, _, child = name.rpartition(".")
        parent = None
        if parent_name:
            parent = self.import_module(parent_name)
            module = modules.get(name)
            if module is not None:
                return module
            if name in sys.modules and not self.is_guest(parent):
                return sys.modules[name]
        search = self.search_dirs(parent)
        found = find_guest_module(child, search, self.opset.version) if search is not None else None
        if found is None:
            return self.import_host(name)
        return self.execute(name, *found, parent=parent)

    def search_dirs(self, parent):
        if parent is None:
            extra = [p for p in sys.path if p not in self._host_path_at_start]
            return list(self.vm.path) + extra
        if not self.is_guest(parent):
            return None
        return list(getattr(parent, "__path__", []) or [])

    def is_guest(self, module) -> bool:
        return self.vm.modules.get(getattr(module, "__name__", None)) is module

    def import_host(self, name):
        host_name = self.aliases.get(name, name)
        module = importlib.import_module(host_name)
        return module

    def execute(self, name, path, is_package, source_path):
        from pyctk.pyc import load

        vm = self.vm
        if path.endswith(".py"):
            code = compile_host_source(path)
        else:
            try:
                pyc = load(path)
            except PyctkError as e:
                raise ImportError(f"cannot load {path}: {e}", name=name, path=path) from None
            code = pyc.code
            if code.version != self.opset.version:
                raise ImportError(f"bad magic number in {name!r}: CPython {code.version} bytecode", name=name, path=path)
        module = types.ModuleType(name)
        module.__file__ = source_path or path
        if path.endswith(".pyc"):
            module.__cached__ = path
        module.__package__ = name if is_package else name.rpartition(".")[0]
        if is_package:
            module.__path__ = [os.path.dirname(path) if os.path.basename(os.path.dirname(path)) != "__pycache__"
                               else os.path.dirname(os.path.dirname(path))]
        module.__spec__ = importlib.machinery.ModuleSpec(name, None, origin=module.__file__, is_package=is_package)
        module.__loader__ = None
        module.__builtins__ = host_builtins
        vm.modules[name] = module
        try:
            vm.run_code(code, module.__dict__, module.__dict__)
        except BaseException:
            vm.modules.pop(name, None)
            raise
        module = vm.modules.get(name, module)
        parent_name, _, child = name.rpartition(".")
        if parent_name and parent_name in vm.modules:
            setattr(vm.modules[parent_name], child, module)
        return module


def find_guest_module(name, dirs, version):
    """(path to load, is_package, source path or None) for the first match, or None."""
    tag = version.tag
    for directory in dirs:
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


def make_importer(vm, opset):
    return GuestImporter(vm, opset)
