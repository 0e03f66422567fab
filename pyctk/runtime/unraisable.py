"""The guest's report of an exception nothing can catch: raised by a ``__del__``, by a
generator the collector closes, by a weakref callback. CPython writes it itself (2.7's
``Exception X: ... in ... ignored``; 3.x's ``Exception ignored in: ...`` with the
traceback, through ``sys.unraisablehook`` from 3.8), with the program's frames only; the
host's hook would show pyctk's frames and the host's printer.

``hoststate`` routes the host's hook here while a guest runs in the thread; what is not
the guest's (no guest frame in its traceback) goes on to the host's hook.
"""

from __future__ import annotations

import sys
import types


def report(world, unraisable) -> bool:
    """Report ``unraisable`` as the guest's version does; False if it is not the guest's."""
    from pyctk.runner import traceback_entries

    exc = getattr(unraisable, "exc_value", None)
    vm = world.vm
    if not isinstance(exc, BaseException):
        return False
    entries = traceback_entries(vm, exc)
    if not entries:
        return False
    hook = world.sys.__dict__.get("unraisablehook")  # 3.8+: the program may set its own
    if hook is None:
        write(world, unraisable, entries)
    else:
        try:
            hook(unraisable)
        except Exception as error:  # noqa: BLE001 - CPython reports the hook's own failure
            write(world, types.SimpleNamespace(
                exc_type=type(error), exc_value=error, exc_traceback=error.__traceback__,
                err_msg="Exception ignored in sys.unraisablehook", object=hook))
    return True


def write(world, unraisable, entries=None) -> None:
    """The version's own report on the guest's stderr (its default hook, 3.8+)."""
    from pyctk.runner import traceback_entries

    exc = unraisable.exc_value
    if entries is None:
        entries = traceback_entries(world.vm, exc) if isinstance(exc, BaseException) else []
    if world.opset.fact("unraisable_27", False):
        text = _text27(world, unraisable, exc)
    else:
        text = _text3(world, unraisable, exc, entries)
    stderr = world.sys.__dict__.get("stderr")
    try:
        (stderr if stderr is not None else sys.stderr).write(text)
    except Exception:  # noqa: BLE001 - CPython gives up silently when stderr fails too
        pass


def _text27(world, unraisable, exc) -> str:
    """2.7's PyErr_WriteUnraisable: one line, no traceback."""
    guest_repr = world.vm.builtins_for(world.opset).get("repr", repr)
    cls = type(exc)
    module = getattr(cls, "__module__", None)
    name = cls.__name__ if module in (None, "exceptions", "builtins") else f"{module}.{cls.__name__}"
    try:
        value = guest_repr(exc)
    except Exception:  # noqa: BLE001
        value = "<unprintable>"
    where = ""
    if unraisable.object is not None:
        try:
            where = " in " + guest_repr(unraisable.object)
        except Exception:  # noqa: BLE001
            where = " in <unprintable>"
    return f"Exception {name}: {value}{where} ignored\n"


def _text3(world, unraisable, exc, entries) -> str:
    """3.x: the object, the traceback (only this exception's: no chained ones, no notes),
    the exception's line."""
    from pyctk.runtime.traceback.common import _Ctx
    from pyctk.runtime.traceback.printer3 import _PyC3

    style = world.opset.traceback_style
    printer = _PyC3(_Ctx(style, lambda e: entries, list(world.sys.path), None, None))
    pieces = []
    message = getattr(unraisable, "err_msg", None) or "Exception ignored in"
    if unraisable.object is not None:
        try:
            shown = repr(unraisable.object)
        except Exception:  # noqa: BLE001
            shown = "<object repr() failed>"
        pieces.append(f"{message}: {shown}\n")
    elif getattr(unraisable, "err_msg", None):
        pieces.append(f"{message}:\n")
    if entries:
        pieces.append("Traceback (most recent call last):\n")
    for entry in entries:
        frame = printer.frame(entry)
        # 3.13 writes unraisables with its C printer, which draws no carets any more.
        pieces.extend(frame[:2] if style.printer == "py313" else frame)
    printer.message(type(exc), exc, exc is not None)
    pieces.extend(printer.out)
    pieces.append("\n")
    return "".join(pieces)
