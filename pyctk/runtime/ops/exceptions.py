"""Raising and handling exceptions; ``with`` statements; the block stack (until 3.10)."""

from __future__ import annotations

import attrs

import pyctk.runtime as runtime  # (its module translate imports this one: read at call time)
from pyctk.errors import PyctkError
from pyctk.runtime.frame import EXCEPT, FINALLY, HANDLER, LOOP, Block
from pyctk.runtime.hostcompat import BaseExceptionGroup
from pyctk.runtime.objects import NULL
from pyctk.runtime.ops import PLAIN, Exit, Kind, effect, fusable, jump, jump_and_next, operand
from pyctk.runtime.ops.arith import exception_match
from pyctk.runtime.ops.control import Return
from pyctk.runtime.signals import CALL, FUSED_CALL, RETURN
from pyctk.runtime.unwind import set_context, unwind_except_handler
from pyctk.trace import StopRun

# -- raising ------------------------------------------------------------------------------


def make_exception(value, what="exceptions must derive from BaseException"):
    if isinstance(value, type) and issubclass(value, BaseException):
        value = value()
        if not isinstance(value, BaseException):
            raise TypeError(
                f"calling {value!r} should have returned an instance of BaseException, not {type(value).__name__}"
            )
        return value
    if isinstance(value, BaseException):
        return value
    raise TypeError(what)


def reraise(vm, exc):
    """Raise ``exc`` again without adding a traceback entry for this frame."""
    vm.reraise = True
    raise exc


def reraise_handled(vm, no_active):
    """A bare ``raise``: the exception being handled, again; ``no_active`` (the version's
    error) when there is none."""
    exc = vm.handled
    if exc is None:
        raise no_active
    reraise(vm, exc)


def raise_varargs(frame, argc):
    vm = frame.vm
    s = frame.stack
    if argc == 0:
        reraise_handled(vm, RuntimeError(frame.opset.fact("no_active_exception")))
    cause = s.pop() if argc == 2 else NULL
    exc = make_exception(s.pop())
    if cause is not NULL:
        if cause is None:
            exc.__cause__ = None
        else:
            exc.__cause__ = make_exception(cause, "exception causes must derive from BaseException")
    set_context(exc, vm.handled)
    raise exc


def load_assertion_error(frame, arg):
    frame.stack.append(AssertionError)


# -- the block stack ------------------------------------------------------------------------


@operand(jump)
def setup_finally(frame, target):
    frame.blocks.append(Block(FINALLY, target, len(frame.stack)))


@operand(jump)
def setup_except(frame, target):
    frame.blocks.append(Block(EXCEPT, target, len(frame.stack)))


@operand(jump)
def setup_loop(frame, target):
    frame.blocks.append(Block(LOOP, target, len(frame.stack)))


def pop_block(frame, arg):
    frame.blocks.pop()


def pop_except_36(frame, arg):
    """Until 3.7: drop everything above the handler's saved state, then restore it."""
    block = frame.blocks.pop()
    if block.kind != HANDLER:
        raise SystemError("popped block is not an except handler")
    unwind_except_handler(frame.vm, frame, block)


def pop_except(frame, arg):
    """3.8–3.10: the saved state is the top three values (a return value may sit below)."""
    block = frame.blocks.pop()
    if block.kind != HANDLER:
        raise SystemError("popped block is not an except handler")
    s = frame.stack
    s.pop()
    frame.vm.handled = s.pop()
    s.pop()


def reraise_top(frame, arg, pc=None):
    """RERAISE (3.9, 3.10): the handled exception's (tb, value, type) are on the stack."""
    s = frame.stack
    s.pop()
    exc = s.pop()
    s.pop()
    return reraise_at(frame, exc, pc)


@operand(jump)
def jump_if_not_exc_match(frame, target):
    s = frame.stack
    right = s.pop()
    left = s.pop()
    if not exception_match(left, right):
        return target


