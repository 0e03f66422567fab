"""Jumps, loops and returning."""

from __future__ import annotations

from pyctk.runtime.ops import const, jump, operand
from pyctk.runtime.vm import RETURN


@operand(jump)
def jump_forward(frame, target):
    return target


jump_absolute = jump_forward


@operand(jump)
def pop_jump_if_false(frame, target):
    if not frame.stack.pop():
        return target


@operand(jump)
def pop_jump_if_true(frame, target):
    if frame.stack.pop():
        return target


@operand(jump)
def jump_if_false_or_pop(frame, target):
    s = frame.stack
    if not s[-1]:
        return target
    s.pop()


@operand(jump)
def jump_if_true_or_pop(frame, target):
    s = frame.stack
    if s[-1]:
        return target
    s.pop()


def get_iter(frame, arg):
    s = frame.stack
    s[-1] = iter(s[-1])


@operand(jump)
def for_iter(frame, target):
    s = frame.stack
    try:
        s.append(next(s[-1]))
    except StopIteration:
        s.pop()
        return target


def return_value(frame, arg):
    frame.retval = frame.stack.pop()
    return RETURN


# -- 3.11+ ----------------------------------------------------------------------------------

jump_backward = jump_forward


def resume(frame, arg):
    pass


@operand(jump)
def pop_jump_if_none(frame, target):
    if frame.stack.pop() is None:
        return target


@operand(jump)
def pop_jump_if_not_none(frame, target):
    if frame.stack.pop() is not None:
        return target


def _after_end_for(skip):
    def prepare(code, ins):
        return ins.target + skip

    return prepare


@operand(_after_end_for(1))
def for_iter_312(frame, target):
    """3.12: when exhausted, pop the iterator and skip the END_FOR at the target."""
    s = frame.stack
    try:
        s.append(next(s[-1]))
    except StopIteration:
        s.pop()
        return target


@operand(_after_end_for(2))
def for_iter_313(frame, target):
    """3.13: when exhausted, pop the iterator and skip END_FOR and POP_TOP at the target."""
    s = frame.stack
    try:
        s.append(next(s[-1]))
    except StopIteration:
        s.pop()
        return target


def end_for_312(frame, arg):
    """3.12: the value and the iterator."""
    s = frame.stack
    s.pop()
    s.pop()


def end_for_313(frame, arg):
    frame.stack.pop()


@operand(const)
def return_const(frame, value):
    frame.retval = value
    return RETURN
