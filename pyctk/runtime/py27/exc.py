"""2.7 exception state: (type, value, traceback) triples on the stack, ``sys.exc_info()``
kept per frame until the frame returns, and raising old-style instances."""

from __future__ import annotations

import builtins
import re
import weakref

from pyctk.runtime.frame import HANDLER, LOOP
from pyctk.runtime.py27.values import exception_name27

EXCEPT = 1  # frame.EXCEPT


class ClassicRaise(Exception):
    """Carries an old-style instance raised by a 2.7 guest (the host can only raise
    BaseException instances)."""

    def __init__(self, instance):
        super().__init__(instance)
        self.instance = instance

    def __str__(self):
        from pyctk.runtime.py27.values import str27

        return str27(self.instance)


def host_error_type(exc):
    """The error 2.7 raises where the host raised ``exc``, where its type differs, else
    None: storing or deleting a read-only member (complex.real, slice.start, property.fget,
    a function's __globals__) is a TypeError in 2.7's PyMember_SetOne, an AttributeError
    in 3.x, which also made some of them getsets (3.12's type.__mro__: ``attribute
    '__mro__' of 'type' objects is not writable``)."""
    if type(exc) is not AttributeError or len(exc.args) != 1:
        return None
    message = exc.args[0]
    if message != _READONLY:
        match = _NOT_WRITABLE.fullmatch(message) if type(message) is str else None
        if match is None or match.group(1) not in READONLY_MEMBERS27.get(match.group(2), ()):
            return None
    new = TypeError(_READONLY)
    new.__traceback__ = exc.__traceback__
    return new


def exception_names27(exc):
    """A built-in exception type named as 2.7's C messages name it, by its tp_name
    (``'exceptions.ValueError' object has no attribute 'x'``): where the host's getattr
    (or apisurface) names the object it failed on, where a descriptor names its type
    (only C types have those), and where an exception type refuses keywords."""
    if len(exc.args) != 1 or type(exc.args[0]) is not str or type(exc) not in (AttributeError, TypeError):
        return
    message = exc.args[0]
    if type(exc) is AttributeError:
        obj = getattr(exc, "obj", None)  # (3.10+)
        tp = obj if isinstance(obj, type) else type(obj)
        name = exception_name27(tp)
        if name is not None and obj is not None:
            quoted = "'%s'" % tp.__name__
            if message.startswith((quoted + " object ", "type object " + quoted)):
                exc.args = (message.replace(quoted, "'%s'" % name, 1),)
        return
    match = _DESCRIPTOR_OF.fullmatch(message) or _NO_KEYWORDS.fullmatch(message)
    if match is not None:
        name = exception_name27(getattr(builtins, match.group(1), None))
        if name is not None:
            if match.re is _NO_KEYWORDS:
                exc.args = ("%s does not take keyword arguments" % name,)
            else:
                exc.args = (message.replace("'%s'" % match.group(1), "'%s'" % name),)


_DESCRIPTOR_OF = re.compile(r"descriptor '\w+' of '(\w+)' object needs an argument")
_NO_KEYWORDS = re.compile(r"(\w+)\(\) takes no keyword arguments")
_READONLY = "readonly attribute"
_NOT_WRITABLE = re.compile(r"attribute '(\w+)' of '(\w+)' objects is not writable")
_DESCRIPTOR = frozenset({"__name__", "__objclass__"})
# 2.7's read-only members (T_* with READONLY) by the host's name of their type, where a
# host may have made them getsets.
READONLY_MEMBERS27 = {
    "type": frozenset({"__base__", "__basicsize__", "__dictoffset__", "__flags__", "__itemsize__", "__mro__",
                       "__weakrefoffset__"}),
    "generator": frozenset({"gi_code", "gi_frame", "gi_running"}),
    "function": frozenset({"__closure__", "__globals__"}),
    "method": frozenset({"__func__", "__self__"}),
    "complex": frozenset({"real", "imag"}),
    "slice": frozenset({"start", "stop", "step"}),
    "property": frozenset({"fget", "fset", "fdel", "__doc__"}),
    "staticmethod": frozenset({"__func__"}),
    "classmethod": frozenset({"__func__"}),
    "super": frozenset({"__self__", "__self_class__", "__thisclass__"}),
    "frame": frozenset({"f_back", "f_builtins", "f_code", "f_globals", "f_lasti"}),
    "traceback": frozenset({"tb_frame", "tb_lasti", "tb_lineno", "tb_next"}),
    "module": frozenset({"__dict__"}),
    "member_descriptor": _DESCRIPTOR, "getset_descriptor": _DESCRIPTOR, "method_descriptor": _DESCRIPTOR,
    "wrapper_descriptor": _DESCRIPTOR, "classmethod_descriptor": _DESCRIPTOR,
}


