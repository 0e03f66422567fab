"""Values shown to a tracer's user without running the program's code.

A trace, a Stepper snapshot or the web page shows the value stack and locals after every
instruction. Calling ``repr()`` on a guest object there would run the guest's
``__repr__`` (or its ``__eq__``, ``__hash__``, ``__len__``, ``__iter__`` by way of a
container's repr): a half-built object's repr fails or recurses, a repr with a side effect
changes what the program prints, and the tracer traces the repr it caused. So
``show_value`` builds the text itself, from the object's type and contents:

- host built-in values of exactly their built-in type (int, str, bytes, float, list,
  dict, ...) are spelled as the file's version spells them, bounded in length and depth
  and safe against containers that hold themselves;
- anything else (a guest instance, including of a guest subclass of dict) gets the
  version's default repr, ``<__main__.Point object at 0x...>`` (2.7 classic instances:
  ``<__main__.Point instance at 0x...>``), made from its type's name alone;
- exceptions show as ``Name(args)`` from their ``args``, classes, functions, modules and
  generators by name.

``guest_repr(frame, value)`` is the opt-in that does call the guest's ``__repr__``
(``--trace-repr=guest``): with the tracer off and a step budget, recursion-safe, and
falling back to ``show_value`` when the repr fails. It runs guest code the program did
not ask for, so it can change what the program does.
"""

from __future__ import annotations

import types

MAX_STRING = 40  # characters of a str or bytes shown before "..."
MAX_ITEMS = 6  # items of a container shown before "..."
MAX_DEPTH = 3  # containers inside containers shown before "..."
MAX_INT_DIGITS = 60  # larger ints are shown by their size (str() of a huge int is slow)
GUEST_REPR_STEPS = 100_000  # instructions a guest __repr__ may run before it is given up

_object_repr = object.__repr__
_type_attr = type.__getattribute__
_exc_args = BaseException.__dict__["args"].__get__
_module_dict = types.ModuleType.__dict__["__dict__"].__get__


def show_value(value, py2: bool = False) -> str:
    """The value as text, made by pyctk without running any guest code. ``py2``: spell
    it as 2.7 does (``u'x'``, ``1L``, ``set([1])``)."""
    try:
        return _Shower(py2).show(value, 0)
    except Exception as e:  # an object too broken to look at must not stop the trace
        return f"<unshowable {type(e).__name__}>"


def is_py2(frame) -> bool:
    return frame.opset.fact("text_is_bytes") is True  # 2.7: a str is bytes


