"""Where a Ctrl-C lands in the guest.

The host raises ``KeyboardInterrupt`` from its SIGINT handler between two host bytecodes,
that is somewhere inside an instruction of the guest (or inside a superinstruction that
runs a whole loop). CPython checks for signals at fixed points, the one a running loop
reaches being its backward jump, so its traceback names the line of that jump (3.10+:
the ``while``/``for`` line; before: the body's last line). ``at_check_point`` moves the
frame there when nothing between the two could have changed the frame's exception
handling (a call, a block set up or popped, a handler entered): the guest then sees
the interrupt where native code would have.
"""

from __future__ import annotations

# Instructions the move must not cross: they change the handlers in effect, leave the
# frame, or run other code (where CPython would have checked for the signal itself).
_STOPS = ("CALL", "SETUP", "POP_BLOCK", "POP_EXCEPT", "RETURN", "YIELD", "RAISE", "FINALLY", "WITH", "SEND",
          "AWAIT", "IMPORT", "PUSH_EXC_INFO", "CHECK_EXC", "END_FOR", "CLEANUP")
_SCAN = 256


def at_check_point(frame) -> None:
    """Move ``frame.pc`` (just past the interrupted instruction) to just past the next
    backward jump of straight-line code, when there is one."""
    instructions = frame.instructions
    start = frame.pc - 1
    if not 0 <= start < len(instructions):
        return
    handler = _handler_at(frame, start)
    for index in range(start, min(len(instructions), start + _SCAN)):
        ins = instructions[index]
        name = ins.opname
        if ins.target is not None and "JUMP" in name:
            if ins.target <= index:
                if _handler_at(frame, index) is handler:
                    frame.pc = index + 1
                return
            if "IF" not in name and "OR_POP" not in name:
                return  # an unconditional forward jump: not straight-line code
            continue
        if index != start and any(stop in name for stop in _STOPS):
            return


def _handler_at(frame, index):
    """3.11+: the exception-table entry covering ``index`` (None elsewhere)."""
    for entry in frame.exception_table or ():
        if entry.start <= index < entry.end:
            return entry
    return None
