"""What makes a 2.7 old-style instance behave as 2.7's ``instance`` type, beyond what a
host class gives for free.

- 2.7 looks every special method up *on the instance* (instance dict, class, then
  ``__getattr__``): a proxy whose ``__getattr__`` hands out ``__len__`` has a length.
  A classic class with a ``__getattr__`` gets host special methods that do that lookup
  (``FORWARDED``); what the lookup does not find behaves as 2.7's fallbacks do.
- An instance of a class with ``__eq__`` or ``__cmp__`` and no ``__hash__`` is
  ``unhashable instance``.
- Data descriptors (properties) in a classic class: 2.7's instance getattr and setattr
  look in the instance dict first and never call a setter, so they are wrapped to be
  getters only.
"""

from __future__ import annotations


class ClassicGetter:
    """A data descriptor in a classic class, reduced to its ``__get__``."""

    __slots__ = ("descr",)

    def __init__(self, descr):
        self.descr = descr

    def __get__(self, obj, cls=None):
        return self.descr.__get__(obj, cls)


def getters_only(ns: dict) -> None:
    for name, value in list(ns.items()):
        tp = type(value)
        if hasattr(tp, "__get__") and (hasattr(tp, "__set__") or hasattr(tp, "__delete__")):
            ns[name] = ClassicGetter(value)


_MISSING = object()


def _classic_mro(cls):
    return [k for k in cls.__mro__ if k is not object]


def lookup(obj, name):
    """2.7's instance_getattr: the instance dict, the class chain, then ``__getattr__``;
    the forwarders below are not found (they are what is being looked up for)."""
    d = object.__getattribute__(obj, "__dict__")
    if name in d:
        return d[name]
    cls = type(obj)
    for klass in _classic_mro(cls):
        value = klass.__dict__.get(name, _MISSING)
        if value is not _MISSING and not getattr(value, "_pyctk_forwarder", False):
            get = getattr(type(value), "__get__", None)
            return get(value, obj, cls) if get is not None else value
    for klass in _classic_mro(cls):
        getattr_ = klass.__dict__.get("__getattr__")
        if getattr_ is not None:
            return getattr_(obj, name)
    raise AttributeError(name)


# What every host object has from ``object`` and a 2.7 classic instance or class has not:
# instance_getattr finds only the instance's dict, its class chain and __getattr__, and
# class_getattr the chain (heapq's ``hasattr(x, '__lt__')`` is False for an instance
# whose class defines only __le__).
OBJECT_NAMES = frozenset(dir(object)) - {"__class__", "__doc__", "__dict__", "__module__"}


# Of those, what 2.7's ``object`` lacks too (it has no rich comparisons, no __dir__): a
# new-style instance has them only from its own classes.
NOT_ON_OBJECT27 = OBJECT_NAMES - {"__delattr__", "__format__", "__getattribute__", "__hash__", "__init__",
                                  "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
                                  "__sizeof__", "__str__", "__subclasshook__"}


def defined_above_object(tp, name) -> bool:
    """Whether a class of ``tp``'s chain other than ``object`` defines ``name``."""
    return any(name in klass.__dict__ for klass in tp.__mro__ if klass is not object)


def has_own(obj, name) -> bool:
    """Whether the classic instance or class ``obj`` has ``name`` (one of
    ``OBJECT_NAMES``) as 2.7 looks it up, ``__getattr__`` aside."""
    from pyctk.runtime.py27.classes import ClassicClass

    if type(obj) is not ClassicClass:
        if name in object.__getattribute__(obj, "__dict__"):
            return True
        obj = type(obj)
    for klass in _classic_mro(obj):
        value = klass.__dict__.get(name, _MISSING)
        if (value is not _MISSING and value is not None and not getattr(value, "_pyctk_forwarder", False)
                and value is not object.__hash__ and value is not _unhashable):  # (finish_classic's)
            return True
    return False


def lacking(obj, name):
    """For a classic ``obj`` without ``name`` (``has_own``): its class's ``__getattr__``'s
    answer for an instance, else 2.7's AttributeError raised."""
    from pyctk.runtime.py27.classes import ClassicClass

    if type(obj) is ClassicClass:
        raise AttributeError("class %s has no attribute '%s'" % (obj.__name__, name))
    for klass in _classic_mro(type(obj)):
        getattr_ = klass.__dict__.get("__getattr__")
        if getattr_ is not None:
            return getattr_(obj, name)
    raise AttributeError("%s instance has no attribute '%s'" % (type(obj).__name__, name))


def _forwarder(host_name, name, on_missing):
    def method(self, *args):
        try:
            target = lookup(self, name)
        except AttributeError:
            return on_missing(self, *args)
        return target(*args)

    method.__name__ = host_name
    method._pyctk_forwarder = True
    return method


def _raise(name):
    def missing(self, *args):
        raise AttributeError(name)

    return missing


def _not_implemented(self, *args):
    return NotImplemented


