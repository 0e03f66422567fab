"""The guest's import statement and the finder of its own modules.

The guest's ``__import__`` is its world's import system (runtime/world.py): a private
copy of the host's ``importlib._bootstrap`` over the guest's own ``sys.modules`` and
``sys.meta_path``. ``GuestFinder`` is the entry of that ``meta_path`` that finds the
guest's own modules (through ``pathfinder.find_spec``, the one place the finder is asked);
the loaders there run them in the VM. Nothing is ever written: no ``__pycache__`` is
created.
"""

from __future__ import annotations

# The finder and loaders are plain classes, not importlib.abc's: importing that module
# imports importlib.resources, ~15 ms of every start-up.


class GuestFinder:  # a meta path finder (find_spec)
    """Finds the guest's own modules: top-level ones in the VM's path (and directories
    the guest adds to ``sys.path``), submodules inside guest packages."""

    def __init__(self, vm, opset):
        self.vm = vm
        self.opset = opset

    def find_spec(self, fullname, path=None, target=None):
        world = self.vm.world
        if path is None:
            dirs = [p for p in world.sys.path if not world.is_stdlib_dir(p)]
        else:
            parent = world.modules.get(fullname.rpartition(".")[0])
            if not isinstance(getattr(getattr(parent, "__spec__", None), "loader", None), GuestLoader):
                return None
            dirs = list(path)
        from pyctk.runtime.pathfinder import find_spec

        return find_spec(fullname, dirs, self.vm, self.opset)


class GuestLoader:  # a loader (create_module, exec_module)
    """What the loaders of the guest's modules share (``pathfinder.py`` has them): the VM
    that runs the module and the opcode set of its version."""

    def __init__(self, vm, opset, path):
        self.vm = vm
        self.opset = opset
        self.path = path

    def create_module(self, spec):
        return None


class GuestImporter:
    """The guest's ``__import__``: its world's import system."""

    def __init__(self, vm, opset):
        self.vm = vm
        self.opset = opset

    def __call__(self, name, globals=None, locals=None, fromlist=(), level=0):
        return self.vm.world.import_(name, globals, locals, fromlist or (), level)


def make_importer(vm, opset):
    return GuestImporter(vm, opset)
