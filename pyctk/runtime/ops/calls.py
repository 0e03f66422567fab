"""Calling and making functions."""

from __future__ import annotations

from types import MethodType

from pyctk.runtime.objects import NULL, Function
from pyctk.runtime.ops.containers import _pop_n
from pyctk.runtime.vm import CALL


def call(frame, func, args, kwargs=None):
    """Call ``func`` for the instruction running in ``frame``: a plain guest function
    gets a new frame in the same loop, anything else is called and its result pushed."""
    tf = type(func)
    if tf is Function:
        if not func._kind:
            vm = frame.vm
            vm.push(vm.frame_for_call(func, args, kwargs))
            return CALL
    elif tf is MethodType:
        inner = func.__func__
        if type(inner) is Function and not inner._kind:
            vm = frame.vm
            vm.push(vm.frame_for_call(inner, (func.__self__, *args), kwargs))
            return CALL
    if kwargs:
        frame.stack.append(func(*args, **kwargs))
    else:
        frame.stack.append(func(*args))


def call_function(frame, argc):
    s = frame.stack
    args = _pop_n(s, argc)
    return call(frame, s.pop(), args)


def call_function_kw(frame, argc):
    s = frame.stack
    names = s.pop()
    values = _pop_n(s, argc)
    npos = argc - len(names)
    kwargs = dict(zip(names, values[npos:]))
    return call(frame, s.pop(), values[:npos], kwargs)


def _func_desc(func) -> str:
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None)
    if name is None:
        return f"{type(func).__name__} object"
    return f"{name}()"


def star_args(func, args) -> tuple:
    if type(args) is tuple:
        return args
    if not hasattr(args, "__iter__") and not hasattr(args, "__getitem__"):
        raise TypeError(f"{_func_desc(func)} argument after * must be an iterable, not {type(args).__name__}")
    return tuple(args)


def star_kwargs(func, kwargs) -> dict:
    if type(kwargs) is dict:
        return kwargs
    if not hasattr(kwargs, "keys"):
        raise TypeError(f"{_func_desc(func)} argument after ** must be a mapping, not {type(kwargs).__name__}")
    return {key: kwargs[key] for key in kwargs.keys()}


def call_function_ex(frame, flags):
    s = frame.stack
    kwargs = s.pop() if flags & 1 else None
    args = s.pop()
    func = s.pop()
    args = star_args(func, args)
    if kwargs is not None:
        kwargs = star_kwargs(func, kwargs)
    return call(frame, func, args, kwargs)


def call_method(frame, argc):
    s = frame.stack
    args = _pop_n(s, argc)
    obj = s.pop()
    meth = s.pop()
    if meth is NULL:
        return call(frame, obj, args)
    return call(frame, meth, (obj, *args))


def _make_function(frame, flags, annotations_of):
    s = frame.stack
    qualname = s.pop()
    code = s.pop()
    closure = s.pop() if flags & 8 else None
    annotations = annotations_of(s.pop()) if flags & 4 else None
    kwdefaults = s.pop() if flags & 2 else None
    defaults = s.pop() if flags & 1 else None
    s.append(Function(frame.vm, code, frame.globals, None, defaults, kwdefaults, closure, annotations, qualname))


def make_function(frame, flags):
    """3.6–3.9: annotations come as a dict."""
    _make_function(frame, flags, lambda annotations: annotations)


def make_function_310(frame, flags):
    """3.10: annotations come as a flat tuple (name, value, name, value, ...)."""
    _make_function(frame, flags, lambda pairs: dict(zip(pairs[::2], pairs[1::2])))


def load_build_class(frame, arg):
    frame.stack.append(frame.builtins["__build_class__"])
