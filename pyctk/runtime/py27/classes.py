"""2.7 class statements: ``BUILD_CLASS``'s metaclass rule, old-style classes, and the
2.7 special-method names translated to the host's (``__nonzero__``, ``next``,
``__div__``, ``__cmp__``, ``__getslice__`` ...).

An old-style class is a host class whose metaclass is ``ClassicClass`` (shown as
``classobj``); its method resolution order is 2.7's depth-first one; its instances show
as ``instance``.
"""

from __future__ import annotations

import operator
import types

_MISSING = object()


class ClassicClass(type):
    """The metaclass of 2.7 old-style classes."""

    def mro(cls):
        order = []

        def walk(c):
            if c not in order and c is not object:
                order.append(c)
                for base in c.__bases__:
                    walk(base)

        walk(cls)
        order.append(object)
        return order

    def __repr__(cls):
        return "<class %s.%s at %#x>" % (cls.__module__, cls.__name__, id(cls))


ClassicClass.__name__ = ClassicClass.__qualname__ = "classobj"
ClassicClass.__module__ = "builtins"


class InstanceType:
    """What ``type()`` of an old-style instance is."""

    _pyctk_host_type = True


InstanceType.__name__ = InstanceType.__qualname__ = "instance"
InstanceType.__module__ = "builtins"


def is_classic_class(obj) -> bool:
    return type(obj) is ClassicClass


def is_classic_instance(obj) -> bool:
    return type(type(obj)) is ClassicClass


def instance_repr(obj) -> str:
    cls = type(obj)
    return "<%s.%s instance at %#x>" % (cls.__module__, cls.__name__, id(obj))


def _from_cmp(op):
    def method(self, other):
        from pyctk.runtime.py27.values import cmp27

        try:
            return op(cmp27(self, other), 0)
        except TypeError:
            return NotImplemented

    return method


_RENAMES = (
    ("__nonzero__", "__bool__"),
    ("next", "__next__"),
    ("__div__", "__truediv__"),
    ("__rdiv__", "__rtruediv__"),
    ("__idiv__", "__itruediv__"),
)


def _nonzero_as_bool(nonzero):
    """2.7's ``__nonzero__`` may return an int (the host's ``__bool__`` must give a bool)."""

    def __bool__(self):
        result = nonzero(self)
        if type(result) is bool:
            return result
        if not isinstance(result, int):
            raise TypeError("__nonzero__ should return bool or int, returned %s" % type(result).__name__)
        if result < 0:
            raise ValueError("__nonzero__ should return >= 0")
        return result != 0

    __bool__.__wrapped__ = nonzero
    return __bool__


def translate_namespace(ns: dict) -> dict:
    """Give a 2.7 class namespace the host's names for its special methods."""
    for old, new in _RENAMES:
        if old in ns and new not in ns:
            ns[new] = ns[old]
    if "__nonzero__" in ns and ns.get("__bool__") is ns["__nonzero__"]:
        ns["__bool__"] = _nonzero_as_bool(ns["__nonzero__"])
    if "__cmp__" in ns:
        for name, op in (("__eq__", operator.eq), ("__ne__", operator.ne), ("__lt__", operator.lt),
                         ("__le__", operator.le), ("__gt__", operator.gt), ("__ge__", operator.ge)):
            if name not in ns:
                ns[name] = _from_cmp(op)
    return ns


def finish_class(cls, ns):
    if "__eq__" in ns and "__hash__" not in ns and isinstance(cls, type):
        if cls.__dict__.get("__hash__", _MISSING) is None:
            for base in cls.__mro__[1:]:
                h = base.__dict__.get("__hash__", _MISSING)
                if h is not _MISSING and h is not None:
                    try:
                        cls.__hash__ = h
                    except (AttributeError, TypeError):
                        pass
                    break
    return cls


def metaclass_of(name, bases, namespace, globals_):
    """The metaclass 2.7's build_class calls."""
    meta = namespace.get("__metaclass__")
    if meta is None:
        if bases:
            meta = getattr(bases[0], "__class__", type(bases[0]))
        else:
            meta = globals_.get("__metaclass__", ClassicClass)
    if meta is ClassicClass and any(not is_classic_class(b) for b in bases):
        meta = type
    return meta


def build_class(name, bases, namespace, globals_):
    """2.7's build_class: the metaclass is ``__metaclass__`` in the class body, else the
    first base's class, else the module's ``__metaclass__``, else ``classobj``."""
    meta = metaclass_of(name, bases, namespace, globals_)
    translate_namespace(namespace)
    if isinstance(meta, type) and issubclass(meta, type):
        namespace.setdefault("__module__", globals_.get("__name__"))
        if "__doc__" not in namespace:
            namespace["__doc__"] = None
    if meta is ClassicClass or (meta is type and not bases):
        bases = bases or ()
    if meta is ClassicClass:
        from pyctk.runtime.py27.classic import finish_classic, getters_only

        getters_only(namespace)
        return finish_classic(meta(name, bases, namespace))
    cls = meta(name, bases, namespace)
    return finish_class(cls, namespace)


def _own(cls, name):
    for klass in type.__dict__["__mro__"].__get__(cls):
        found = klass.__dict__.get(name, _MISSING)
        if found is not _MISSING:
            return found
    return None


def _guest_code(func):
    """The guest code of a guest function (None for any other callable)."""
    from pyctk.runtime.functions import Entry

    if type(func) is not types.FunctionType:
        return None
    consts = func.__code__.co_consts
    return consts[-1].code if consts and type(consts[-1]) is Entry else None


def construction_words(cls, args, kwargs):
    """2.7's words where calling the class ``cls`` fails binding the arguments to its
    ``__new__`` or ``__init__`` (Objects/typeobject.c type_call, object_new; a classic
    class: classobject.c PyInstance_New), or None. The host binds them in its own words
    and order (``got an unexpected keyword argument`` before 2.7's ``takes exactly 2
    arguments (4 given)``, which counts the keywords)."""
    from pyctk.runtime.calls import arity_words27

    given = bool(args or kwargs)
    init = _own(cls, "__init__")
    if is_classic_class(cls):
        if init is None or init is object.__init__:
            return "this constructor takes no arguments" if given else None
        steps = [(init, 1)]
    else:
        new = _own(cls, "__new__")
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is object.__new__ and given and init is object.__init__:
            return "object() takes no parameters"
        steps = [(new, 1), (init, 1)]
    for func, first in steps:
        code = _guest_code(func)
        if code is None:
            if func is object.__new__ or func is object.__init__:
                continue
            return None  # a host type's own __new__ / __init__: its words
        try:
            arity_words27(code.co_name, code, func.__defaults__ or (), (cls,) * first + tuple(args), kwargs or {})
        except TypeError as error:
            return error.args[0]
    return None
