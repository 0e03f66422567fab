"""The guest sees exactly its version's built-in names.

From the recorded surfaces (``pyctk/versions/apisurface/X.Y.json``) and this host's own
``dir()``: what the host has and the guest's version lacks on its builtins, built-in types
and C modules is absent for the guest where a program can tell (``hasattr``, ``getattr``,
``dir``, attribute access, ``from m import x``), with the ``AttributeError`` its version
gives; what the version has and the host lacks is pyctk's (``newapis.py``,
``hostcompat.py``) where pyctk has it.

- Builtins: the guest's table holds only its version's names (``filter_builtins``).
- Built-in types: ``hasattr``/``getattr``/``dir`` of the guest check the names; attribute
  instructions are checked only where their name is one the version lacks or pyctk adds
  on some type: decided once per instruction when its code is decoded
  (``guard_attribute``, the opset fact ``attribute_guard``), so every other attribute
  access runs as before.
- C modules: the guest gets a module of its own with the version's names
  (``module_view``); the host's library run for the guest still reads the host's names
  there (``_module_getattr``, as the guest's ``sys`` does).
"""

from __future__ import annotations

import builtins as host_builtins
import functools
import sys
import types

from pyctk.runtime import newapis, tokencompat
from pyctk.runtime.ops import PLAIN
from pyctk.versions.apisurface import api_surface

# A module's own dunders that say where it was loaded from (not recorded, kept as the host's).
MODULE_ORIGIN = frozenset({"__file__", "__loader__", "__spec__", "__cached__", "__package__", "__path__"})


class _Probe:
    def method(self):
        pass


async def _coroutine():
    pass


async def _async_generator():
    yield 1


def _async_type(kind):
    obj = {"coroutine": _coroutine, "async_generator": _async_generator}[kind]()
    try:
        return type(obj)
    finally:
        if kind == "coroutine":
            obj.close()
        else:
            obj.aclose().close()


def _host_type(source):
    namespace = dict(host_builtins.__dict__)
    namespace.update(sys=sys, _Probe=_Probe, _async_type=_async_type)
    try:
        return eval(source, namespace)  # noqa: S307 - the recorded expressions, data of this package
    except Exception:
        return None


