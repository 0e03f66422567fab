"""Generators, coroutines and async generators: yielding, delegating, awaiting."""

from __future__ import annotations

import types

import attrs

from pyctk.code import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE
from pyctk.runtime.frame import FINALLY, Block
from pyctk.runtime.objects import AsyncGenValue, Coroutine, Generator
from pyctk.runtime.ops import Kind, effect, fusion, jump, operand
from pyctk.runtime.ops.exceptions import context_methods, reraise
from pyctk.runtime.signals import FUSED_YIELD, YIELD, YIELD_REPEAT
from pyctk.runtime.unwind import unwind_except_handler


def is_async_generator(code, ins):
    return bool(code.co_flags & CO_ASYNC_GENERATOR)


@attrs.frozen
class Yield(Kind):
    """YIELD_VALUE at the end of a run: the value yielded off the virtual stack, what is
    below it written to the value stack (the frame is suspended with it), and the index
    after the run returned as ``FUSED_YIELD - index`` for the loop to resume at. With
    ``operand_wraps`` the operand says the code is an async generator's (2.7-3.10)."""

    last = True
    operand_wraps: bool = False

    def describe(self, handler, operand):
        return (Yield, bool(self.operand_wraps and operand)), ()

    @staticmethod
    def names():
        from pyctk.runtime.translate import SUSPENDED

        return {"AsyncGenValue": AsyncGenValue, "SUSPENDED": SUSPENDED}

    @staticmethod
    def write(w, part) -> bool:
        if not w.vstack:
            w.mark()
        value = w.pop()
        w.spill()
        w.emit(f"frame.retval = AsyncGenValue({value})" if part[1] else f"frame.retval = {value}")
        if w.runs_calls:  # a translated function: suspended here, resumed at the next block
            w.emit(f"frame.pc = {w.AFTER}; frame.yielding = True")
            w.emit("return SUSPENDED")
        else:
            w.emit(f"return {FUSED_YIELD} - {w.AFTER}")
        return True


@fusion(Yield(operand_wraps=True))
@operand(is_async_generator)
def yield_value(frame, in_async_generator):
    value = frame.stack.pop()
    frame.retval = AsyncGenValue(value) if in_async_generator else value
    return YIELD


def send_to(receiver, value):
    """One step of ``yield from``/``await``: what the receiver yields; StopIteration ends it."""
    if value is None and hasattr(type(receiver), "__next__"):
        return next(receiver)
    return receiver.send(value)


def yield_from(frame, arg):
    s = frame.stack
    value = s.pop()
    receiver = s[-1]
    try:
        result = send_to(receiver, value)
    except StopIteration as stop:
        frame.delegate = None
        s[-1] = stop.value
        return None
    frame.delegate = receiver
    frame.retval = result
    return YIELD_REPEAT


def get_yield_from_iter(frame, arg):
    s = frame.stack
    value = s[-1]
    if isinstance(value, (Coroutine, types.CoroutineType)):
        if not frame.code.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE):
            raise TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
        return
    if isinstance(value, (Generator, types.GeneratorType)):
        return
    s[-1] = iter(value)


def awaitable_iter(obj, what=None):
    """CPython's _PyCoro_GetAwaitableIter."""
    if isinstance(obj, (Coroutine, types.CoroutineType)):
        return obj
    if isinstance(obj, types.GeneratorType) and obj.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return obj  # a types.coroutine generator
    getter = getattr(type(obj), "__await__", None)
    if getter is None:
        raise TypeError(what or f"object {type(obj).__name__} can't be used in 'await' expression")
    result = getter(obj)
    if isinstance(result, (Coroutine, types.CoroutineType)):
        raise TypeError("__await__() returned a coroutine")
    if not hasattr(type(result), "__next__"):
        raise TypeError(f"__await__() returned non-iterator of type '{type(result).__name__}'")
    return result


def get_awaitable(frame, arg):
    s = frame.stack
    it = awaitable_iter(s[-1])
    if isinstance(it, Coroutine) and it.frame is not None and it.frame.delegate is not None:
        raise RuntimeError("coroutine is being awaited already")
    s[-1] = it


def _async_for_method(obj, name, what):
    """``name`` looked up on ``obj``'s type, as ``async for`` needs it."""
    getter = getattr(type(obj), name, None)
    if getter is None:
        raise TypeError(f"'async for' requires {what} with {name} method, got {type(obj).__name__}")
    return getter


def get_aiter(frame, arg):
    s = frame.stack
    obj = s[-1]
    it = _async_for_method(obj, "__aiter__", "an object")(obj)
    if not hasattr(type(it), "__anext__"):
        raise TypeError(
            f"'async for' received an object from __aiter__ that does not implement __anext__: {type(it).__name__}"
        )
    s[-1] = it


