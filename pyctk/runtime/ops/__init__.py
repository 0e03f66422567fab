"""The shared opcode semantics, grouped by theme.

A handler is ``handler(frame, operand) -> None | jump index | signal`` and is named as its
opcode in lower case (``load_const`` for LOAD_CONST); where an opcode means different
things in different versions, each meaning is its own function with the version it
starts in as suffix (``end_finally_38``). ``@operand(prepare)`` declares what the decoder
hands the handler instead of the raw argument, computed once per instruction.
``@fusion(kind, ...)`` declares what ``runtime/fuse.py`` may do with it in a superinstruction:
write it inline (``push_fast``, ``apply``, ``branch``...), call it in the middle of a run
(``plain``: it only works on the frame and returns None) or at its end (``exit``: it may
return a jump or a signal other than a yield).
"""

from __future__ import annotations


def operand(prepare):
    def mark(handler):
        handler.operand = prepare
        return handler

    return mark


def fusion(*kind):
    def mark(handler):
        handler.fusion = kind
        return handler

    return mark


PLAIN = ("plain",)
EXIT = ("exit",)


def fusable(kind, *handlers) -> None:
    """Mark handlers made elsewhere (by a factory, or shared under another name)."""
    for handler in handlers:
        handler.fusion = kind


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