class Surface:
    """One version's surface against this host."""

    def __init__(self, version, typevar_defaults=False, method_overrides=None, module_overrides=None):
        data = api_surface(version)
        self.version = str(version)
        self.builtins = frozenset(data["builtins"])
        self.modules = {name: frozenset(names) for name, names in data["modules"].items()}
        self.exceptions = {name: frozenset(names) for name, names in data["exceptions"].items()}
        lacks: dict = {}  # host type -> names its dir() has and the version's lacks
        adds: dict = {}  # host type -> names the version's has, the host's lacks, pyctk gives
        withheld: dict = {}  # host type -> names neither has that pyctk could give
        pairs = [(_host_type(data["type_sources"][key]), names) for key, names in data["types"].items()]
        pairs += [(getattr(host_builtins, name, None), names) for name, names in data["exceptions"].items()]
        for tp, names in pairs:
            if not isinstance(tp, type):
                continue
            version_names = frozenset(names)
            host_names = set(dir(tp))
            missing = frozenset(host_names - version_names)
            if missing:
                lacks[tp] = lacks.get(tp, frozenset()) | missing
            own = newapis.TYPE_NAMES.get(tp, ())
            given = frozenset(n for n in own if n in version_names and n not in host_names)
            if given:
                adds[tp] = given
            # What pyctk would give an older host's type for a newer guest (names.host_lacks:
            # add_note), that this version lacks too.
            kept = frozenset(n for n in own if n not in version_names and n not in host_names)
            if kept:
                withheld[tp] = kept
        self.lacks = lacks
        self.adds = adds
        self.withheld = withheld
        self.lacked_names = frozenset().union(*lacks.values(), *withheld.values())
        extra = set().union(*adds.values()) if adds else set()
        if typevar_defaults and not newapis.host_has_typevar_defaults():
            extra.update(newapis.TYPEVAR_DEFAULT_NAMES)
        self.added_names = frozenset(extra)
        self.overrides = newapis.method_overrides(method_overrides or {})
        self.module_overrides = module_overrides or {}
        self.checked_names = self.lacked_names | self.added_names | frozenset(self.overrides)

    def defining_class(self, obj, key):
        """The class whose attribute ``obj.key`` is (None for the instance's own)."""
        if isinstance(obj, type):
            for klass in obj.__mro__:
                if key in klass.__dict__:
                    return klass
        else:
            own = getattr(obj, "__dict__", None)
            if type(own) is dict and key in own:
                return None
        for klass in type(obj).__mro__:
            if key in klass.__dict__:
                return klass
        return None

    def plain_type(self, tp, key) -> bool:
        """Whether ``key`` of every instance of ``tp`` (not a type) is found where the
        version has it: on a class of the program's own, or on none the version lacks it on."""
        if isinstance(tp, type) and issubclass(tp, type):
            return False
        for klass in tp.__mro__:
            if key in klass.__dict__:
                return key not in self.lacks.get(klass, ())
        return not any(key in self.withheld.get(klass, ()) for klass in tp.__mro__)

    def lacks_attribute(self, obj, key) -> bool:
        """Whether ``obj.key`` is a host attribute the guest's version does not have."""
        klass = self.defining_class(obj, key)
        if klass is None:
            # not the host's: one pyctk would give (names.host_lacks) that the version lacks
            tps = obj.__mro__ if isinstance(obj, type) else type(obj).__mro__
            return any(key in self.withheld.get(tp, ()) for tp in tps)
        return key in self.lacks.get(klass, ())

    def metaclass_has(self, obj, key) -> bool:
        """Whether ``obj`` is a type whose ``key`` a data descriptor of its metaclass gives,
        one the version has: it wins over the class's own entry, as in
        type.__getattribute__ (``property.__name__`` is the type's name, even where 3.13's
        ``property`` has a ``__name__`` for its instances). ``dir`` is not affected."""
        if not isinstance(obj, type):
            return False
        meta = _metaclass_data(obj, key)
        return meta is not None and key not in self.lacks.get(meta, ())

    def overridden(self, obj, key):
        """The version's own ``obj.key`` where its method takes other arguments than the
        host's (``newapis.METHOD_OVERRIDES``), else None."""
        tp, function, is_classmethod = self.overrides[key]
        if self.defining_class(obj, key) is not tp:
            return None
        if is_classmethod:
            return types.MethodType(function, obj if isinstance(obj, type) else type(obj))
        return function if isinstance(obj, type) else types.MethodType(function, obj)

    def get(self, obj, key):
        """``obj.key`` as the guest's version has it."""
        if key in self.lacked_names and self.lacks_attribute(obj, key) and not self.metaclass_has(obj, key):
            raise attribute_error(obj, key)
        if key in self.overrides:
            value = self.overridden(obj, key)
            if value is not None:
                return value
        try:
            return getattr(obj, key)
        except AttributeError:
            if key in self.added_names:
                try:
                    return newapis.type_attribute(obj, key)
                except AttributeError:
                    pass
            raise

    def dir_of(self, obj, names):
        """``dir(obj)``'s names as the version lists them."""
        shown = [n for n in names if n not in self.lacked_names or not self.lacks_attribute(obj, n)]
        tps = obj.__mro__ if isinstance(obj, type) else type(obj).__mro__
        for tp in tps:
            for n in self.adds.get(tp, ()):
                if n not in shown:
                    shown.append(n)
        return sorted(shown)


def _metaclass_data(cls, key):
    """The metaclass whose data descriptor ``cls.key`` is, or None."""
    for klass in type(cls).__mro__:
        meta = klass.__dict__.get(key)
        if meta is not None:
            return klass if hasattr(type(meta), "__set__") else None
    return None


@functools.lru_cache(maxsize=None)
def surface_for(opset) -> Surface | None:
    """The surface of ``opset``'s version, if it has the fact ``api_surface``."""
    if not opset.fact("api_surface", False):
        return None
    return Surface(opset.version, opset.fact("typevar_defaults", False), opset.fact("method_overrides", None),
                   opset.fact("module_overrides", None))


