"""The dispatch loop with a tracer attached or a step limit set.

A separate loop so that the plain one pays nothing for tracing. It runs the same
handlers with the same signals; between instructions it counts steps and tells the
tracer about lines and instructions (after each instruction, with its stack).
"""

from __future__ import annotations

from time import monotonic

from pyctk.errors import LimitExceededError, PyctkError
from pyctk.runtime.faults import LOOPS
from pyctk.runtime.signals import CALL, RETURN, YIELD_REPEAT
from pyctk.trace import StopRun


def traced_loop(vm, entry, pending=None):
    tracer = vm.tracer
    frame = entry
    frame.trace_last = -1  # (a new run of the frame: no jump back into it yet)
    if frame.pc and frame.opset.facts.get("line_event_on_change"):  # resumed: its line is the yield's
        frame.trace_line = frame.instructions[frame.pc - 1].line
    steps = frame.plan.unfused  # every instruction a step of its own
    pc = frame.pc
    while True:
        try:
            if pending is not None:
                exc, pending = pending, None
                raise exc
            while True:
                if vm.max_steps is not None:
                    interp = vm.interp  # the limit counts the instructions of every thread
                    interp.steps += 1
                    if interp.steps > vm.max_steps:
                        raise LimitExceededError(f"stopped after {vm.max_steps} instructions (--max-steps)")
                if vm.deadline is not None and monotonic() > vm.deadline[0]:
                    raise vm.deadline[1].expired()  # --timeout outside the main thread
                handler, operand = steps[pc]
                index = pc
                pc += 1
                if tracer is not None:
                    ins = frame.instructions[index]
                    line = ins.line
                    last = frame.trace_last
                    frame.trace_last = index
                    # A line event where CPython gives one (maybe_call_line_trace): where a
                    # line starts (to 3.9) or the line changes (3.10+), and at a backward
                    # jump's target; 3.11+ none before the first RESUME has run.
                    if line is not None and (index < last or (
                            line != frame.trace_line if frame.opset.facts.get("line_event_on_change")
                            else ins.starts_line is not None)) and index >= first_traceable(frame):
                        frame.trace_line = line
                        frame.pc = pc
                        tracer.on_line(frame, line)
                jump = handler(frame, operand)
                if vm.escaped is not None:
                    _swallowed(vm, frame, frame.instructions[index], jump)
                if tracer is not None:
                    frame.pc = pc
                    tracer.on_instruction(frame, frame.instructions[index])
                if jump is None:
                    continue
                if jump >= 0:
                    pc = jump
                    continue
                frame.pc = pc
                if jump == CALL:
                    frame = vm.frame
                elif jump == RETURN:
                    if tracer is not None:
                        tracer.on_return(frame, frame.retval)
                    if frame is entry:
                        return frame.retval
                    value = frame.retval
                    vm.pop(frame)
                    frame = frame.back
                    frame.stack.append(value)
                else:
                    if jump == YIELD_REPEAT:
                        frame.pc = pc - 1
                    frame.yielding = True
                    if tracer is not None:
                        tracer.on_return(frame, frame.retval)
                    return frame.retval
                steps = frame.plan.unfused
                pc = frame.pc
                tracer = vm.tracer  # (the guest's sys.settrace may have changed it: frames from now on)
        except (PyctkError, StopRun):
            raise
        except BaseException as exc:
            frame.pc = pc
            frame = vm.handle_exception(entry, frame, exc)
            steps = frame.plan.unfused
            pc = frame.pc


def first_traceable(frame) -> int:
    """The index of the frame's first instruction a line event may come before: 3.11+'s
    after the first RESUME (CPython's ``_co_firsttraceable``), else 0."""
    if not frame.opset.facts.get("trace_after_resume"):
        return 0
    held = frame.code.__dict__
    first = held.get("_first_traceable")
    if first is None:
        first = next((ins.index + 1 for ins in frame.instructions if ins.opname == "RESUME"), 0)
        held["_first_traceable"] = first
    return first


def _swallowed(vm, frame, ins, jump) -> None:
    """An exception left guest code called by the instruction and the instruction went on.
    CPython 3.x tells a tracer of the StopIteration that ends a ``for`` over an iterator
    written in Python (``__next__`` raised it: FOR_ITER finds it set); other instructions
    that swallow an exception report nothing in the caller."""
    exc, vm.escaped = vm.escaped, None
    if (vm.tracer is not None and type(exc) is StopIteration and jump is not None and jump >= 0
            and ins.opname == "FOR_ITER" and frame.opset.fact("for_iter_traces_stop", False)):
        frame.pc = ins.index + 1
        vm.tracer.on_exception(frame, exc)


LOOPS[id(traced_loop.__code__)] = traced_loop.__code__
