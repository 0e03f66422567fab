"""``sys.set_coroutine_origin_tracking_depth`` and ``cr_origin`` for guest coroutines (3.7+).

A guest coroutine is a host coroutine made by its function's stub (functions.py), so the
host's own tracking would list pyctk's frames, and setting it would change the host
process's thread state. The guest's ``sys`` gets functions of its own instead: the depth
is the calling thread's executor's (per thread, as natively), and a guest call of a
coroutine function made while it is above 0 records the guest's frames from the caller
outward — ``(filename, lineno, function name)``, at most ``depth`` of them, as CPython's
``_PyCoro_GetOrigin`` — for that coroutine. The guest reads them as ``coro.cr_origin``:
only the instructions that read an attribute named ``cr_origin`` are wrapped, decided when
their code is decoded (the opset fact ``attribute_guard``), so no other access pays.
"""

from __future__ import annotations

import operator
import weakref

_ORIGINS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # coroutine -> origin tuple
NAME = "cr_origin"


def depth_of(vm) -> int:
    """The calling thread's tracking depth (``vm`` is its executor)."""
    return vm.coroutine_origin_depth


def install(namespace: dict, interp) -> None:
    """The guest's ``sys.set/get_coroutine_origin_tracking_depth`` into ``namespace``
    (its sys module's dict), for a version that has them."""

    def set_coroutine_origin_tracking_depth(depth):
        depth = operator.index(depth)
        if depth < 0:
            raise ValueError("depth must be >= 0")
        interp.executor().coroutine_origin_depth = depth

    def get_coroutine_origin_tracking_depth():
        vm = interp.running_executor()
        return depth_of(vm) if vm is not None else 0

    namespace["set_coroutine_origin_tracking_depth"] = set_coroutine_origin_tracking_depth
    namespace["get_coroutine_origin_tracking_depth"] = get_coroutine_origin_tracking_depth


def record(frame, coroutine, depth: int) -> None:
    """Note ``coroutine``'s origin: the guest frames from ``frame`` (the caller) outward."""
    from pyctk.runtime.frames import getframe

    origin = []
    try:
        shown = getframe(0)
    except ValueError:
        shown = None
    while shown is not None and len(origin) < depth:
        code = shown.f_code
        origin.append((code.co_filename, shown.f_lineno, code.co_name))
        shown = shown.f_back
    try:
        _ORIGINS[coroutine] = tuple(origin)
    except TypeError:  # not weakly referable: no origin kept
        pass


def origin_of(obj):
    """``obj.cr_origin`` as the guest sees it: the recorded origin of a guest coroutine,
    None for one made while tracking was off; anything else's own attribute."""
    try:
        origin = _ORIGINS.get(obj, _ORIGINS)
    except TypeError:
        origin = _ORIGINS
    if origin is not _ORIGINS:
        return origin
    value = getattr(obj, NAME)
    if value is not None and type(getattr(obj, "cr_code", None)).__name__ == "code" and _is_stub(obj):
        return None  # the host's origin of a guest coroutine lists pyctk's frames
    return value


def _is_stub(coroutine) -> bool:
    from pyctk.runtime.functions import Entry

    consts = coroutine.cr_code.co_consts
    return bool(consts) and type(consts[-1]) is Entry


def guard_attribute(inner):
    """The opset fact ``attribute_guard``: ``inner``'s (apisurface.py), and for an
    instruction reading ``cr_origin``, the guest's origin (``origin_of``)."""

    def guard(opset, handler, key):
        handler = inner(opset, handler, key) if inner is not None else handler
        if key != NAME:
            return handler
        return _reading_origin(handler)

    return guard


def _reading_origin(handler):
    from pyctk.runtime.apisurface import push_attribute_value
    from pyctk.runtime.ops import PLAIN

    def read_cr_origin(frame, operand):
        push_attribute_value(frame, handler, operand, origin_of(frame.stack[-1]))

    read_cr_origin.fusion = PLAIN  # it works on the frame's stack and returns None
    read_cr_origin.__name__ = handler.__name__
    for name in ("operand", "attribute_key", "method_form"):
        if hasattr(handler, name):
            setattr(read_cr_origin, name, getattr(handler, name))
    return read_cr_origin