class _Shower:
    def __init__(self, py2: bool):
        self.py2 = py2
        self.active: set[int] = set()  # containers being shown: one holding itself shows "..."

    def show(self, value, depth: int) -> str:
        tp = type(value)
        scalar = _SCALARS.get(tp)
        if scalar is not None:
            return scalar(self, value)
        container = _CONTAINERS.get(tp)
        if container is not None:
            if id(value) in self.active:
                return container[0] + "..." + container[1]
            if depth >= MAX_DEPTH:
                return container[0] + "..." + container[1] if len(value) else self.container(value, tp, depth)
            self.active.add(id(value))
            try:
                return self.container(value, tp, depth)
            finally:
                self.active.discard(id(value))
        if self.py2:
            text = self.py2_special(value, tp)
            if text is not None:
                return text
        if isinstance(value, type):
            return self.klass(value)
        if isinstance(value, BaseException):
            return self.exception(value, depth)
        if tp is types.MethodType:
            owner = value.__self__
            func = value.__func__
            owner_type = owner if isinstance(owner, type) else type(owner)
            name = _name_of(func)
            return f"<bound method {_qualname(owner_type)}.{name} of {self.show(owner, MAX_DEPTH)}>"
        if tp is types.ModuleType or isinstance(value, types.ModuleType):
            name = _module_dict(value).get("__name__")
            return f"<module {name!r}>" if isinstance(name, str) else "<module>"
        if tp is types.FunctionType:  # a host function the guest sees: one of pyctk's builtins
            return f"<built-in function {value.__name__}>"
        if tp in _HOST_SAFE or _is_pyctk_type(tp):
            return _bounded(repr(value))
        return self.default(value, tp)

    def container(self, value, tp, depth: int) -> str:
        if tp is dict:
            parts = []
            for i, (k, v) in enumerate(dict.items(value)):
                if i == MAX_ITEMS:
                    parts.append("...")
                    break
                parts.append(f"{self.show(k, depth + 1)}: {self.show(v, depth + 1)}")
            return "{" + ", ".join(parts) + "}"
        items = []
        for i, item in enumerate(value):  # iterating a built-in container runs no guest code
            if i == MAX_ITEMS:
                items.append("...")
                break
            items.append(self.show(item, depth + 1))
        body = ", ".join(items)
        if tp is list:
            return "[" + body + "]"
        if tp is tuple:
            return "(" + body + ("," if len(value) == 1 else "") + ")"
        name = tp.__name__
        if not value:
            return name + "()"
        if self.py2:
            return f"{name}([{body}])"
        return "{" + body + "}" if tp is set else f"{name}({{{body}}})"

    def klass(self, cls) -> str:
        module = _attr(cls, "__module__")
        name = _attr(cls, "__name__" if self.py2 else "__qualname__")
        if self.py2:
            from pyctk.runtime.py27.classes import ClassicClass

            if type(cls) is ClassicClass:
                return f"<class {module}.{name} at {id(cls):#x}>"
            if module == "builtins":
                return f"<type {name!r}>"
        if module in ("builtins", None):
            return f"<class {name!r}>"
        return f"<class '{module}.{name}'>"

    def exception(self, exc, depth: int) -> str:
        if self.py2:
            from pyctk.runtime.py27.exc import exc_args

            args = exc_args(exc)
        else:
            args = _exc_args(exc)
        if type(args) is not tuple:
            return self.default(exc, type(exc))
        shown = ", ".join(self.show(a, MAX_DEPTH) for a in args[:MAX_ITEMS])
        if len(args) > MAX_ITEMS:
            shown += ", ..."
        if self.py2 and len(args) == 1:
            shown += ","
        return f"{_name_of(type(exc))}({shown})"

    def default(self, value, tp) -> str:
        """The version's ``object.__repr__``: the type's module and name, the address."""
        module = _attr(tp, "__module__")
        name = _attr(tp, "__name__" if self.py2 else "__qualname__")
        kind = "object"
        if self.py2:
            from pyctk.runtime.py27.classes import ClassicClass

            if type(tp) is ClassicClass:
                kind = "instance"
        if module in ("builtins", None):
            return f"<{name} {kind} at {id(value):#x}>"
        return f"<{module}.{name} {kind} at {id(value):#x}>"

    def py2_special(self, value, tp):
        from pyctk.runtime.py27.kinds import Long27, Unicode27

        if tp is Unicode27:
            return "u" + _short_str(str(value))
        if tp is Long27:
            text = _int(int(value))
            return text if text.startswith("<") else text + "L"
        return None


def _short_str(text: str) -> str:
    if len(text) > MAX_STRING:
        return repr(str.__getitem__(text, slice(0, MAX_STRING))) + "..."
    return repr(str(text))


def _short_bytes(data) -> str:
    tp = type(data)
    cut = len(data) > MAX_STRING
    shown = repr(bytes(data[:MAX_STRING]))
    if tp is bytearray:
        shown = f"bytearray({shown})"
    return shown + ("..." if cut else "")


def _int(n: int) -> str:
    if n.bit_length() > MAX_INT_DIGITS * 3.33:
        return f"<int of {n.bit_length()} bits>"
    return int.__repr__(n)


def _str_py(shower, text) -> str:
    if shower.py2:
        from pyctk.runtime.py27.values import repr_str

        if len(text) > MAX_STRING:
            return repr_str(text[:MAX_STRING]) + "..."
        return repr_str(text)
    return _short_str(text)


