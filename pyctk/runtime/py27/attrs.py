"""Attributes 2.7 has on builtin types and the host lacks or spells differently
(``dict.has_key``, ``dict.keys()`` returning a list, ``str.decode``, ``e.message``, ...).

``OVERLAYS[type][name]`` is ``getter(obj)`` giving the attribute's value. The 2.7
LOAD_ATTR handler consults ``overlay_for(type(obj))`` (computed once per type) before the
host lookup; a subclass that defines the name itself is not overlaid.
"""

from __future__ import annotations

import collections
import functools
import re
import types

from pyctk.runtime import listsort
from pyctk.runtime.messages import METHOD_STAND_INS
from pyctk.runtime.py27.containers27 import Dict27, replay_order
from pyctk.runtime.py27.kinds import (
    Long27,
    Unicode27,
    _str_format,
    str_decode,
    str_encode,
    str_splitlines,
    str_translate,
)
from pyctk.runtime.py27.values import c_int27, exception_name27

OVERLAYS: dict = {}
_per_type: dict = {}
# What overlay_for has found per type (None: no overlay), read by 2.7's inline LOAD_ATTR
# (ops/py2ops.Attr27) to take the host's attribute at once.
SEEN_OVERLAYS = _per_type


def overlay(tp, name):
    def mark(fn):
        OVERLAYS.setdefault(tp, {})[name] = fn
        method = getattr(fn, "method", None)
        if method is not None:  # its arity errors in 2.7's words (messages.arity_words)
            METHOD_STAND_INS[method] = name
        return fn

    return mark


def _lacked_getter(name):
    def lacked(obj):
        own = getattr(obj, "__dict__", None)
        if type(own) is dict and name in own:  # the instance's own attribute
            return own[name]
        if isinstance(obj, type):
            raise AttributeError("type object '%s' has no attribute '%s'" % (exception_name27(obj) or obj.__name__, name))
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name27(obj), name))

    return lacked


def _class_lacked_getter(name):
    from pyctk.runtime.apisurface import lacked27

    def lacked(cls):
        if name in lacked27(cls):
            raise AttributeError("type object '%s' has no attribute '%s'" % (exception_name27(cls) or cls.__name__, name))
        return getattr(cls, name)

    return lacked


def _type_name27(obj):
    from pyctk.runtime.py27.containers27 import GUEST_TYPE

    tp = type(obj)
    tp = GUEST_TYPE.get(tp, tp)
    return {Long27: "long", Unicode27: "unicode"}.get(tp) or exception_name27(tp) or tp.__name__


# A host's words for an attribute not found (3.13 adds why a store could not make it).
_NO_ATTRIBUTE = re.compile(r"(?:'[^']*' object|type object '[^']*') has no attribute '([^']*)'"
                           r"(?: and no __dict__ for setting new attributes)?")


def delete_error27(error, obj, key) -> None:
    """2.7's words where ``del obj.key`` found nothing to delete (called with the
    AttributeError raised): a classic instance's and class's own words; else
    PyObject_GenericSetAttr's, which gives only the name where the object has a dict in
    use (a type, a module, an instance holding attributes; a slot not set) and says
    ``'T' object has no attribute`` where it has none."""
    from pyctk.runtime.py27.bytes27 import tp_name27
    from pyctk.runtime.py27.classes import ClassicClass

    args = error.args
    if len(args) != 1 or type(args[0]) is not str:
        return
    if args[0] != key:
        match = _NO_ATTRIBUTE.fullmatch(args[0])
        if match is None or match.group(1) != key:
            return
    tp = type(obj)
    if type(tp) is ClassicClass:
        words = "%s instance has no attribute '%s'" % (tp.__name__, key)
    elif tp is ClassicClass:
        words = "class %s has no attribute '%s'" % (obj.__name__, key)
    elif isinstance(obj, (type, types.ModuleType)):
        words = key
    elif tp.__delattr__ is not object.__delattr__:
        return  # the program's own __delattr__ said it
    elif isinstance(getattr(tp, key, None), types.MemberDescriptorType) or getattr(obj, "__dict__", None):
        words = key
    else:
        words = "'%s' object has no attribute '%s'" % (tp_name27(obj), key)
    error.args = (words,)