# -- with ----------------------------------------------------------------------------------


def context_methods(frame, manager, enter_name, exit_name, error_fact):
    """(type, enter, exit) of a (sync or async) context manager, looked up on its type as
    CPython does; a missing one raises the version's ``error_fact``."""
    tp = type(manager)
    enter = getattr(tp, enter_name, NULL)
    if enter is NULL:
        raise frame.opset.fact(error_fact)(tp, enter_name)
    exit_ = getattr(tp, exit_name, NULL)
    if exit_ is NULL:
        raise frame.opset.fact(error_fact)(tp, exit_name)
    return tp, enter, exit_


def enter_context(frame, manager):
    """(bound __exit__, result of __enter__), looked up on the type as CPython does."""
    tp, enter, exit_ = context_methods(frame, manager, "__enter__", "__exit__", "with_protocol_error")
    bound_exit = exit_.__get__(manager, tp) if hasattr(exit_, "__get__") else exit_
    bound_enter = enter.__get__(manager, tp) if hasattr(enter, "__get__") else enter
    return bound_exit, bound_enter()


@operand(jump)
def setup_with(frame, target):
    s = frame.stack
    exit_, result = enter_context(frame, s[-1])
    s[-1] = exit_
    frame.blocks.append(Block(FINALLY, target, len(s)))
    s.append(result)


def with_except_start(frame, arg):
    """3.9, 3.10: call __exit__ with the exception being handled."""
    s = frame.stack
    exc_type, value, tb = s[-1], s[-2], s[-3]
    exit_ = s[-7]
    s.append(exit_(exc_type, value, tb))


# -- 3.8: finally blocks as subroutines ------------------------------------------------------


def begin_finally(frame, arg):
    frame.stack.append(NULL)


@operand(jump_and_next)
def call_finally(frame, where):
    target, return_to = where
    frame.stack.append(return_to)
    return target


def pop_finally(frame, preserve_tos):
    s = frame.stack
    res = s.pop() if preserve_tos else None
    exc = s.pop()
    if exc is not NULL and type(exc) is not int:
        s.pop()
        s.pop()
        block = frame.blocks.pop()
        if block.kind != HANDLER:
            raise SystemError("popped block is not an except handler")
        # The stack is at block.level + 3: the saved exception state.
        s.pop()
        frame.vm.handled = s.pop()
        s.pop()
    if preserve_tos:
        s.append(res)


def end_finally_38(frame, arg, pc=None):
    s = frame.stack
    exc = s.pop()
    if exc is NULL:
        return None
    if type(exc) is int:
        return exc
    value = s.pop()
    s.pop()
    return reraise_at(frame, value, pc)


def exit_with_exception(frame):
    """Call __exit__ with the exception whose (tb, value, type) sit above the saved
    state, first moving the saved state down over the exit function (as CPython does),
    and push (type, result)."""
    s = frame.stack
    exc_type, value, tb = s[-1], s[-2], s[-3]
    exit_ = s[-7]
    s[-7], s[-6], s[-5] = s[-6], s[-5], s[-4]
    s[-4] = NULL
    frame.blocks[-1].level -= 1
    result = exit_(exc_type, value, tb)
    s.append(exc_type)
    s.append(result)


def with_cleanup_start_38(frame, arg):
    s = frame.stack
    if s[-1] is not NULL:
        return exit_with_exception(frame)
    s.pop()
    exit_ = s[-1]
    s[-1] = NULL
    s.append(None)
    s.append(exit_(None, None, None))


def with_cleanup_finish_38(frame, arg):
    s = frame.stack
    res = s.pop()
    exc = s.pop()
    if exc is not None and res:
        unwind_except_handler(frame.vm, frame, frame.blocks.pop())
        s.append(NULL)


# -- 3.6, 3.7: loops and finally blocks unwound by "why" codes -------------------------------

WHY_EXCEPTION = 0x0002
WHY_RETURN = 0x0008
WHY_BREAK = 0x0010
WHY_CONTINUE = 0x0020
WHY_SILENCED = 0x0080


