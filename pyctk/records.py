"""Record classes for the modules every ``pyctk run`` imports, in the manner of attrs.

attrs makes the records of the tools around the VM (``disassemble``, ``runtime/traceback``);
importing it costs about 17 ms of processor time (it imports ``inspect`` and ``platform``),
a third of pyctk's whole start-up budget, so the classes a run needs (``Version``, ``Code``,
``Instruction``, ``PycHeader``, ``OpcodeSet``, ...) are made here instead, with the subset of
attrs they use and the same meaning:

- ``@frozen`` (attrs.frozen): slots, immutable, ``==`` and ``hash`` by the fields, a
  ``Name(field=value, ...)`` repr; ``order=True`` adds ``<`` ``<=`` ``>`` ``>=`` over the
  fields not marked ``field(order=False)``.
- ``@define`` (attrs.define): mutable, slots unless ``slots=False``; ``eq=False`` keeps
  identity comparison and hashing; ``repr=False`` keeps the class's own.
- ``field(default=..., factory=..., order=...)`` and ``evolve(instance, **changes)``.

Fields are the class's annotations in order; a method the class body defines itself
(``__repr__``, ``__eq__``) is kept, as attrs' ``auto_detect`` does.
"""

from __future__ import annotations

__all__ = ["frozen", "define", "field", "evolve", "FrozenInstanceError"]

_NOTHING = object()


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen record."""

    msg = "can't set attribute"


class _Field:
    __slots__ = ("default", "factory", "order")

    def __init__(self, default=_NOTHING, factory=None, order=True):
        self.default = default
        self.factory = factory
        self.order = order


def field(*, default=_NOTHING, factory=None, order=True):
    """A field's default value (or a ``factory`` called for each instance), and whether
    it takes part in ordering."""
    return _Field(default, factory, order)


def evolve(instance, **changes):
    """A copy of ``instance`` with some fields changed (attrs.evolve)."""
    values = {name: getattr(instance, name) for name in type(instance).__record_fields__}
    values.update(changes)
    return type(instance)(**values)


def frozen(cls=None, *, order=False, eq=True):
    return _decorate(cls, frozen=True, slots=True, eq=eq, order=order, repr=True)


def define(cls=None, *, eq=True, repr=True, slots=True, order=False):
    return _decorate(cls, frozen=False, slots=slots, eq=eq, order=order, repr=repr)


def _decorate(cls, **options):
    if cls is None:
        return lambda cls: _build(cls, **options)
    return _build(cls, **options)


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError("can't set attribute")


def _frozen_delattr(self, name):
    raise FrozenInstanceError("can't delete attribute")


def _build(cls, *, frozen, slots, eq, order, repr):
    body = dict(cls.__dict__)
    names = list(body.get("__annotations__", {}))
    specs = {}
    for name in names:
        value = body.pop(name, _NOTHING)
        specs[name] = value if isinstance(value, _Field) else _Field(default=value)

    namespace = {"_NOTHING": _NOTHING, "_setattr": object.__setattr__}
    params, lines = [], []
    for name in names:
        spec = specs[name]
        if spec.factory is not None:
            namespace[f"_factory_{name}"] = spec.factory
            params.append(f"{name}=_NOTHING")
            lines.append(f"    if {name} is _NOTHING: {name} = _factory_{name}()")
        elif spec.default is not _NOTHING:
            namespace[f"_default_{name}"] = spec.default
            params.append(f"{name}=_default_{name}")
        else:
            params.append(name)
        lines.append(f"    _setattr(self, {name!r}, {name})" if frozen else f"    self.{name} = {name}")
    source = "def __init__(self, %s):\n%s\n" % (", ".join(params), "\n".join(lines) or "    pass")
    exec(source, namespace)
    body["__init__"] = namespace["__init__"]
    body["__record_fields__"] = tuple(names)

    def own(method):
        return method in cls.__dict__

    if repr and not own("__repr__"):
        body["__repr__"] = _make_repr(names)
    if eq:
        if not own("__eq__"):
            body["__eq__"] = _make_eq(names)
        if not own("__hash__"):
            body["__hash__"] = _make_hash(names) if frozen else None
    if order:
        keys = [n for n in names if specs[n].order]
        for method, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            body[method] = _make_order(keys, op)
    if frozen:
        body["__setattr__"] = _frozen_setattr
        body["__delattr__"] = _frozen_delattr
    if not slots:
        for name, value in body.items():
            if name not in cls.__dict__ or cls.__dict__[name] is not value:
                setattr(cls, name, value)
        for name in names:
            if isinstance(cls.__dict__.get(name), _Field):
                delattr(cls, name)
        return cls
    body["__slots__"] = tuple(names)
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    body["__getstate__"] = _getstate
    body["__setstate__"] = _setstate
    new = type(cls)(cls.__name__, cls.__bases__, body)
    new.__qualname__ = cls.__qualname__
    return new


def _getstate(self):
    return tuple(getattr(self, name) for name in type(self).__record_fields__)


def _setstate(self, state):
    for name, value in zip(type(self).__record_fields__, state, strict=True):
        object.__setattr__(self, name, value)


def _values(names):
    return "(%s)" % "".join(f"self.{n}, " for n in names)


def _compile(name, source, **namespace):
    exec(source, namespace)
    return namespace[name]


def _make_repr(names):
    parts = ", ".join(f"{n}={{self.{n}!r}}" for n in names)
    return _compile("__repr__", f"def __repr__(self):\n    return f'{{type(self).__qualname__}}({parts})'\n")


def _make_eq(names):
    other = _values(names).replace("self.", "other.")
    return _compile(
        "__eq__",
        "def __eq__(self, other):\n"
        "    if other.__class__ is not self.__class__:\n"
        "        return NotImplemented\n"
        f"    return {_values(names)} == {other}\n",
    )


def _make_hash(names):
    return _compile("__hash__", f"def __hash__(self):\n    return hash({_values(names)})\n")


def _make_order(names, op):
    other = _values(names).replace("self.", "other.")
    name = {"<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__"}[op]
    return _compile(
        name,
        f"def {name}(self, other):\n"
        "    if other.__class__ is not self.__class__:\n"
        "        return NotImplemented\n"
        f"    return {_values(names)} {op} {other}\n",
    )