def attribute_error(obj, key) -> AttributeError:
    if isinstance(obj, type):
        message = f"type object '{obj.__name__}' has no attribute '{key}'"
    else:
        message = f"'{type(obj).__name__}' object has no attribute '{key}'"
    return AttributeError(message, name=key, obj=obj)


# -- builtins -------------------------------------------------------------------------------


def filter_builtins(table: dict, opset) -> None:
    """Only the version's builtins in the guest's ``table``; its ``hasattr``, ``getattr``
    and ``dir`` see the version's names of the built-in types."""
    surface = surface_for(opset)
    if surface is None:
        return
    for key in [k for k in table if k not in surface.builtins]:
        del table[key]
    table.update(newapis.builtin_additions(surface.builtins, table))
    checked = surface.checked_names
    host_getattr, host_hasattr = host_builtins.getattr, host_builtins.hasattr

    from pyctk.runtime.guestsys import _called_by_host_library

    # The same two serve the host's library run for the guest (pickle finds its getattr
    # as builtins.getattr): called from there, they answer as the host's.
    def getattr(*args, **kwargs):  # noqa: A001 - the guest's getattr
        if kwargs:  # the host's own words (it takes none)
            return host_getattr(*args, **kwargs)
        if len(args) in (2, 3) and isinstance(args[1], str) and args[1] in checked and not _called_by_host_library():
            try:
                return surface.get(args[0], args[1])
            except AttributeError:
                if len(args) == 3:
                    return args[2]
                raise
        return host_getattr(*args)

    def hasattr(*args, **kwargs):  # noqa: A001 - the guest's hasattr
        if kwargs:
            return host_hasattr(*args, **kwargs)
        if len(args) == 2 and isinstance(args[1], str) and args[1] in checked and not _called_by_host_library():
            try:
                surface.get(args[0], args[1])
            except AttributeError:
                return False
            return True
        return host_hasattr(*args)

    for function, host in ((getattr, host_getattr), (hasattr, host_hasattr)):
        function.__name__ = function.__qualname__ = host.__name__
        function.__module__ = "builtins"
        function.__doc__ = host.__doc__
        table[host.__name__] = function
    guest_dir = table["dir"]

    # pyctk's own stand-ins for builtin classes (super: a subclass that finds the guest's
    # frame) list the names of the class they stand for.
    stand_ins = {table[name]: getattr(host_builtins, name) for name in ("super",) if name in table}

    def dir(*args, **kwargs):  # noqa: A001 - the guest's dir
        names = guest_dir(*args, **kwargs)
        if len(args) == 1 and not isinstance(args[0], types.ModuleType):
            obj = args[0]
            cls = obj if isinstance(obj, type) else type(obj)
            host = stand_ins.get(cls)
            if host is not None:
                names = [n for n in names if n in host_builtins.dir(host)]
            elif cls in _own_classes() and cls.__name__ in surface.exceptions:
                # pyctk's own classes of a newer version (exception groups on a 3.10 host,
                # 3.13's exceptions) stand for the C types: their names are the version's.
                names = sorted(surface.exceptions[cls.__name__])
            return surface.dir_of(obj, names)
        return names

    dir.__name__ = dir.__qualname__ = "dir"
    dir.__module__ = "builtins"
    dir.__doc__ = guest_dir.__doc__
    table["dir"] = dir


def _own_classes():
    from pyctk.runtime import hostcompat

    own = set(newapis._BUILTINS.values())
    if getattr(host_builtins, "ExceptionGroup", None) is not hostcompat.ExceptionGroup:
        own.update((hostcompat.BaseExceptionGroup, hostcompat.ExceptionGroup))
    return own


def share_with_library(world):
    """The guest's ``getattr`` and ``hasattr`` are the builtins of the host's library run
    for it too: both find them as ``builtins.getattr`` (pickle checks it is the same)."""
    if surface_for(world.opset) is None:
        return
    table = world.builtins_module.__dict__
    for name in ("getattr", "hasattr"):
        if name in table:
            world.stdlib_builtins[name] = table[name]