def exc_args(exc):
    return exc.args


def guest_value(exc):
    """What the guest sees as the exception value."""
    if isinstance(exc, ClassicRaise):
        return exc.instance
    return exc


def guest_type(exc):
    if isinstance(exc, ClassicRaise):
        return exc.instance.__class__
    return type(exc)


def host_exception(value):
    """A value the guest raises (or re-raises) as a host exception."""
    if isinstance(value, BaseException):
        return value
    cls = value.__class__
    carrier = _carriers.get(cls)
    if carrier is None:
        # Named as the old-style class, so that an uncaught one reports as 2.7 does.
        carrier = _carriers[cls] = type(cls.__name__, (ClassicRaise,),
                                        {"__module__": cls.__module__, "__qualname__": cls.__qualname__})
    return carrier(value)


_carriers = weakref.WeakKeyDictionary()


# The exception state a frame saved when it caught its first exception is restored when
# the frame exits (2.7's f_exc_* fields): frame.exc_saved, frame.saved_handled.


_LIMIT = "maximum recursion depth exceeded"
# where the host's C code words the limit as 2.7's does; other suffixes (the host's
# "while calling a Python object", "in comparison" from a guest __cmp__ calling cmp) are
# where 2.7 meets the limit in a guest frame, with no suffix
_SUFFIXES27 = {
    " while getting the repr of an object": " while getting the repr of an object",
    " while getting the str of an object": " while getting the repr of an object",
    " in cmp": " in cmp",  # comparing nested containers (deepcompare.py)
}


def as_runtime_error(exc):
    """2.7 has no RecursionError: the host's (raised while host code ran guest code, the
    host's stack being deeper than the guest's) reaches the guest as 2.7's RuntimeError.
    2.7 hits its limit in the guest's frames, where the message has no suffix."""
    text = str(exc)
    suffix = text[len(_LIMIT):] if text.startswith(_LIMIT) else ""
    new = RuntimeError(_LIMIT + _SUFFIXES27.get(suffix, ""))
    new.__traceback__ = exc.__traceback__
    new.__cause__ = exc.__cause__
    new.__context__ = exc.__context__
    return new


def set_exc_info(vm, frame, exc):
    if not frame.exc_saved:
        frame.exc_saved = True
        frame.saved_handled = vm.handled
    vm.handled = exc


def reset_exc_info(vm, frame):
    if frame.exc_saved:
        frame.exc_saved = False
        vm.handled = frame.saved_handled
        frame.saved_handled = None


def unwind27(vm, frame, exc):
    """2.7's block unwinding for an exception: loops are dropped; an except or finally
    block gets (tb, value, type) pushed; sys.exc_info() is set for except blocks."""
    blocks = frame.blocks
    s = frame.stack
    if type(exc) is RecursionError:
        exc = as_runtime_error(exc)
    while blocks:
        block = blocks.pop()
        del s[block.level:]
        if block.kind == LOOP or block.kind == HANDLER:
            continue
        if block.kind == EXCEPT:
            set_exc_info(vm, frame, exc)
        s.append(None)
        s.append(guest_value(exc))
        s.append(guest_type(exc))
        return block.handler
    reset_exc_info(vm, frame)
    return None