_SCALARS = {
    type(None): lambda s, v: "None",
    bool: lambda s, v: "True" if v else "False",
    int: lambda s, v: _int(v),
    float: lambda s, v: float.__repr__(v),
    complex: lambda s, v: complex.__repr__(v),
    str: _str_py,
    bytes: lambda s, v: _short_bytes(v),
    bytearray: lambda s, v: _short_bytes(v),
    type(Ellipsis): lambda s, v: "Ellipsis",
    type(NotImplemented): lambda s, v: "NotImplemented",
    range: lambda s, v: range.__repr__(v),
}
_CONTAINERS = {list: "[]", tuple: "()", dict: "{}", set: "{}", frozenset: "()"}

# Host types whose own repr runs no guest code and shows no guest value.
_HOST_SAFE = {
    types.BuiltinFunctionType,
    types.CodeType,
    types.MethodWrapperType,
    types.WrapperDescriptorType,
    types.MethodDescriptorType,
    types.GetSetDescriptorType,
    types.MemberDescriptorType,
}


def _is_pyctk_type(tp) -> bool:
    """One of pyctk's own runtime types whose repr is pyctk's code and shows names and
    numbers only (a guest function, generator, code object, 2.7 xrange and file). Not
    every pyctk type: some wrap a guest value and show it by its repr."""
    global _pyctk_types
    if _pyctk_types is None:  # on first use: importing the 2.7 runtime costs every run's startup
        _pyctk_types = _runtime_types()
    return tp in _pyctk_types


def _runtime_types() -> set:
    from pyctk.code import Code
    from pyctk.runtime import objects
    from pyctk.runtime.py27.builtins27 import xrange
    from pyctk.runtime.py27.modules import File27Disk
    from pyctk.runtime.py27.stdio import File27

    return {objects.Function, objects.Generator, objects.Coroutine, objects.AsyncGenerator, type(objects.NULL), Code,
            xrange, File27Disk, File27}


_pyctk_types = None


def _attr(cls, name):
    try:
        value = _type_attr(cls, name)
    except Exception:
        return None
    return value if type(value) is str else None


def _qualname(cls) -> str:
    return _attr(cls, "__qualname__") or "?"


def _name_of(obj) -> str:
    if isinstance(obj, type):
        return _attr(obj, "__name__") or "?"
    name = getattr(obj, "__name__", None) if _is_pyctk_type(type(obj)) or type(obj) in _HOST_SAFE else None
    return name if type(name) is str else "?"


def _bounded(text: str) -> str:
    return text if len(text) <= 200 else text[:197] + "..."


# -- the opt-in: the guest's own __repr__ -----------------------------------------------------

_in_guest_repr: set[int] = set()  # VMs running a guest repr for a tracer now


def guest_repr(frame, value) -> str:
    """``repr(value)`` as the guest's own ``repr`` gives it, run with the tracer off and
    no step counted against --max-steps, within GUEST_REPR_STEPS instructions. A repr
    that raises, runs too long or asks for a repr inside itself shows as ``show_value``
    does, marked. May change the program's behaviour (a repr with side effects)."""
    vm = frame.vm.interp  # the run's tracer, step limit and count (interp.py)
    py2 = is_py2(frame)
    if id(vm) in _in_guest_repr or type(value) in _SCALARS:
        return show_value(value, py2)
    saved = vm.tracer, vm.max_steps, vm.steps
    _in_guest_repr.add(id(vm))
    vm.tracer, vm.max_steps, vm.steps = None, GUEST_REPR_STEPS, 0
    try:
        if py2:
            from pyctk.runtime.py27.values import repr27

            text = repr27(value)
        else:
            text = repr(value)
        return _bounded(text) if type(text) is str else show_value(value, py2)
    except (Exception, SystemExit, GeneratorExit) as e:  # and LimitExceededError: it ran too long
        return f"{show_value(value, py2)} (repr failed: {type(e).__name__})"
    finally:
        vm.tracer, vm.max_steps, vm.steps = saved
        _in_guest_repr.discard(id(vm))
