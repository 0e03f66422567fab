"""Jumps, loops and returning."""

from __future__ import annotations

from pyctk.runtime.ops import PLAIN, const, fusable, fusion, jump, operand
from pyctk.runtime.signals import RETURN


@fusion("jump")
@operand(jump)
def jump_forward(frame, target):
    return target


jump_absolute = jump_forward


@fusion("branch", "false")
@operand(jump)
def pop_jump_if_false(frame, target):
    if not frame.stack.pop():
        return target


@fusion("branch", "true")
@operand(jump)
def pop_jump_if_true(frame, target):
    if frame.stack.pop():
        return target


@fusion("branch_or_pop", "false")
@operand(jump)
def jump_if_false_or_pop(frame, target):
    s = frame.stack
    if not s[-1]:
        return target
    s.pop()


@fusion("branch_or_pop", "true")
@operand(jump)
def jump_if_true_or_pop(frame, target):
    s = frame.stack
    if s[-1]:
        return target
    s.pop()


def get_iter(frame, arg):
    s = frame.stack
    s[-1] = iter(s[-1])


def _for_iter(prepare, doc):
    """FOR_ITER: push the iterator's next value; when it is exhausted, pop the iterator
    and jump to what ``prepare`` makes of the target (versions differ only there)."""

    @fusion("iter")
    @operand(prepare)
    def for_iter(frame, target):
        s = frame.stack
        try:
            s.append(next(s[-1]))
        except StopIteration:
            s.pop()
            return target

    for_iter.__doc__ = doc
    return for_iter


for_iter = _for_iter(jump, "Until 3.11: jump to the target.")


@fusion("return")
def return_value(frame, arg):
    frame.retval = frame.stack.pop()
    return RETURN


# -- 3.11+ ----------------------------------------------------------------------------------

jump_backward = jump_forward


@fusion("nop")
def resume(frame, arg):
    pass


@fusion("branch", "none")
@operand(jump)
def pop_jump_if_none(frame, target):
    if frame.stack.pop() is None:
        return target


@fusion("branch", "not_none")
@operand(jump)
def pop_jump_if_not_none(frame, target):
    if frame.stack.pop() is not None:
        return target


def _after_end_for(skip):
    def prepare(code, ins):
        return ins.target + skip

    return prepare


for_iter_312 = _for_iter(_after_end_for(1), "3.12: skip the END_FOR at the target.")
for_iter_313 = _for_iter(_after_end_for(2), "3.13: skip END_FOR and POP_TOP at the target.")


def end_for_312(frame, arg):
    """3.12: the value and the iterator."""
    s = frame.stack
    s.pop()
    s.pop()


def end_for_313(frame, arg):
    frame.stack.pop()


@fusion("return_const")
@operand(const)
def return_const(frame, value):
    frame.retval = value
    return RETURN


fusable(PLAIN, get_iter, end_for_312, end_for_313)
