"""The 3.11+ unwinding model: the code object's exception table says, for the
instruction that raised, where its handler is and how deep the value stack must be.

CPython's table is flat (entries never nest), so the first entry that covers the
instruction is the one. The handler gets the stack cut to the entry's depth, then the
instruction index of the raise when the entry says ``lasti``, then the exception.
"""

from __future__ import annotations


def unwind_table(vm, frame, exc):
    lasti = frame.pc - 1
    handler_at = frame.plan.handler_at
    if handler_at is None or lasti < 0:
        return None
    entry = handler_at[lasti]
    if entry is None:
        return None
    s = frame.stack
    del s[entry.depth:]
    if entry.lasti:
        s.append(lasti)
    s.append(exc)
    return entry.target
