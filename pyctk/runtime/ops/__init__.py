"""The shared opcode semantics, grouped by theme.

A handler is ``handler(frame, operand) -> None | jump index | signal`` and is named as its
opcode in lower case (``load_const`` for LOAD_CONST); where an opcode means different
things in different versions, each meaning is its own function with the version it
starts in as suffix (``end_finally_38``). ``@operand(prepare)`` declares what the decoder
hands the handler instead of the raw argument, computed once per instruction.
``@fusion(kind)`` declares what ``runtime/fuse.py`` may do with it in a superinstruction:
write it inline by the template its ``Kind`` carries (``PushFast``, ``Apply``, ``Branch``...,
each defined next to its handlers), call it in the middle of a run (``PLAIN``: it only works
on the frame and returns None) or at its end (``EXIT``: it may return a jump or a signal
other than a yield).
"""

from __future__ import annotations

import keyword

import attrs

from pyctk.runtime.signals import CALL, FUSED_CALL


def operand(prepare):
    def mark(handler):
        handler.operand = prepare
        return handler

    return mark


def fusion(kind):
    """Declare what ``runtime/fuse.py`` may do with the handler: ``kind`` is a ``Kind``."""

    def mark(handler):
        handler.fusion = kind
        return handler

    return mark


def fusable(kind, *handlers) -> None:
    """Mark handlers made elsewhere (by a factory, or shared under another name)."""
    for handler in handlers:
        handler.fusion = kind


def effect(change, *handlers):
    """Declare the stack effect of handlers whose kind does not give it (``PLAIN``,
    ``EXIT``, none): ``change`` is an int, or ``change(arg, jump) -> int``. With no
    handlers, a decorator. Read only by checks and tools (``stack_effect_of``), never
    while running."""

    def mark(handler):
        handler.stack_effect = change
        return handler

    for handler in handlers:
        mark(handler)
    return mark


def stack_effect_of(handler, arg, jump):
    """The stack effect an instruction run by ``handler`` declares (its own, else its
    kind's): ``jump`` True or False, or None for the larger of the two (as 3.6 and 3.7's
    ``dis.stack_effect``); None if it declares none."""
    if jump is None:
        both = [stack_effect_of(handler, arg, taken) for taken in (True, False)]
        return None if None in both else max(both)
    declared = getattr(handler, "stack_effect", None)
    if declared is None:
        kind = getattr(handler, "fusion", None)
        return None if kind is None else kind.stack_effect(arg, jump)
    return declared(arg, jump) if callable(declared) else declared


class Kind:
    """What a handler is inside a superinstruction, and the template that writes it.

    A kind is a typed declaration (an ``attrs`` class whose fields are its static facts),
    kept next to the handlers it describes, so that the handler and its inline template
    are read and changed together. ``runtime/fuse.py`` only finds runs and asks each
    instruction's kind for its code:

    - ``describe(handler, operand)`` gives ``(part, values)``: ``part`` is the static
      shape of the instruction in the generated code, a tuple whose first item is the
      ``Kind`` subclass that writes it (``part[0].write(w, part)``); ``values`` go into the
      fused step's operand (read in the code as ``o0``, ``o1``...).
    - ``write(w, part)`` (a static method) writes it with ``fuse._Writer`` ``w``; True if
      it ended the step (returned).
    - ``names()``: the module-level names its code uses (besides ``NULL``).
    - ``last``: the instruction may only end a run (it leaves the frame, or may);
      ``runs_on_translated``: except in a translated function, where the run goes on
      after it (a call runs its callee to its end there, ``translate.py``).
    - ``in_run(instructions, index)``: the kind to use at this place (a call may have to
      run as its handler).
    - ``stack_effect(arg, jump)``: the net change of the value stack's depth an instruction
      of this kind makes (with argument ``arg``; ``jump``: whether it jumped), as CPython's
      ``dis.stack_effect`` gives it; None where the handler declares its own (``effect``).
    """

    last = False
    runs_on_translated = False

    constant_effect = None  # the stack effect, where no field or argument changes it

    def stack_effect(self, arg, jump):
        return self.constant_effect

    def describe(self, handler, operand):
        return (type(self),), (operand,)

    def in_run(self, instructions, index):
        return self

    @staticmethod
    def names() -> dict:
        return {}

    @staticmethod
    def write(w, part) -> bool:  # pragma: no cover - each kind writes itself
        raise NotImplementedError


def attribute_name(w, key: str):
    """The attribute name ``key`` (a value of the block) where generated code may write
    it as ``obj.name``, which the host's own attribute caches serve: known when the code
    is written (a translated block), and read as itself in host source (ASCII: the
    host's parser normalizes other identifiers; no keyword). Else None: ``getattr(obj,
    key)``. (Generated code is in no class: no name is mangled.)"""
    name = w.constant(key)
    if type(name) is str and name.isascii() and name.isidentifier() and not keyword.iskeyword(name):
        return name
    return None


def attribute_of(w, obj: str, key: str) -> str:
    """The expression for attribute ``key`` of ``obj`` (``attribute_name``)."""
    name = attribute_name(w, key)
    return f"{obj}.{name}" if name is not None else f"getattr({obj}, {key})"


def _call_itself(w, into):
    """Emit the call of an instruction's own handler with its operand (the values
    ``describe`` gave), after the stack is spilled for it; its result goes ``into``."""
    h, o = w.value(), w.value()
    w.spill()
    w.mark()
    w.emit(f"{into}{h}(frame, {o})")


@attrs.frozen
class Plain(Kind):
    """Called as itself in the middle of a run: it only works on the frame and returns None."""

    def describe(self, handler, operand):
        return (Plain,), (handler, operand)

    @staticmethod
    def write(w, part) -> bool:
        _call_itself(w, "")
        return False


@attrs.frozen
class Exit(Kind):
    """Called as itself at the end of a run: it may return a jump or a signal (not a yield)."""

    last = True

    def describe(self, handler, operand):
        return (Exit,), (handler, operand)

    @staticmethod
    def write(w, part) -> bool:
        _call_itself(w, "r = ")
        if w.runs_calls:  # a translated function: None falls through to the next block's test
            w.emit(f"if r is not None: return {FUSED_CALL} - {w.AFTER} if r == {CALL} else r")
            return False
        w.emit(f"if r is None: return {w.AFTER}")
        w.emit(f"return {FUSED_CALL} - {w.AFTER} if r == {CALL} else r")
        return True


PLAIN = Plain()
EXIT = Exit()


# -- operand preparers: (code, instruction) -> value ------------------------------------


def const(code, ins):
    return code.co_consts[ins.arg]


def name(code, ins):
    return code.co_names[ins.arg]


def jump(code, ins):
    return ins.target


def jump_and_next(code, ins):
    """(target, index of the next instruction): for handlers that push a return point."""
    return (ins.target, ins.index + 1)


def index(code, ins):
    """The instruction's own index: for handlers that must re-run or resume themselves."""
    return ins.index