class _Ready:
    """An awaitable that is done at once with ``value`` (3.6's wrapper for __aiter__)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(self.value)

    def send(self, value):
        raise StopIteration(self.value)


def get_aiter_36(frame, arg):
    """3.6: the compiler awaits what GET_AITER leaves, so wrap the iterator."""
    get_aiter(frame, arg)
    s = frame.stack
    s[-1] = _Ready(s[-1])


def get_anext(frame, arg):
    s = frame.stack
    aiter = s[-1]
    awaitable = _async_for_method(aiter, "__anext__", "an iterator")(aiter)
    try:
        s.append(awaitable_iter(awaitable))
    except TypeError:
        raise TypeError(
            f"'async for' received an invalid object from __anext__: {type(awaitable).__name__}"
        ) from None


def before_async_with(frame, arg):
    s = frame.stack
    manager = s[-1]
    tp, enter, exit_ = context_methods(frame, manager, "__aenter__", "__aexit__", "async_with_protocol_error")
    s[-1] = exit_.__get__(manager, tp)
    s.append(enter.__get__(manager, tp)())


@operand(jump)
def setup_async_with(frame, target):
    s = frame.stack
    result = s.pop()
    frame.blocks.append(Block(FINALLY, target, len(s)))
    s.append(result)


def end_async_for(frame, arg):
    """3.8–3.10: end an ``async for`` on StopAsyncIteration, re-raise anything else."""
    s = frame.stack
    exc_type = s.pop()
    if isinstance(exc_type, type) and issubclass(exc_type, StopAsyncIteration):
        unwind_except_handler(frame.vm, frame, frame.blocks.pop())
        s.pop()  # the async iterator
        return None
    value = s.pop()
    s.pop()
    reraise(frame.vm, value)


def gen_start(frame, arg):
    """3.10 pops the value sent to start a generator; pyctk never pushes it."""


def print_expr(frame, arg):
    frame.vm.world.sys.displayhook(frame.stack.pop())  # the guest's hook (doctest sets it)


# -- facts of the ``yield from`` model (until 3.10) ------------------------------------------


def throw_into_delegate_yield_from(vm, frame, exc):
    """``gen.throw(exc)`` while suspended in YIELD_FROM (frame.pc is that instruction):
    the sub-iterator gets the exception first, as CPython's _gen_throw does."""
    delegate = frame.delegate
    frame.delegate = None
    resume_after = frame.pc + 1
    if isinstance(exc, GeneratorExit):
        close = getattr(delegate, "close", None)
        if close is not None:
            try:
                close()
            except BaseException as error:
                exc = error
        frame.pc = resume_after
        return vm.loop(frame, pending=exc)
    throw = getattr(delegate, "throw", None)
    if throw is None:
        frame.pc = resume_after
        return vm.loop(frame, pending=exc)
    try:
        value = throw(exc)
    except StopIteration as stop:
        frame.stack[-1] = stop.value
        frame.pc = resume_after
        return vm.loop(frame)
    except BaseException as error:
        frame.stack.pop()
        frame.pc = resume_after
        return vm.loop(frame, pending=error)
    frame.delegate = delegate
    frame.yielding = True
    return value


def throw_pc_unchanged(frame):
    return frame.pc


def start_generator_nothing(frame):
    pass


def _kind_of(gen):
    from pyctk.runtime.objects import AsyncGenerator

    if isinstance(gen, Coroutine):
        return "coroutine"
    if isinstance(gen, AsyncGenerator):
        return "async generator"
    return "generator"


def generator_error_pep479(gen, error):
    """3.7+: StopIteration escaping a generator becomes RuntimeError (PEP 479)."""
    from pyctk.runtime.objects import AsyncGenerator

    if isinstance(error, StopIteration):
        raise RuntimeError(f"{_kind_of(gen)} raised StopIteration") from error
    if isinstance(error, StopAsyncIteration) and isinstance(gen, AsyncGenerator):
        raise RuntimeError("async generator raised StopAsyncIteration") from error


CO_FUTURE_GENERATOR_STOP = 0x80000


def generator_error_36(gen, error):
    """3.6: PEP 479 for coroutines and async generators, and for generators only under
    ``from __future__ import generator_stop``."""
    if isinstance(gen, Generator) and not gen.code_flags & CO_FUTURE_GENERATOR_STOP:
        return
    generator_error_pep479(gen, error)


# -- 3.11+: the generator frame yields from SEND's loop; async values wrapped by an op ------


def return_generator(frame, arg):
    """The generator object exists already (the call made it); what CPython's first
    resume pushes (the value sent, None) is pushed here, for the POP_TOP that follows."""
    frame.stack.append(None)


@fusion(Yield())
def yield_value_311(frame, arg):
    frame.retval = frame.stack.pop()
    return YIELD


def async_gen_wrap(frame, arg):
    """ASYNC_GEN_WRAP (3.11) / its 3.12 intrinsic: what follows is an async generator's own
    value, not one its awaits pass up."""
    s = frame.stack
    s[-1] = AsyncGenValue(s[-1])


