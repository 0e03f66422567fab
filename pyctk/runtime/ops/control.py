"""Jumps, loops and returning."""

from __future__ import annotations

from pyctk.runtime.ops import jump, operand
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
