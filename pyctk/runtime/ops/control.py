"""Jumps, loops and returning."""

from __future__ import annotations

import attrs

from pyctk.runtime.ops import PLAIN, Kind, const, effect, fusable, fusion, jump, operand
from pyctk.runtime.signals import RETURN

# -- in a superinstruction: the templates runtime/fuse.py writes for these -----------------
# (defined before the handlers, which declare them)


@attrs.frozen
class Branch(Kind):
    """POP_JUMP_IF_*: pop the condition; jump when ``test`` (an expression of it) holds.
    ``keep``: JUMP_IF_*_OR_POP, the value stays when the jump is taken."""

    test: str
    keep: bool = False

    def stack_effect(self, arg, jump):
        return 0 if self.keep and jump else -1

    def describe(self, handler, operand):
        return (Branch, self.test, self.keep), (operand,)

    @staticmethod
    def write(w, part) -> bool:
        _, test, keep = part
        target = w.value()
        w.mark()
        cond = w.pop()
        w.spill()
        w.emit(f"if {test.format(cond)}:")
        if keep:
            w.emit(f"s.append({cond})", 1)
        w.emit(f"return {target}", 1)
        return False


@attrs.frozen
class Jump(Kind):
    last = True
    constant_effect = 0

    @staticmethod
    def write(w, part) -> bool:
        target = w.value()
        w.spill()
        w.emit(f"return {target}")
        return True


@attrs.frozen
class Iter(Kind):
    def stack_effect(self, arg, jump):
        # Exhausted (the jump), it pops the iterator; 3.12+ CPython leaves that to the END_FOR
        # at the target, which pyctk's FOR_ITER skips.
        return -1 if jump else 1

    @staticmethod
    def write(w, part) -> bool:
        target = w.value()
        w.spill()
        w.mark()
        v = w.new()
        w.emit("try:")
        w.emit(f"{v} = next(s[-1])", 1)
        w.emit("except StopIteration:")
        w.emit("s.pop()", 1)
        w.emit(f"return {target}", 1)
        w.push(v)
        return False


@attrs.frozen
class Return(Kind):
    """RETURN_VALUE; ``unless``: frame fields that, when set, need the handler itself
    (2.7-3.7's blocks to unwind through)."""

    last = True
    unless: tuple = ()

    constant_effect = -1

    def describe(self, handler, operand):
        if self.unless:
            return (ReturnUnless, self.unless), (handler, operand)
        return (Return,), ()

    @staticmethod
    def write(w, part) -> bool:
        if not w.vstack:
            w.mark()
        w.emit(f"frame.retval = {w.pop()}")
        w.emit(f"return {RETURN}")
        return True


class ReturnUnless(Kind):
    """Written for a ``Return`` with ``unless`` fields."""

    @staticmethod
    def write(w, part) -> bool:
        h, o = w.value(), w.value()
        if not w.vstack:
            w.mark()
        value = w.pop()
        w.spill()
        w.emit(f"if not ({' or '.join('frame.' + field for field in part[1])}):")
        w.emit(f"frame.retval = {value}", 1)
        w.emit(f"return {RETURN}", 1)
        w.emit(f"s.append({value})")
        w.mark()
        w.emit(f"return {h}(frame, {o})")
        return True


@attrs.frozen
class ReturnConst(Kind):
    last = True
    constant_effect = 0

    @staticmethod
    def write(w, part) -> bool:
        w.emit(f"frame.retval = {w.value()}")
        w.emit(f"return {RETURN}")
        return True


@fusion(Jump())
@operand(jump)
def jump_forward(frame, target):
    return target


jump_absolute = jump_forward


@fusion(Branch("not {0}"))
@operand(jump)
def pop_jump_if_false(frame, target):
    if not frame.stack.pop():
        return target


@fusion(Branch("{0}"))
@operand(jump)
def pop_jump_if_true(frame, target):
    if frame.stack.pop():
        return target


@fusion(Branch("not {0}", keep=True))
@operand(jump)
def jump_if_false_or_pop(frame, target):
    s = frame.stack
    if not s[-1]:
        return target
    s.pop()


@fusion(Branch("{0}", keep=True))
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

    @fusion(Iter())
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


@fusion(Return())
def return_value(frame, arg):
    frame.retval = frame.stack.pop()
    return RETURN


# -- 3.11+ ----------------------------------------------------------------------------------

jump_backward = jump_forward


@fusion(Branch("{0} is None"))
@operand(jump)
def pop_jump_if_none(frame, target):
    if frame.stack.pop() is None:
        return target


@fusion(Branch("{0} is not None"))
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


@fusion(ReturnConst())
@operand(const)
def return_const(frame, value):
    frame.retval = value
    return RETURN


fusable(PLAIN, get_iter, end_for_312)

# Stack effects of the handlers whose kind does not give one (checked against each
# version's dis.stack_effect by tests/test_single_definition.py).
effect(-2, end_for_312)
effect(0, get_iter)