# -- attribute instructions -------------------------------------------------------------


def guard_attribute(opset, handler, key):
    """``handler`` (LOAD_ATTR, LOAD_METHOD) for an instruction reading attribute ``key``:
    itself, or one that first checks the version's names, when ``key`` is a name the
    version lacks or pyctk adds on some built-in type. Asked once per instruction when its
    code is decoded (vm.compile_program)."""
    surface = surface_for(opset)
    if surface is None or key not in surface.checked_names:
        return handler
    return _checking(handler, surface, key)


def _checking(handler, surface, key):
    lacked = key in surface.lacked_names
    added = key in surface.added_names
    overridden = key in surface.overrides

    # Types of instances whose ``key`` is found on no class the version lacks it on (most
    # programs' own classes for ``name``): decided once per type, run as before after.
    plain_types = set()

    def checked_attribute(frame, operand):
        obj = frame.stack[-1]
        tp = type(obj)
        if tp in plain_types:
            return handler(frame, operand)
        if lacked and surface.lacks_attribute(obj, key) and not surface.metaclass_has(obj, key):
            raise attribute_error(obj, key)
        if not overridden and not added and surface.plain_type(tp, key):
            plain_types.add(tp)
        if overridden:
            value = surface.overridden(obj, key)
            if value is not None:
                return push_attribute_value(frame, handler, operand, value)
        try:
            return handler(frame, operand)
        except AttributeError:
            if not added:
                raise
            try:
                value = newapis.type_attribute(obj, key)
            except AttributeError:
                pass
            else:
                return push_attribute_value(frame, handler, operand, value)
            raise

    checked_attribute.fusion = PLAIN  # it works on the frame's stack and returns None
    checked_attribute.__name__ = handler.__name__
    return checked_attribute


def push_attribute_value(frame, handler, operand, value):
    """What ``handler`` leaves on the stack when ``obj.key`` is ``value``: LOAD_ATTR the
    value, a method load (LOAD_METHOD, 3.12+ LOAD_ATTR with the low bit) NULL and it."""
    from pyctk.runtime.objects import NULL

    s = frame.stack
    method = getattr(handler, "method_form", None)
    form = method(operand) if method is not None else None
    s[-1] = value
    if form == "below":
        s[-1] = NULL
        s.append(value)
    elif form == "above":
        s.append(NULL)


# -- C modules ----------------------------------------------------------------------------


def module_view(world, name, module):
    """The guest's module ``name``: the host's ``module`` itself when it has exactly the
    version's names, else a module of the guest's own with them."""
    surface = surface_for(world.opset)
    if module is None:
        return module
    if surface is None:
        names = module_names27(world.opset, name)
        if names is None:
            return module
        return _view(module, name, names, {})
    names = surface.modules.get(name)
    if name == "_tokenize" and world.own_stdlib is not None:
        # Not recorded (its names are the same); its token numbers are the host version's.
        return _view(module, name, names or set(module.__dict__), tokencompat.additions(world, module))
    if names is None:
        return module
    host = module.__dict__
    hidden = {k for k in host if k not in names and k not in MODULE_ORIGIN}
    added = newapis.module_additions(name, module, names)
    if name == "itertools" and "batched" in names:
        batched = newapis.batched_for(world.opset.fact("batched_strict", False), module)
        if batched is not None:
            added["batched"] = batched
    overrides = newapis.module_overrides(name, surface.module_overrides)
    added.update({k: v for k, v in overrides.items() if k in names})
    if not hidden and not added:
        return module
    return _view(module, name, names, added)


def _view(module, name, names, added):
    """A module of the guest's own: ``module``'s ``names`` (and its origin's), and ``added``."""
    view = types.ModuleType(name)
    view.__dict__.update({k: v for k, v in module.__dict__.items() if k in names or k in MODULE_ORIGIN})
    view.__dict__.update(added)
    view.__dict__["__getattr__"] = _module_getattr(module, name)
    view.__dict__["__dir__"] = lambda: sorted(k for k in view.__dict__ if k not in ("__getattr__", "__dir__"))
    if name == "time" and "tzset" in view.__dict__:
        view.tzset = _tzset(module, view)
    return view