def readonly27(obj, key) -> None:
    """2.7's read-only attributes the host lets a program set: a generator's name, a
    class's doc (getsets without a setter in 2.7; a built-in type refuses any store first)."""
    if type(obj) is types.GeneratorType and key == "__name__" or key == "__doc__" and _is_class27(obj):
        from pyctk.runtime.py27.bytes27 import tp_name27

        raise AttributeError("attribute '%s' of '%s' objects is not writable" % (key, tp_name27(obj)))


def _is_class27(obj) -> bool:
    from pyctk.runtime.py27.classes import ClassicClass

    return (isinstance(obj, type) and obj.__flags__ & _HEAPTYPE and type(obj) is not ClassicClass
            and obj.__module__ != "builtins")


_HEAPTYPE = 1 << 9


def store_error27(error, obj, key) -> None:
    """2.7's words for a store the host refused with a TypeError."""
    if key == "__dict__" and type(obj) is types.FunctionType:
        error.args = ("setting function's dictionary to a non-dict",)


def overlay_for(tp):
    """The merged overlay of ``tp`` (None when it has none)."""
    try:
        return _per_type[tp]
    except KeyError:
        pass
    merged = {}
    for base in reversed(tp.__mro__):
        table = OVERLAYS.get(base)
        if not table:
            continue
        for name, getter in table.items():
            # A subclass's own definition of the name wins over the base's overlay.
            own = None
            for klass in tp.__mro__:
                if klass is base:
                    break
                if name in klass.__dict__:
                    own = klass
                    break
            if own is None:
                merged[name] = getter
            else:
                merged.pop(name, None)
    from pyctk.runtime.apisurface import class_lacks27, lacked27

    for name in lacked27(tp):  # what the host has and 2.7 lacks: absent (runtime/apisurface.py)
        merged.setdefault(name, _lacked_getter(name))
    for name in class_lacks27(tp):  # ``str.casefold``: a class's, checked per class
        merged.setdefault(name, _class_lacked_getter(name))
    result = merged or None
    _per_type[tp] = result
    return result


def _method(fn):
    """Make ``fn(obj, *args)`` a getter returning a bound callable named like it."""

    def getter(obj):
        bound = functools.partial(fn, obj)
        return bound

    getter.__name__ = fn.__name__
    getter.method = fn
    return getter


# -- dict -------------------------------------------------------------------------------------


def _iter_type(name):
    cls = type(name, (), {
        "__slots__": ("it",),
        "__iter__": lambda self: self,
        "__next__": lambda self: next(self.it),
        "next": lambda self: next(self.it),
        "__length_hint__": lambda self: self.it.__length_hint__(),
        "_pyctk_host_type": True,
    })
    return cls


_KeyIter = _iter_type("dictionary-keyiterator")
_ValueIter = _iter_type("dictionary-valueiterator")
_ItemIter = _iter_type("dictionary-itemiterator")


def _wrap_iter(cls, it):
    w = cls.__new__(cls)
    w.it = it
    return w


def _keys(d):
    if type(d) is dict:
        return replay_order(d)
    return list(d.keys())


def _values(d):
    if type(d) is dict:
        return [d[k] for k in replay_order(d)]
    return list(d.values())


def _items(d):
    if type(d) is dict:
        return [(k, d[k]) for k in replay_order(d)]
    return list(d.items())


for _name, _fn in {
    "keys": _keys,
    "values": _values,
    "items": _items,
    "iterkeys": lambda d: _wrap_iter(_KeyIter, iter(_keys(d))),
    "itervalues": lambda d: _wrap_iter(_ValueIter, iter(_values(d))),
    "iteritems": lambda d: _wrap_iter(_ItemIter, iter(_items(d))),
    "viewkeys": lambda d: dict.keys(d) if isinstance(d, Dict27) else d.keys(),
    "viewvalues": lambda d: dict.values(d) if isinstance(d, Dict27) else d.values(),
    "viewitems": lambda d: dict.items(d) if isinstance(d, Dict27) else d.items(),
    "has_key": lambda d, k: k in d,
}.items():
    _fn.__name__ = _name
    overlay(dict, _name)(_method(_fn))


def _fromkeys(cls):
    """``dict.fromkeys`` makes a dict that iterates in 2.7's order."""
    if cls is dict:
        return Dict27.fromkeys
    return cls.fromkeys