def _repr_missing(self):
    from pyctk.runtime.py27.classes import instance_repr

    return instance_repr(self)


def _str_missing(self):
    try:
        target = lookup(self, "__repr__")
    except AttributeError:
        return _repr_missing(self)
    return target()


def _bool_missing(self):
    try:
        length = lookup(self, "__len__")
    except AttributeError:
        return True
    return length() != 0


def _iter_missing(self):
    try:
        getitem = lookup(self, "__getitem__")
    except AttributeError:
        raise TypeError("iteration over non-sequence") from None
    return _sequence_iter(getitem)


def _sequence_iter(getitem):
    i = 0
    while True:
        try:
            value = getitem(i)
        except (IndexError, StopIteration):
            return
        yield value
        i += 1


def _contains_missing(self, item):
    for value in _iter_missing(self) if not _has(self, "__iter__") else lookup(self, "__iter__")():
        if value == item:
            return True
    return False


def _has(obj, name):
    try:
        lookup(obj, name)
        return True
    except AttributeError:
        return False


_BINARY = ("add", "sub", "mul", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "divmod")

FORWARDED = {
    "__len__": ("__len__", _raise("__len__")),
    "__getitem__": ("__getitem__", _raise("__getitem__")),
    "__setitem__": ("__setitem__", _raise("__setitem__")),
    "__delitem__": ("__delitem__", _raise("__delitem__")),
    "__contains__": ("__contains__", _contains_missing),
    "__iter__": ("__iter__", _iter_missing),
    "__repr__": ("__repr__", _repr_missing),
    "__str__": ("__str__", _str_missing),
    "__bool__": ("__nonzero__", _bool_missing),
    "__call__": ("__call__", _raise("__call__")),
    "__neg__": ("__neg__", _raise("__neg__")),
    "__pos__": ("__pos__", _raise("__pos__")),
    "__abs__": ("__abs__", _raise("__abs__")),
    "__invert__": ("__invert__", _raise("__invert__")),
    "__int__": ("__int__", _raise("__int__")),
    "__float__": ("__float__", _raise("__float__")),
    "__index__": ("__index__", _raise("__index__")),
    "__truediv__": ("__div__", _not_implemented),
    "__rtruediv__": ("__rdiv__", _not_implemented),
}
for _cmp in ("eq", "ne", "lt", "le", "gt", "ge"):
    FORWARDED["__%s__" % _cmp] = ("__%s__" % _cmp, _not_implemented)
for _op in _BINARY:
    for _fmt in ("__%s__", "__r%s__", "__i%s__"):
        _host = _fmt % _op
        if _host != "__idivmod__":
            FORWARDED[_host] = (_host, _not_implemented)


def _defines(cls, name):
    return any(name in k.__dict__ for k in _classic_mro(cls))


def _real(cls, name):
    """The class chain's own definition of ``name``: not a forwarder, not the None the
    host puts in for ``__hash__`` beside ``__eq__``."""
    for klass in _classic_mro(cls):
        value = klass.__dict__.get(name, _MISSING)
        if value is _MISSING or value is None or getattr(value, "_pyctk_forwarder", False):
            continue
        return value
    return None


def _hash_missing(self):
    """2.7's instance_hash when no ``__hash__`` is found: unhashable with ``__eq__`` or
    ``__cmp__`` (looked up as ``__hash__`` was), else the address."""
    if _has(self, "__eq__") or _has(self, "__cmp__"):
        raise TypeError("unhashable instance")
    return object.__hash__(self)


def _hash_forwarder(self):
    try:
        target = lookup(self, "__hash__")
    except AttributeError:
        return _hash_missing(self)
    owner = getattr(target, "__self__", None)
    if owner is not None and type(target).__name__ == "method-wrapper":
        # a built-in value's own hash (a proxy of a str): 2.7's, not the host's
        from pyctk.runtime.py27.hash27 import hash27

        return hash27(owner)
    return target()


_hash_forwarder._pyctk_forwarder = True


def finish_classic(cls):
    """Called on each new classic class."""
    if _real(cls, "__getattr__") is not None:
        for host_name, (name, on_missing) in FORWARDED.items():
            if _real(cls, host_name) is None:
                setattr(cls, host_name, _forwarder(host_name, name, on_missing))
        if _real(cls, "__hash__") is None:
            cls.__hash__ = _hash_forwarder
        return cls
    own_hash = cls.__dict__.get("__hash__", _MISSING)
    if own_hash is _MISSING or own_hash is None:
        inherited = next((k.__dict__["__hash__"] for k in _classic_mro(cls)
                          if k.__dict__.get("__hash__") is not None), None)
        if inherited is None and (_defines(cls, "__eq__") or _defines(cls, "__cmp__")):
            cls.__hash__ = _unhashable
        elif inherited is None:
            cls.__hash__ = object.__hash__
        elif own_hash is None:
            cls.__hash__ = inherited
    return cls


def _unhashable(self):
    raise TypeError("unhashable instance")


_unhashable._pyctk_unhashable = True
