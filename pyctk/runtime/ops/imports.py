"""Import statements: the guest's ``__import__`` does the finding (runtime/importer.py)."""

from __future__ import annotations

from pyctk.runtime.ops import effect, name, operand


@operand(name)
def import_name(frame, module_name):
    s = frame.stack
    fromlist = s.pop()
    level = s.pop()
    importer = frame.builtins["__import__"]
    s.append(importer(module_name, frame.globals, frame.locals, fromlist, level))


@operand(name)
def import_from(frame, attribute):
    s = frame.stack
    module = s[-1]
    try:
        s.append(getattr(module, attribute))
        return
    except AttributeError:
        pass
    # A submodule imported under this package but not bound as an attribute (3.7+).
    package = getattr(module, "__name__", None)
    if isinstance(package, str):
        full = f"{package}.{attribute}"
        found = frame.vm.world.modules.get(full)
        if found is not None:
            s.append(found)
            return
    raise frame.opset.fact("import_from_error")(module, attribute)


def import_star(frame, arg):
    module = frame.stack.pop()
    target = frame.locals
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in getattr(module, "__dict__", {}) if not n.startswith("_")]
    for key in names:
        target[key] = getattr(module, key)

# Stack effects of the handlers whose kind does not give one (checked against each
# version's dis.stack_effect by tests/test_single_definition.py).
effect(-1, import_name, import_star)
effect(1, import_from)