class Why(int):
    """A why-code on the stack: never confused with a guest int."""

    __slots__ = ()


def unwind_why(frame, why, retval=None, continue_target=None):
    """Unwind blocks for break/continue/return; returns the jump target or RETURN."""
    vm = frame.vm
    blocks = frame.blocks
    s = frame.stack
    while blocks:
        block = blocks[-1]
        if block.kind == LOOP and why == WHY_CONTINUE:
            return continue_target
        blocks.pop()
        if block.kind == HANDLER:
            unwind_except_handler(vm, frame, block)
            continue
        del s[block.level :]
        if block.kind == LOOP and why == WHY_BREAK:
            return block.handler
        if block.kind == FINALLY:
            if why in (WHY_RETURN, WHY_CONTINUE):
                s.append(retval if why == WHY_RETURN else continue_target)
            s.append(Why(why))
            return block.handler
    if why == WHY_RETURN:
        frame.retval = retval
        return RETURN
    raise SystemError(f"block stack exhausted unwinding why={why}")


def break_loop(frame, arg):
    return unwind_why(frame, WHY_BREAK)


@operand(jump)
def continue_loop(frame, target):
    return unwind_why(frame, WHY_CONTINUE, continue_target=target)


def return_value_36(frame, arg):
    value = frame.stack.pop()
    if frame.blocks:
        return unwind_why(frame, WHY_RETURN, value)
    frame.retval = value
    return RETURN


return_value_36.fusion = Return(unless=("blocks",))  # plain when no block is set up


def end_finally_36(frame, arg):
    s = frame.stack
    status = s.pop()
    if type(status) is Why:
        why = int(status)
        if why == WHY_SILENCED:
            block = frame.blocks.pop()
            unwind_except_handler(frame.vm, frame, block)
            return None
        if why == WHY_RETURN:
            return unwind_why(frame, why, s.pop())
        if why == WHY_CONTINUE:
            return unwind_why(frame, why, continue_target=s.pop())
        return unwind_why(frame, why)
    if isinstance(status, type) and issubclass(status, BaseException):
        value = s.pop()
        s.pop()
        reraise(frame.vm, value)
    if status is not None:
        raise SystemError("'finally' pops bad exception")


def with_cleanup_start_36(frame, arg):
    s = frame.stack
    exc = s[-1]
    if exc is None:
        s.pop()
        exit_ = s[-1]
        s[-1] = None
    elif type(exc) is Why:
        s.pop()
        if exc in (WHY_RETURN, WHY_CONTINUE):
            exit_ = s[-2]
            s[-2] = s[-1]
        else:
            exit_ = s[-1]
        s[-1] = exc
        exc = None
    else:
        return exit_with_exception(frame)
    s.append(exc)
    s.append(exit_(None, None, None))


def with_cleanup_finish_36(frame, arg):
    s = frame.stack
    res = s.pop()
    exc = s.pop()
    if exc is not None and res:
        s.append(Why(WHY_SILENCED))


# -- 3.11+: handlers found in the exception table (runtime/table_unwind.py) -----------------


def push_exc_info(frame, arg):
    """(exc -- previously handled, exc): enter a handler."""
    s = frame.stack
    vm = frame.vm
    exc = s[-1]
    s[-1] = vm.handled
    s.append(exc)
    vm.handled = exc


def pop_except_311(frame, arg):
    """(previously handled --): leave a handler."""
    frame.vm.handled = frame.stack.pop()


def reraise_311(frame, arg, pc=None):
    """Raise the exception on top again. (With an argument, CPython also resets the
    frame's lasti from the stack, which only line tracing sees; the table is looked
    up at the RERAISE itself either way.)"""
    return reraise_at(frame, frame.stack.pop(), pc)