def module_names27(opset, name):
    """The names 2.7 has on its C module ``name`` (None: not recorded, or not a 2.7 guest)."""
    if not opset.fact("module_surface", False):
        return None
    recorded = api_surface(opset.version)["modules"]
    names = recorded.get(name)
    if names is None:  # a module 2.7 names otherwise (its ``thread`` is the host's ``_thread``)
        from pyctk.runtime.py27.modules import MODULE_ALIASES

        names = next((recorded[old] for old, new in MODULE_ALIASES.items() if new == name and old in recorded), None)
    return None if names is None else frozenset(names)


def hide_library_names(world, module):
    """A pure-Python module of the host's library run for the guest whose names the
    surface records (``operator``, which wraps ``_operator``): the names its version lacks
    are taken out (and out of ``__all__``), the host's library still reads them; those it
    has and the host's lacks are pyctk's (``newapis``)."""
    surface = surface_for(world.opset)
    names = surface.modules.get(module.__name__) if surface is not None else None
    if names is None:
        return
    own = module.__dict__
    own.update(newapis.module_additions(module.__name__, module, names))
    hidden = [k for k in own if k not in names and k not in MODULE_ORIGIN and k != "__builtins__"]
    if not hidden:
        return
    keep = types.SimpleNamespace(**{k: own.pop(k) for k in hidden})
    if isinstance(own.get("__all__"), list):
        own["__all__"] = [k for k in own["__all__"] if k not in hidden]
    own["__getattr__"] = _module_getattr(keep, module.__name__)
    own["__dir__"] = lambda: sorted(k for k in own if k not in ("__getattr__", "__dir__"))


def _module_getattr(module, name):
    from pyctk.runtime.guestsys import _called_by_host_library

    def __getattr__(key):
        if _called_by_host_library():  # the host's library run for the guest: the host's names
            try:
                return getattr(module, key)
            except AttributeError:
                pass
        raise AttributeError(f"module '{name}' has no attribute '{key}'")

    return __getattr__


def _tzset(module, view):
    """``time.tzset`` sets the module's tzname, timezone, altzone, daylight: the view's too."""
    host_tzset = module.tzset

    def tzset():
        host_tzset()
        for key in ("tzname", "timezone", "altzone", "daylight"):
            if key in view.__dict__:
                view.__dict__[key] = getattr(module, key)

    tzset.__name__ = tzset.__qualname__ = "tzset"
    tzset.__doc__ = host_tzset.__doc__
    return tzset


# -- 2.7 -------------------------------------------------------------------------------
# A 2.7 guest's attribute access goes through its own overlays (``py27/attrs.py``): the
# names 2.7's built-in types lack are hidden there, per type, decided once per type.

_SURFACE27: dict = {}  # type -> the names 2.7 has on it (the nearest recorded ancestor's)


def _surface27():
    """{type the guest's 2.7 values have: the names 2.7 has on it}, built once."""
    if _SURFACE27:
        return _SURFACE27
    from pyctk.runtime.py27 import builtins27
    from pyctk.runtime.py27.kinds import Long27, Unicode27
    from pyctk.versions import py27

    data = api_surface(py27.OPSET.version)
    guest = {"str": str, "unicode": Unicode27, "long": Long27, "xrange": builtins27.xrange,
             "IOError": builtins27.IOError27, "OSError": builtins27.OSError27}
    table = {}
    for name, names in data["types"].items():
        tp = guest.get(name) or _host_type(data["type_sources"][name])
        # 2.7's range, map, filter and zip are functions: pyctk's own, not a type's names.
        if isinstance(tp, type) and name not in ("range", "map", "filter", "zip"):
            table[tp] = table.get(tp, frozenset()) | frozenset(names)
    for name, names in data["exceptions"].items():
        tp = guest.get(name) or getattr(host_builtins, name, None)
        if isinstance(tp, type):
            table[tp] = table.get(tp, frozenset()) | frozenset(names)
    _SURFACE27.update(table)
    return _SURFACE27


