"""Superinstructions: a run of simple instructions done by one generated handler.

``compile_program`` gives every instruction a ``(handler, operand)`` step. ``fuse`` then
finds runs of consecutive instructions that handlers declare simple (``@fusion``) and
puts at the first index of each run one step doing the whole run: one dispatch instead
of one per instruction, and the values passed between them in host locals instead of
through the value stack (a "virtual stack", written out before anything that needs the
real one). The other steps of the run stay as they were, so fused and unfused steps have
the same indexing: a jump into a run, a generator resuming, the exception path and the
traced loop (which runs the unfused steps, so that a tracer sees every instruction) all
work on either.

What each instruction becomes in the generated code is its ``Kind``'s template, defined
next to its handler in ``runtime/ops`` (``ops.Kind``); this module knows no instruction.
The generated code is made once per *shape* (the run's kinds and static details) and
gets the run's values (local indexes, constants, names, targets) as its operand. It is
made lazily: a run's place first holds ``fuse_when_hot``, which runs the run's first
instruction alone until the run has started ``GENERATE_AFTER`` times (or at once when its
shape exists), then puts the fused step there. Runs
stay inside one basic block and one exception-table range; a value left on the virtual
stack when an instruction raises is above the handler's depth, so unwinding drops it as
it would have dropped it from the value stack. What a fused step reports:

- ``None`` never: it returns the index after the run, or a jump target, or a signal;
- a guest call made by its last instruction as ``FUSED_CALL - resume index`` (the loop
  stores that index as the frame's resume point), a yield as ``FUSED_YIELD - resume index``;
- when an instruction of the run other than the first raises, ``vm.fault_shift`` = its
  position in the run, so that the loop puts the frame at the instruction that raised.
"""

from __future__ import annotations

import os
import re

from pyctk.runtime.objects import NULL

MAX_RUN = 24  # instructions per fused step: bounds generated code and shapes
_ENABLED = os.environ.get("PYCTK_FUSE", "1") != "0"  # PYCTK_FUSE=0: one step per instruction


def fuse_enabled() -> bool:
    return _ENABLED


def fuse(steps: list, instructions: list, exception_table) -> list:
    """The fused steps of a program (a new list; ``steps`` is left as it is)."""
    if len(steps) < 2:
        return steps
    regions = _regions(len(steps), exception_table)
    fused = list(steps)
    i = 0
    n = len(steps)
    while i < n:
        run = _run(steps, instructions, regions, i)
        if len(run) >= 2:
            fused[i] = (fuse_when_hot, _Pending(run, i + len(run), fused, i))
            i += len(run)
        else:
            i += 1
    return fused


# Starts of a run whose shape has no generated code yet before it is generated: a
# ``compile`` (~0.3 ms) pays for itself only over many runs (one dispatch saved per
# instruction), and most of a library's code (module and class bodies, set-up) runs a
# few times at most. A shape generated already is used from the run's first start.
GENERATE_AFTER = 32


class _Pending:
    """A run not fused yet (``fuse_when_hot``)."""

    __slots__ = ("run", "after", "steps", "index", "starts", "shape", "values")

    def __init__(self, run, after, steps, index):
        self.run = run
        self.after = after
        self.steps = steps
        self.index = index
        self.starts = 0
        self.shape = None

    def settle(self):
        """The run's fused step, put in its place in the steps."""
        if self.shape is None:
            self.shape, self.values = _shape_of(self.run, self.after)
        step = self.steps[self.index] = (_function_for(self.shape), self.values)
        return step


def fuse_when_hot(frame, pending):
    """Until the run is fused: its first instruction alone (the unfused steps after it
    follow, as a jump into the run would). Then the fused step replaces this one and the
    loop goes to it (a jump, so that no frame of this function is between the loop and
    the fused step: ``frames.py`` reads its ``at``)."""
    if pending.shape is None:
        pending.shape, pending.values = _shape_of(pending.run, pending.after)
    pending.starts += 1
    if pending.shape in _shapes or pending.starts > GENERATE_AFTER:
        pending.settle()
        return pending.index
    _, handler, operand = pending.run[0]
    return handler(frame, operand)


def settle_all(steps) -> list:
    """``steps`` with every run fused now (the tests read the generated steps)."""
    for handler, operand in list(steps):
        if handler is fuse_when_hot:
            operand.settle()
    return steps


def _regions(n, exception_table):
    if not exception_table:
        return None
    regions = [-1] * n
    for number, entry in enumerate(exception_table):
        for index in range(entry.start, min(entry.end, n)):
            if regions[index] == -1:  # the first entry covering an instruction is its own
                regions[index] = number
    return regions


def kind_of(handler):
    """The ``ops.Kind`` a handler declares (``@fusion``), or None."""
    return getattr(handler, "fusion", None)