def covered(frame, pc) -> bool:
    """Does a handler of ``frame``'s own cover the instruction before ``pc``: 3.11+'s table,
    or 2.7-3.10's except or finally block on the block stack?"""
    handler_at = frame.plan.handler_at
    if handler_at is not None:
        return handler_at[pc - 1] is not None
    for block in frame.blocks:
        if block.kind != HANDLER and block.kind != LOOP:
            return True
    return False


def reraise_at(frame, exc, pc):
    """Raise ``exc`` again (``reraise``) for a handler that re-raises. A translated function
    passes ``pc``, the index after the instruction (the loop passes None): where a handler
    of the frame's own covers it, the exception is handled as the function's catch of its
    raise would (``vm.handle_exception``: no traceback entry) without raising it through
    the host, and the handler's index returned (a ``finally``, or an ``except`` that does
    not match, passes one exception on several times)."""
    vm = frame.vm
    if pc is None or not covered(frame, pc) or isinstance(exc, (PyctkError, StopRun)):
        reraise(vm, exc)
    vm.reraise = True
    frame.pc = pc
    vm.handle_exception(frame, frame, exc, passing=True)
    tally = runtime.translate.TALLY  # the share tool's count: as on the raising path, an
    if tally is not None:  # instruction that raised is not one that ran
        tally[0] -= 1
    return frame.pc


@attrs.frozen
class Reraise(Kind):
    """A handler that may raise the exception being handled again (``RERAISE``,
    ``END_FINALLY``), called at the end of a run as an ``Exit`` is; in a translated
    function with the index after it, so that it goes to a handler of the frame's own
    without a host raise (``reraise_at``). ``change``: its stack effect."""

    change: int
    last = True

    def stack_effect(self, arg, jump):
        return self.change

    def describe(self, handler, operand):
        return (Reraise,), (handler, operand)

    @staticmethod
    def write(w, part) -> bool:
        if not w.runs_calls:
            return Exit.write(w, (Exit,))
        h, o = w.value(), w.value()
        w.spill()
        w.mark()
        w.emit(f"r = {h}(frame, {o}, {w.start + w.position + 1})")
        w.emit(f"if r is not None: return {FUSED_CALL} - {w.AFTER} if r == {CALL} else r")
        return False


def check_exc_match(frame, arg):
    s = frame.stack
    right = s.pop()
    s.append(exception_match(s[-1], right))


@attrs.frozen
class Handling(Kind):
    """3.11+'s except clause in a superinstruction: its entry (``push``: PUSH_EXC_INFO),
    its test of one clause (``match``: CHECK_EXC_MATCH) and its exit (``pop``:
    POP_EXCEPT), the exception being handled kept on the VM (``vm.handled``)."""

    op: str

    def stack_effect(self, arg, jump):
        return {"push": 1, "match": 0, "pop": -1}[self.op]

    def describe(self, handler, operand):
        return (Handling, self.op), ()

    @staticmethod
    def names():
        return {"exception_match": exception_match}

    @staticmethod
    def write(w, part) -> bool:
        op = part[1]
        w.mark()
        if op == "push":
            exc = w.pop()
            before = w.new()
            w.emit(f"{before} = frame.vm.handled")
            w.emit(f"frame.vm.handled = {exc}")
            w.push(before)
            w.push(exc)
        elif op == "match":
            right = w.pop()
            left = w.pop()
            matched = w.new()
            w.emit(f"{matched} = exception_match({left}, {right})")
            w.push(left)
            w.push(matched)
        else:
            w.emit(f"frame.vm.handled = {w.pop()}")
        return False