def class_lacks27(meta) -> frozenset:
    """For a metaclass: the names some built-in type has on the host and 2.7 lacks that
    its classes do not get from 2.7's ``type`` either (``str.casefold``; not ``__eq__``)."""
    from pyctk.runtime.py27.classes import ClassicClass

    if not issubclass(meta, type) or issubclass(meta, ClassicClass):
        return frozenset()
    surface = _surface27()
    has = surface.get(type, frozenset())
    return frozenset(n for tp, names in surface.items() for n in dir(tp) if n not in names and n not in has)


def lacked27(tp) -> frozenset:
    """The names ``tp``'s instances have on the host and 2.7 lacks: those of its nearest
    built-in ancestor 2.7 lacks, less the names a class of the program (or of a library, or
    pyctk's ``file``) defines on the way; the stand-ins for dict, set, frozenset (``Dict27``)
    are the built-in's.
    Old-style classes and instances keep their own lookup."""
    try:
        return _LACKED27[tp]
    except KeyError:
        pass
    from pyctk.runtime.py27.classes import ClassicClass

    if type(tp) is ClassicClass or tp is ClassicClass:
        return frozenset()
    found = _LACKED27[tp] = _lacked27(tp)
    return found


_LACKED27: dict = {}
# Host slots pyctk's 2.7 runtime calls where 2.7 has a slot of its own (rich comparisons
# for __cmp__, __bool__ for __nonzero__, __next__ for next): an old-style proxy's
# __getattr__ forwards them, so they stay (README: what 2.7 shows that pyctk does not).
_STAND_INS27 = frozenset({"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__", "__next__"})


def _lacked27(tp) -> frozenset:
    from pyctk.runtime.py27.containers27 import GUEST_TYPE

    surface = _surface27()
    own = set()
    for klass in tp.__mro__:
        names = surface.get(klass)
        if names is not None:
            return frozenset(n for n in dir(tp) if n not in names and n not in own and n not in _STAND_INS27)
        if klass not in GUEST_TYPE:  # a class of the program, a library's or pyctk's (File27)
            own.update(klass.__dict__)
    return frozenset()


_HEAPTYPE = 1 << 9


def dir27(obj, names) -> list:
    """``dir(obj)`` (``names``, the host's) as 2.7 lists it: without the names 2.7 lacks on
    built-in types, with those pyctk's overlays give that 2.7 has (``dict.has_key``)."""
    import types as host_types

    from pyctk.runtime.py27.attrs import OVERLAYS

    if isinstance(obj, host_types.ModuleType):
        return sorted(names)
    tp = obj if isinstance(obj, type) else type(obj)
    if tp is not super and issubclass(tp, super) and tp.__module__ == "builtins":
        # pyctk's stand-in for super (runtime/builtins.py) lists the names of super
        names = [n for n in names if n in dir(super)]
    hidden = lacked27(tp)
    shown = set(names) - hidden
    from pyctk.runtime.py27.classes import ClassicClass
    from pyctk.runtime.py27.classic import NOT_ON_OBJECT27, OBJECT_NAMES, defined_above_object, has_own

    if tp is ClassicClass or type(tp) is ClassicClass:  # only what its own chain defines
        shown -= {n for n in OBJECT_NAMES if not has_own(obj, n)} | {"__class__", "__dict__", "__weakref__"}
    elif tp is object or tp.__flags__ & _HEAPTYPE and not str(tp.__module__).startswith(("builtins", "pyctk.")):
        # 2.7's object has no rich comparisons: a class statement's class has them only
        # from its own chain (built-in types: their recorded names, lacked27)
        shown -= {n for n in NOT_ON_OBJECT27 if not defined_above_object(tp, n)}
    surface = _surface27()
    for klass in tp.__mro__:
        has = surface.get(klass)
        if has is not None:
            for base in tp.__mro__:
                shown.update(n for n in OVERLAYS.get(base, ()) if n in has)
            break
    return sorted(shown)
