"""Finding the handler of an exception in a frame: one function per unwinding model.

``unwind_blocks`` is the block-stack model (3.x until 3.10); the 3.11+ exception-table
model and 2.7's variant live beside it. Each returns the handler's instruction index,
having set up the stack as the handler expects, or None when the frame has no handler.
"""

from __future__ import annotations

from pyctk.runtime.frame import HANDLER, LOOP, Block


def push_handled(vm, frame, exc):
    """Enter a handler: save the previously handled exception (3 values), make ``exc``
    the handled one and push it as (traceback, value, type)."""
    s = frame.stack
    frame.blocks.append(Block(HANDLER, -1, len(s)))
    prev = vm.handled
    s.append(None)
    s.append(prev)
    s.append(type(prev) if prev is not None else None)
    vm.handled = exc
    s.append(None)
    s.append(exc)
    s.append(type(exc))


def unwind_except_handler(vm, frame, block):
    """Leave a handler block: drop what it left on the stack and restore the exception
    that was handled before it."""
    s = frame.stack
    del s[block.level + 3 :]
    s.pop()  # type
    vm.handled = s.pop()
    s.pop()  # traceback


def unwind_blocks(vm, frame, exc):
    blocks = frame.blocks
    s = frame.stack
    while blocks:
        block = blocks.pop()
        if block.kind == HANDLER:
            unwind_except_handler(vm, frame, block)
            continue
        del s[block.level :]
        if block.kind == LOOP:
            continue
        push_handled(vm, frame, exc)
        return block.handler
    return None


def set_context(exc, handled):
    """What raising ``exc`` while ``handled`` is being handled does to ``__context__``,
    breaking a cycle the way CPython does."""
    if handled is None or handled is exc:
        return
    o = handled
    while True:
        context = o.__context__
        if context is None:
            break
        if context is exc:
            o.__context__ = None
            break
        o = context
    exc.__context__ = handled