def _run(steps, instructions, regions, start, translated=False) -> list:
    """The longest run from ``start``: (kind, handler, operand) per instruction
    (``translated``: for a block of a translated function, ``translate.py``)."""
    run = []
    region = regions[start] if regions is not None else None
    # A translated block is generated once for its code object, not shared as a shape.
    for index in range(start, len(steps) if translated else min(len(steps), start + MAX_RUN)):
        if index > start and instructions[index].is_jump_target:
            break  # a basic block's first instruction starts its own run
        if regions is not None and regions[index] != region:
            break
        handler, operand = steps[index]
        kind = kind_of(handler)
        if kind is None:
            break
        kind = kind.in_run(instructions, index)
        run.append((kind, handler, operand))
        if kind.last and not (translated and kind.runs_on_translated):
            break
    return run


# -- generating a step ---------------------------------------------------------------------

_shapes: dict = {}


def _step(run, after):
    """The fused step of ``run``: (the shape's generated function, its operand)."""
    shape, values = _shape_of(run, after)
    return _function_for(shape), values


def _function_for(shape):
    function = _shapes.get(shape)
    if function is None:
        function = _shapes[shape] = _generate(shape)
    return function


def _shape_of(run, after):
    """(the run's shape, its values: the fused step's operand)."""
    shape = []
    values = []
    for kind, handler, operand in run:
        part, vals = kind.describe(handler, operand)
        shape.append(part)
        values.extend(vals)
    values.append(after)
    return tuple(shape), tuple(values)


UNKNOWN = object()  # _Writer.constant: not a value known when the code is written


class _Writer:
    """The body of a fused step, with its virtual stack of host expressions. Each
    instruction's ``Kind`` writes itself with it (``part[0].write(writer, part)``)."""

    AFTER = "after"  # the index after the run
    # Whether a guest call may run the callee to its end in place (``call_guest``, with
    # the value pushed) instead of returning FUSED_CALL to the loop: translate.py's blocks.
    runs_calls = False

    def __init__(self):
        self.lines: list[str] = []
        self.vstack: list[str] = []
        self.names = 0
        self.values = 0
        self.position = 0  # of the instruction being written, in the run
        self.marked = 0  # the position ``at`` holds

    def emit(self, line: str, indent: int = 0) -> None:
        self.lines.append("    " * indent + line)

    def new(self) -> str:
        self.names += 1
        return f"v{self.names}"

    def value(self) -> str:
        """The name of the next value of the step's operand."""
        name = f"o{self.values}"
        self.values += 1
        return name

    def is_operand_value(self, expr: str) -> bool:
        """Is ``expr`` a value of the step's operand (a constant of the run)?"""
        return _OPERAND_VALUE.fullmatch(expr) is not None

    def constant(self, expr: str):
        """The value ``expr`` certainly is when the step runs, or ``UNKNOWN`` (a fused
        step's values are given to it at run time: none is known here)."""
        return UNKNOWN

    def mark(self) -> None:
        """What follows may raise: tell the loop which instruction it is."""
        if self.position != self.marked:
            self.emit(f"at = {self.position}")
            self.marked = self.position

    def push(self, expr: str) -> None:
        self.vstack.append(expr)

    def pop(self) -> str:
        if self.vstack:
            return self.vstack.pop()
        name = self.new()
        self.emit(f"{name} = s.pop()")
        return name

    def spill(self) -> None:
        if len(self.vstack) == 1:
            self.emit(f"s.append({self.vstack[0]})")
        elif self.vstack:
            self.emit(f"s.extend(({', '.join(self.vstack)}))")
        self.vstack.clear()

    def result(self, expr: str) -> None:
        name = self.new()
        self.emit(f"{name} = {expr}")
        self.push(name)


_OPERAND_VALUE = re.compile(r"o\d+")


def _generate(shape):
    w = _Writer()
    ended = False
    namespace = {"NULL": NULL}
    for position, part in enumerate(shape):
        w.position = position
        namespace.update(part[0].names())
        ended = part[0].write(w, part)
    if not ended:
        w.spill()
        w.emit(f"return {w.AFTER}")
    names = [f"o{k}" for k in range(w.values)] + [w.AFTER]
    lines = ["def fused(frame, operand):", f"    {', '.join(names)}, = operand"]
    text = "\n".join(w.lines)
    if _USES_STACK.search(text):
        lines.append("    s = frame.stack")
    if "fast[" in text:
        lines.append("    fast = frame.fast")
    if w.marked:  # an instruction after the first may raise
        lines += ["    at = 0", "    try:"]
        lines += ["        " + line for line in w.lines]
        lines += ["    except BaseException:", "        frame.vm.fault_shift = at", "        raise"]
    else:
        lines += ["    " + line for line in w.lines]
    source = "\n".join(lines) + "\n"
    exec(compile(source, _FILENAME, "exec"), namespace)
    function = namespace["fused"]
    function.source = source  # for a reader (and the tests) of what a shape became
    return function


_USES_STACK = re.compile(r"\bs[.\[]")
# Generated code counts as pyctk's own for faults.py (a stack underflow in it is bad bytecode).
_FILENAME = os.path.join(os.path.dirname(os.path.abspath(__file__)), "<fused>")