def _check_except_star_type(match_type):
    classes = match_type if isinstance(match_type, tuple) else (match_type,)
    for cls in classes:
        if not (isinstance(cls, type) and issubclass(cls, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(cls, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")


def _copy_guest_traceback(vm, source, target):
    tb = vm.guest_traceback(source)
    if tb:
        try:
            target.__dict__["__pyctk_tb__"] = tb
        except AttributeError:
            pass
    target.__traceback__ = source.__traceback__


def exception_group_match(vm, exc, match_type):
    """(match, rest) of ``except* match_type`` for ``exc``, as CPython's
    exception_group_match computes them."""
    if exc is None:
        return None, None
    if isinstance(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None
        wrapped = BaseExceptionGroup("", (exc,))
        _copy_guest_traceback(vm, exc, wrapped)
        return wrapped, None
    if isinstance(exc, BaseExceptionGroup):
        return exc.split(match_type)
    return None, None


def check_eg_match(frame, arg):
    """(exc, type -- rest, match); a match becomes the exception being handled."""
    s = frame.stack
    match_type = s.pop()
    _check_except_star_type(match_type)
    vm = frame.vm
    match, rest = exception_group_match(vm, s[-1], match_type)
    if match is not None:
        vm.handled = match
    s[-1] = rest
    s.append(match)


def _leaf_ids(exc, ids):
    if exc is None:
        return
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaf_ids(e, ids)
    else:
        ids.add(id(exc))


def _same_metadata(a, b):
    return (
        getattr(a, "__notes__", None) is getattr(b, "__notes__", None)
        and a.__traceback__ is b.__traceback__
        and a.__cause__ is b.__cause__
        and a.__context__ is b.__context__
    )


def prep_reraise_star(orig, excs):
    """CPython's _PyExc_PrepReraiseStar: what an ``except*`` statement raises at its end
    (None when nothing), given the group it caught and what each clause raised."""
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return excs[0]
    raised = []
    reraised = []
    for e in excs:
        if e is None:
            continue
        (reraised if _same_metadata(e, orig) else raised).append(e)
    ids = set()
    for e in reraised:
        _leaf_ids(e, ids)
    reraised_eg = orig.split(lambda leaf: id(leaf) in ids)[0] if ids else None
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) > 1:
        return BaseExceptionGroup("", raised)
    return raised[0]


def prep_reraise_star_311(frame, arg):
    s = frame.stack
    excs = s.pop()
    s[-1] = prep_reraise_star(s[-1], excs)


def before_with(frame, arg):
    """(manager -- bound __exit__, result of __enter__)."""
    s = frame.stack
    exit_, result = enter_context(frame, s[-1])
    s[-1] = exit_
    s.append(result)


def with_except_start_311(frame, arg):
    """(exit, lasti, previously handled, exc -- ..., exit(type, exc, tb))."""
    s = frame.stack
    exc = s[-1]
    exit_ = s[-4]
    s.append(exit_(type(exc), exc, exc.__traceback__))

# Called in the middle of a superinstruction (and of a translated block): they work on
# the frame's value and block stacks only (the stack spilled before them) and go on at
# the next instruction. An except clause's entry, match and exit are then no blocks of
# their own, nor the block set-ups of 2.7-3.10.
fusable(PLAIN, setup_finally, setup_except, setup_loop, pop_block, pop_except_36, pop_except, load_assertion_error)
fusable(Handling("push"), push_exc_info)
fusable(Handling("match"), check_exc_match)
fusable(Handling("pop"), pop_except_311)
fusable(Reraise(-1), reraise_311)
fusable(Reraise(-3), reraise_top)
fusable(Reraise(-6), end_finally_38)

# Stack effects of the handlers whose kind does not give one (checked against each
# version's dis.stack_effect by tests/test_single_definition.py).
effect(-6, pop_finally)
effect(-3, pop_except, with_cleanup_finish_38)
effect(-2, jump_if_not_exc_match)
effect(-1, prep_reraise_star_311)
effect(0, break_loop, check_eg_match, continue_loop, pop_block, setup_loop)
effect(1, before_with, load_assertion_error, with_except_start, with_except_start_311)
effect(2, with_cleanup_start_38)
effect(6, begin_finally)
effect(lambda arg, jump: -arg, raise_varargs)
effect(lambda arg, jump: 1 if jump else 0, call_finally)