@operand(jump)
def send_311(frame, target):
    """3.11: (receiver, value -- receiver, yielded); when the receiver is done its result
    replaces it and SEND jumps."""
    s = frame.stack
    value = s.pop()
    receiver = s[-1]
    frame.delegate = None
    try:
        result = send_to(receiver, value)
    except StopIteration as stop:
        s[-1] = stop.value
        return target
    frame.delegate = receiver
    s.append(result)


@operand(jump)
def send_312(frame, target):
    """3.12+: when the receiver is done, (receiver, result) and a jump to END_SEND."""
    s = frame.stack
    value = s.pop()
    receiver = s[-1]
    frame.delegate = None
    try:
        result = send_to(receiver, value)
    except StopIteration as stop:
        s.append(stop.value)
        return target
    frame.delegate = receiver
    s.append(result)


def end_send(frame, arg):
    s = frame.stack
    value = s.pop()
    s[-1] = value


def cleanup_throw(frame, arg):
    """(receiver, sent value, exc -- None, value): a StopIteration thrown through a
    ``yield from``/``await`` ends it with its value; anything else goes on unwinding."""
    s = frame.stack
    exc = s.pop()
    if isinstance(exc, StopIteration):
        s.pop()
        s[-1] = None
        s.append(exc.value)
        return None
    reraise(frame.vm, exc)


def end_async_for_311(frame, arg):
    """(async iterator, exc --) on StopAsyncIteration; anything else re-raised."""
    s = frame.stack
    exc = s.pop()
    if isinstance(exc, StopAsyncIteration):
        s.pop()
        return None
    reraise(frame.vm, exc)


def get_awaitable_311(frame, where):
    """As GET_AWAITABLE, with the messages that say which ``async with`` step failed."""
    s = frame.stack
    obj = s[-1]
    if where in (1, 2) and not isinstance(obj, (Coroutine, types.CoroutineType, types.GeneratorType)):
        if getattr(type(obj), "__await__", None) is None:
            method = "__aenter__" if where == 1 else "__aexit__"
            raise TypeError(
                f"'async with' received an object from {method} that does not implement __await__: "
                f"{type(obj).__name__}"
            )
    get_awaitable(frame, where)


def throw_pc_push_none(frame):
    """3.11+: a thrown-in exception is raised after the resume value (None) is pushed."""
    frame.stack.append(None)
    return frame.pc


def _close_delegate(delegate, exc):
    close = getattr(delegate, "close", None)
    if close is not None:
        try:
            close()
        except BaseException as error:
            return error
    return exc


def throw_into_delegate_send_311(vm, frame, exc):
    """``gen.throw(exc)`` while suspended in SEND's loop (3.11): the delegate gets it
    first; if it finishes, the frame goes on at SEND's target (with its result, or
    raising its error from the instruction before the target)."""
    return _throw_into_delegate(vm, frame, exc, _delegate_ended_311)


def _delegate_ended_311(vm, frame, error):
    frame.pc = frame.instructions[frame.pc - 2].target  # SEND's target
    if isinstance(error, StopIteration):
        frame.stack[-1] = error.value
        return vm.loop(frame)
    frame.stack[-1] = None
    return vm.loop(frame, pending=error)


def throw_into_delegate_send_312(vm, frame, exc):
    """3.12+: the delegate gets the exception first; whatever it raises (StopIteration
    included) is raised at the YIELD_VALUE, whose handler is CLEANUP_THROW."""
    return _throw_into_delegate(vm, frame, exc, _delegate_ended_312)


def _delegate_ended_312(vm, frame, error):
    frame.stack.append(None)
    return vm.loop(frame, pending=error)


def _throw_into_delegate(vm, frame, exc, delegate_ended):
    """The delegate of a SEND loop (3.11+) gets the thrown ``exc``: GeneratorExit closes
    it; a delegate without ``throw`` leaves ``exc`` to the frame; what its ``throw``
    raises goes to ``delegate_ended`` (the version's way on); what it yields is yielded."""
    delegate = frame.delegate
    frame.delegate = None
    if isinstance(exc, GeneratorExit):
        frame.stack.append(None)
        return vm.loop(frame, pending=_close_delegate(delegate, exc))
    throw = getattr(delegate, "throw", None)
    if throw is None:
        frame.stack.append(None)
        return vm.loop(frame, pending=exc)
    try:
        value = throw(exc)
    except BaseException as error:
        return delegate_ended(vm, frame, error)
    frame.delegate = delegate
    frame.yielding = True
    return value

# Stack effects of the handlers whose kind does not give one (checked against each
# version's dis.stack_effect by tests/test_single_definition.py).
effect(-7, end_async_for)
effect(-2, end_async_for_311)
effect(-1, cleanup_throw, end_send, gen_start, print_expr, yield_from)
effect(0, async_gen_wrap, get_aiter, get_aiter_36, get_awaitable, get_awaitable_311, get_yield_from_iter, send_312,
       yield_value, yield_value_311)
effect(1, before_async_with, get_anext)
effect(lambda arg, jump: -1 if jump else 0, send_311)