overlay(type, "fromkeys")(_fromkeys)


# -- list -------------------------------------------------------------------------------------


_NUMBERS27 = frozenset({int, bool, float, Long27})
_TEXTS27 = (str, Unicode27)


def _lt27(a, b):
    try:
        return a < b
    except TypeError:
        from pyctk.runtime.py27.values import order_cmp27

        return order_cmp27(a, b) < 0


def _unobservable27(keys):
    return listsort.unobservable(keys, _NUMBERS27, _TEXTS27)


def list_sort(lst, cmp=None, key=None, reverse=False):
    """2.7's list.sort: its timsort (comparisons with side effects happen as in 2.7),
    with a ``cmp`` function or 2.7's ordering of values 3.x cannot compare."""
    if type(reverse) is not bool:
        reverse = c_int27(reverse)  # ("|OOi:sort")
    if cmp is None:
        lt = _lt27
        plain = _unobservable27
    else:
        def lt(a, b):
            c = cmp(a, b)
            if not isinstance(c, int) or type(c) is Long27:  # islt(): PyInt_Check
                raise TypeError("comparison function must return int, not %s" % type(c).__name__)
            return c < 0

        plain = None
    listsort.sort_list(lst, key, reverse, "plain", lt, plain)  # 2.7 sorts as 3.6, with its own lt
    return None


list_sort.__name__ = "sort"
overlay(list, "sort")(_method(list_sort))


# -- str and unicode --------------------------------------------------------------------------


for _name, _fn in (("decode", str_decode), ("encode", str_encode), ("translate", str_translate),
                   ("format", _str_format), ("splitlines", str_splitlines)):
    overlay(str, _name)(_method(_fn))


# -- exceptions -------------------------------------------------------------------------------


def _exception_message(e):
    d = getattr(e, "__dict__", None)
    if d is not None and "message" in d:
        return d["message"]
    return e.args[0] if len(e.args) == 1 else ""


overlay(BaseException, "message")(_exception_message)


# -- numbers ----------------------------------------------------------------------------------

overlay(float, "is_integer")(lambda x: x.is_integer)


def _fromhex_of(cls):
    """``float.fromhex`` reads only a str or unicode (the host's words: any other type)."""
    if isinstance(cls, type) and issubclass(cls, float) and \
            next(k for k in cls.__mro__ if "fromhex" in k.__dict__) is float:
        from pyctk.runtime.py27.bytes27 import fromhex27

        return fromhex27(cls)
    return cls.fromhex


overlay(float, "fromhex")(lambda x: _fromhex_of(type(x)))
overlay(type, "fromhex")(_fromhex_of)


# -- OrderedDict ------------------------------------------------------------------------------

for _name, _fn in {
    "keys": lambda d: list(d.keys()),
    "values": lambda d: list(d.values()),
    "items": lambda d: list(d.items()),
    "iterkeys": lambda d: iter(d.keys()),
    "itervalues": lambda d: iter(d.values()),
    "iteritems": lambda d: iter(d.items()),
}.items():
    _fn.__name__ = _name
    overlay(collections.OrderedDict, _name)(_method(_fn))


# -- functions: 2.7's func_* names for what 3.x spells as dunders ------------------------------

FUNCTION_ALIASES = {
    "func_name": "__name__", "func_code": "__code__", "func_globals": "__globals__",
    "func_defaults": "__defaults__", "func_closure": "__closure__", "func_doc": "__doc__",
    "func_dict": "__dict__",
}


def _function_alias(dunder):
    return lambda func: getattr(func, dunder)


for _name, _dunder in FUNCTION_ALIASES.items():
    overlay(types.FunctionType, _name)(_function_alias(_dunder))

# 2.7's names of a bound method's parts (3.x keeps only __func__ and __self__). im_class is
# the class the method was looked up on: the instance's class, or a classmethod's class's
# metaclass.
overlay(types.MethodType, "im_func")(lambda method: method.__func__)
overlay(types.MethodType, "im_self")(lambda method: method.__self__)
overlay(types.MethodType, "im_class")(lambda method: type(method.__self__))

# A guest generator is a host generator (its function's stub delegates to pyctk's): 2.7's
# spelling of next.
overlay(types.GeneratorType, "next")(lambda gen: gen.__next__)
