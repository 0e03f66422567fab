"""Translated code objects: a whole guest function as one generated host function.

A superinstruction (``fuse.py``) covers one run of a basic block; the loop still
dispatches once per run, and a guest call or return goes through the loop's signals.
Once a guest code object has been entered ``HOT_AFTER`` times (``Program.warm``), it is
translated here: every run of the code object, written by the same ``Kind`` templates,
becomes a block of one host function ``translated(frame)`` whose control flow follows
the guest's basic blocks (``b``, the index of the block to run next: a jump is ``b =
target``; a block that falls through sets ``b`` and meets the next block's test; blocks
are tested in groups, ``_groups``). A local that ``bound.py`` finds bound on every path to
where it is read is read without a test for an unbound local. The function runs the frame from its first instruction to its return (a guest ``return x``
is ``return x``). A guest call made in it is an expression whose value stays in a host
local: the callee's frame is run to its end at once (``call_guest``: straight into its
translation; else ``run_callee``: its translation called directly, or a loop nested for
it), so that a guest-to-guest call between translated functions is a host call, not
three dispatches and two signals, and a call does not end a block.

Frames stay what they are (``Frame``, pushed by ``vm.enter`` or ``call_guest``: one
class, so that the host's inline caches of the handlers reading them stay
monomorphic), so everything that reads them (tracebacks, ``sys._getframe``, ``locals()``,
the recursion limit) sees what the interpreter gives. A translated function keeps its
frame in ``frame`` and ``entry``, as the loop does, and its position in where its host
code is: the templates mark where each instruction starts, and the marks become a table of the
index after the instruction per host code unit (``_define``, ``faults.TRANSLATED_PCS``), not
a store per instruction. It is registered in ``faults.TRANSLATED``, so that ``frames.py``
reads a running frame's position live, off its ``f_lasti``. An exception raised in it that a
handler of the frame's own covers (3.11+'s exception table, 2.7-3.10's block stack) is
handled there as the loop would handle it (``_catch``), and the function goes on at the
handler's block (the handler finds what it keeps of the value stack on the frame's:
blocks stay inside one range of the table, and a SETUP_* runs with the stack spilled).
One that leaves the function leaves its position (its traceback's offset in the
function, ``_raised_at``) in ``frame.pc`` (``position_of``), and
whoever called it handles it for the frame as the loop would. Should a handler of the
frame catch it there after all (an exception raised past the function's ``try``), the
frame goes on in the interpreter, and a code object whose handlers have caught
``CAUGHT_BEFORE_INTERPRETED`` such exceptions is interpreted from then on (leaving
translated code by an exception is slow). A block's host locals are released where the guest's value stack is empty, so
that an object the guest drops is freed when CPython frees it.

A generator's or coroutine's yield ends a block: the stack spilled, the frame suspended
at the next block (``frame.pc``), the function returns ``SUSPENDED``; ``vm.resume_generator``
calls it again there, so that a resumed generator runs no loop of its own.

An instruction without a ``Kind`` is a block of its own that calls its handler, as the
loop would. What is declined, and runs in the interpreter as before (``translate``
returns None): more than ``MAX_BLOCKS`` blocks, or more than ``MAX_INSTRUCTIONS``
instructions. A frame is interpreted, too, when it starts under a tracer, a step
limit or a timeout (the traced loop runs the unfused steps), and past ``MAX_NESTING``
translated frames on the host's stack (deep recursion goes back to the loop, which does
not recurse on the host). ``PYCTK_TRANSLATE``: ``0`` never translates, ``always``
translates every code object on its first call (the tests run the corpus both ways).
"""

from __future__ import annotations

import math
import os
import re
import threading
from sys import getrefcount
from types import FunctionType, MethodType

from pyctk.code import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_ITERABLE_COROUTINE, CO_VARARGS, CO_VARKEYWORDS
from pyctk.errors import PyctkError
from pyctk.runtime import fuse
from pyctk.runtime.bound import bound_at_blocks
from pyctk.runtime.faults import TRANSLATED, TRANSLATED_PCS, Positions, running_pc
from pyctk.runtime.frame import Frame
from pyctk.runtime.functions import Entry
from pyctk.runtime.objects import NULL
from pyctk.runtime.ops import EXIT
from pyctk.runtime.ops.exceptions import covered
from pyctk.runtime.signals import FUSED_CALL, FUSED_YIELD, RETURN, YIELD, YIELD_REPEAT
from pyctk.trace import StopRun

_SETTING = os.environ.get("PYCTK_TRANSLATE", "")
ENABLED = _SETTING != "0"
# Entries of a code object before it is translated: generating and compiling a function
# costs about 1-3 ms, which a few thousand calls pay back (a call saves a few hundred ns);
# most code (module and class bodies, a library's set-up) runs far fewer times. With 64,
# the corpus ran 10 % slower on host 3.13 (library functions translated in every run).
HOT_AFTER = 1 if _SETTING == "always" else 1000
MAX_BLOCKS = 64  # a jump walks the tests of the groups and of its group's blocks: bounded
# The host source grows with the instructions (about 60 bytes each), and generating and
# compiling it with them (a second for 70,000): code this long is mostly straight-line
# code run once (a generated module's body), whose hot loop is a small part of it.
MAX_INSTRUCTIONS = 5000
MAX_NESTING = 64  # translated frames on one thread's host stack at once
# A one-item list, or None: when set before a code object is translated, each block of its
# translation adds its count of instructions on entry and takes back, where it leaves
# early (a jump, a return, an exception), those it did not run (``benchmarks/tools/share.py``:
# the share of a run's instructions that ran translated).
TALLY = None

_SETUP = ("SETUP_EXCEPT", "SETUP_FINALLY", "SETUP_WITH", "SETUP_ASYNC_WITH")
GENERATOR_KINDS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE

_new_frame = object.__new__  # call_guest: a Frame without a host call of its __init__

# Generated code is pyctk's own (faults.py, hosttb.py), told apart from fuse.py's.
_FILENAME = os.path.join(os.path.dirname(os.path.abspath(__file__)), "<translated>")


class TranslationError(PyctkError):
    """Translated code reached a state the translation rules out (a pyctk bug)."""


def translate(code, program):
    """The translated function of ``program`` (a ``vm.Program`` of ``code``), or None
    where it declines."""
    return translation(code, program)[0]


def translation(code, program):
    """(the translated function, None) or (None, why it is declined: "blocks", "size")."""
    instructions = program.instructions
    if len(instructions) > MAX_INSTRUCTIONS:
        return None, "size"
    # 3.11+'s exception table: a block stays inside one range, as a fused run does, so that
    # whatever a handler keeps of the value stack is on the frame's (spilled at each block's
    # end) and what a block holds in host locals is above the handler's depth. (2.7-3.10's
    # SETUP_* runs its handler with the stack spilled: the level its block records is the
    # frame's own, and what follows in host locals is above it.)
    regions = fuse._regions(len(instructions), program.exception_table)
    # A handler the function catches into (``_catch``) starts a block.
    starts = {entry.target for entry in program.exception_table or ()}
    handlers = bool(program.exception_table) or any(ins.opname in _SETUP for ins in instructions)
    while True:
        blocks = _blocks(program.unfused, instructions, starts, regions)
        if len(blocks) > MAX_BLOCKS:
            return None, "blocks"
        function, targets = _generate(code, blocks, handlers, bound_at_blocks(code, instructions, blocks, program.exception_table))
        # A jump a handler computes past its marked target (3.12+'s FOR_ITER skips the
        # END_FOR there) starts a block too: split there and write the blocks again.
        missing = targets - {start for start, _ in blocks}
        if not missing:
            return function, None
        starts |= missing


def _blocks(steps, instructions, starts, regions):
    """The runs of the whole code object, each ending before a jump target or an index
    in ``starts``. An instruction without a Kind is a block of its own, its handler
    called as an ``EXIT`` (whatever it returns, the function's signal handling follows)."""
    blocks = []
    index = 0
    while index < len(steps):
        run = fuse._run(steps, instructions, regions, index, translated=True)
        if not run:
            handler, operand = steps[index]
            run = [(EXIT, handler, operand)]
        for length in range(1, len(run)):
            if index + length in starts:
                run = run[:length]
                break
        blocks.append((index, run))
        index += len(run)
    return blocks


class _BlockWriter(fuse._Writer):
    """A block of a translated function: its values are names of the function's globals,
    its instructions' positions absolute (``pc``), its end the index after it; a guest
    call runs the callee's frame in place (``call_guest``)."""

    runs_calls = True

    def __init__(self, start, after):
        super().__init__()
        self.start = start
        self.AFTER = str(after)
        self.operands = []  # the values of the block's names k<start>_<n>, by n
        self.bound = set()  # fast slots certainly bound at this point of the block (bound.py)
        self.candidates = frozenset()  # those that stay bound once bound
        self.position = 0
        self.positions = []  # of each line: the instruction (in the run) that wrote it
        self.sites = []  # the caches of the block's guest calls, c<start>_<n> by n (calls.py)

    def emit(self, line: str, indent: int = 0) -> None:
        super().emit(line, indent)
        self.positions.append(self.position)

    def value(self) -> str:
        name = f"k{self.start}_{self.values}"
        self.values += 1
        return name

    def call_site(self) -> str:
        """The name of a new call site's cache: [stub code, direct entry] of the first
        two translated callees it called (``calls._write_site``)."""
        self.sites.append([None, None, None, None])
        return f"c{self.start}_{len(self.sites) - 1}"

    def is_operand_value(self, expr: str) -> bool:
        return re.fullmatch(rf"k{self.start}_\d+", expr) is not None

    def constant(self, expr: str):
        """The value of the block's name ``expr``, else ``fuse.UNKNOWN``."""
        return self.operands[int(expr.rsplit("_", 1)[1])] if self.is_operand_value(expr) else fuse.UNKNOWN

    def always_bound(self, slot_value: str) -> bool:
        """Whether the fast slot named by the operand value ``slot_value`` certainly holds a value here."""
        return self.operands[int(slot_value.rsplit("_", 1)[1])] in self.bound

    def now_bound(self, slot_value: str) -> None:
        """The fast slot named by ``slot_value`` holds a value from here to the block's end
        (stored, or read and found bound)."""
        slot = self.operands[int(slot_value.rsplit("_", 1)[1])]
        if slot in self.candidates:
            self.bound.add(slot)

    def mark(self) -> None:
        if self.position != self.marked:
            self.emit(f"pc = {self.start + self.position + 1}")
            self.marked = self.position


_RETURN = re.compile(r"\breturn (.+)$")
_RETVAL = re.compile(r"^(\s*)frame\.retval = (.+)$")


_ASSIGNED = re.compile(r"^\s*(v\d+(?:, v\d+)*) = ")
# A name given a value inside a line: a branch's ``if ...: v3 = ...`` or ``(v3 := ...)``.
_ASSIGNED_INSIDE = re.compile(r"(?::\s+(v\d+) = (?!=))|(?:\((v\d+) := )")
_RELEASE = "# release"  # written where the virtual stack is empty: its names are dead there


def _block_lines(lines, positions, length):
    """A block's lines as the templates wrote them, with their ends made the translated
    function's: the guest's return value returned (``frame.retval = X`` then ``return
    RETURN``), and ``return X`` (where to go on) a jump, ``b = X; continue``. With
    ``TALLY`` set, a block that counted its ``length`` instructions on entry takes back, at
    each exit, those it did not run (``positions``: the instruction of each line).

    The host locals a block's values were in are set to None wherever none of them is
    still a value of the guest's stack (between statements, and before leaving the block):
    a function's locals live until it returns, and what a guest dropped (``del x``) must
    be freed when CPython frees it (``__del__``, weak references)."""
    done = []
    held = []  # names given a value since they were last released

    def release():
        return f"{' = '.join(held)} = None; " if held else ""

    def untallied(number):
        skipped = length - positions[number] - 1
        return f"tally[0] -= {skipped}; " if TALLY is not None and skipped > 0 else ""

    for number, line in enumerate(lines):
        if line.strip() == _RELEASE:
            if held:
                done.append(line.replace(_RELEASE, release()[:-2]))
                held.clear()
            continue
        kept = _RETVAL.match(line)
        if kept and number + 1 < len(lines) and lines[number + 1].strip() == f"return {RETURN}":
            done.append(f"{kept.group(1)}{untallied(number)}return {kept.group(2)}")
            continue
        if line.strip() == f"return {RETURN}" and done and done[-1].lstrip().startswith("return "):
            continue  # the return written just above
        assigned = _ASSIGNED.match(line)
        if assigned:
            held.extend(name for name in assigned.group(1).split(", ") if name not in held)
        for inside in _ASSIGNED_INSIDE.finditer(line):
            name = inside.group(1) or inside.group(2)
            if name not in held:
                held.append(name)
        jump = _RETURN.search(line)
        if jump is not None and jump.group(1) == "SUSPENDED":  # a yield: the function's own return
            line = line[:jump.start()] + f"{release()}{untallied(number)}return SUSPENDED"
        elif jump is not None:
            line = line[:jump.start()] + f"{release()}{untallied(number)}b = {jump.group(1)}; continue"
        done.append(line)
    if held:
        done.append(release()[:-2])
    return done


_STACK_NAME = re.compile(r"\bs\b")
_STATIC_JUMP = re.compile(r"\bb = (k\d+_\d+|\d+); continue$")


def _literal(value):
    """The source of a value a block may write in place of its name, or None: a host
    constant (LOAD_CONST) is cheaper than a global of the function. Only what is one
    object however it is made (None, the booleans, the ints the host keeps one of), so
    that the guest's ``is`` sees no difference: fast slots, small constants, targets."""
    if value is None or value is True or value is False:
        return repr(value)
    if type(value) is int and 0 <= value <= 256:
        return str(value)
    return None


def _with_literals(lines, start, values):
    """``lines`` with each of the block's names k<start>_<n> whose value has a literal
    (``_literal``) written as that literal; not where the value is called, indexed or
    has an attribute read, nor the operand of ``is`` (where the host warns of literals)."""
    literals = {str(number): text for number, value in enumerate(values) if (text := _literal(value)) is not None}
    if not literals:
        return lines
    name = re.compile(rf"(?<!\bis )(?<!\bnot )\bk{start}_(\d+)\b(?!\s*[.(\[])")
    return [name.sub(lambda m: literals.get(m.group(1), m.group(0)), line) for line in lines]

# What a translated function returns when a handler's jump lands where no block starts:
# the frame goes on in the interpreter at ``frame.pc`` (its stack is spilled there).
INTERPRET = object()
# What a translated function returns when the generator or coroutine it runs yields: the
# value is ``frame.retval``, the frame suspended at ``frame.pc`` (``_suspend``).
SUSPENDED = object()


def _generate(code, blocks, handlers=False, bound=None):
    """The translated function of ``blocks``; ``handlers``: the code has handlers of its
    own (3.11+'s exception table, 2.7-3.10's SETUP_*), which the function catches into;
    ``bound``: ({block start: the fast slots certainly bound there}, the slots nothing
    unbinds) (``bound.py``)."""
    namespace = {"NULL": NULL, "call_guest": call_guest, "call_value": call_value, "after_signal": _after_signal,
                 "suspend": _suspend, "catch": _catch, "fill_site": fill_site}
    body = []
    groups = _groups(blocks)
    indent = ""
    for start, run in blocks:
        if start in groups:  # the first block of a group of blocks: one test for them all (not the last)
            indent = "    " if groups[start] else ""
            if indent:
                body.append(f"if b < {groups[start]}:")
        after = start + len(run)
        w = _BlockWriter(start, after)
        values = w.operands
        if bound is not None:
            w.bound = set(bound[0].get(start, ()))
            w.candidates = bound[1]
        ended = False
        for position, (kind, handler, operand) in enumerate(run):
            part, vals = kind.describe(handler, operand)
            values.extend(vals)
            namespace.update(part[0].names())
            w.position = position
            ended = part[0].write(w, part)
            if not ended and not w.vstack:
                w.emit(_RELEASE)
        for number, value in enumerate(values):
            namespace[f"k{start}_{number}"] = value
        for number, site in enumerate(w.sites):
            namespace[f"c{start}_{number}"] = site
        body.append(f"{indent}if b == {start}:")
        if not ended:
            w.spill()
        lines = _with_literals(_block_lines(w.lines, w.positions, len(run)), start, values)
        if not (lines and lines[0].startswith("pc = ")):  # (a first line setting pc leaves the block's own dead)
            body.append(f"{indent}    pc = {start + 1}")
        if TALLY is not None:
            body.append(f"{indent}    tally[0] += {len(run)}")
        body += [f"{indent}    " + line for line in lines]
        if not ended:  # on to the next block: its test follows, no ``continue`` needed
            body.append(f"{indent}    b = {after}")
    lines = [
        "def translated(frame, b=0):",
        "    entry = frame",  # frames.py reads frame and entry, as of a loop
        "    s = frame.stack",
        "    fast = frame.fast",
        "    pc = b + 1",
        "    while True:",
    ]
    # A signal an instruction without a Kind ended its block with (b < 0) is tested after
    # the blocks' tests, which a jump between blocks then meets first.
    loop = body + [
        "if b < 0:",
        f"    if b == {RETURN}:",
        "        return frame.retval",
        f"    if b <= {FUSED_YIELD} or b == {YIELD} or b == {YIELD_REPEAT}:",
        "        return suspend(frame, b, pc)",
        "    b = after_signal(frame, b)",
        "    continue",
        "break",  # no block starts at b: the interpreter goes on there
    ]
    # An exception raised in the function: caught into a handler of the frame's own
    # (``_catch``), else left to the function's caller with the frame's position and the
    # exception on the frame (``position_of``). (The try is free on 3.11+ hosts while
    # nothing raises.)
    loop = ["try:"] + ["    " + line for line in loop] + ["except BaseException as exc:", "    pc = raised_at(exc, SELF, POSITIONS, pc)"]
    if TALLY is not None:  # what the block did not finish: the raising instruction on (as a tracer counts)
        namespace["ends"] = {start: start + len(run) for start, run in blocks}
        loop.append("    if b in ends: tally[0] -= ends[b] - pc + 1")
    if handlers:
        loop += [
            "    b = catch(frame, exc, pc)",
            "    if b is not None:",
            "        s = frame.stack",
            "        continue",
        ]
    loop += [
        "    frame.pc = pc",
        "    frame.raising = exc",
        "    raise",
    ]
    lines += ["        " + line for line in loop]
    if not any(_STACK_NAME.search(line) for line in loop):  # no block reads the frame's value stack
        lines.remove("    s = frame.stack")
    lines += [
        "    frame.pc = b",
        "    return INTERPRET",
    ]
    namespace["INTERPRET"] = INTERPRET
    namespace["tally"] = TALLY
    namespace["raised_at"] = _raised_at
    function = _define(lines, namespace, "translated")
    function.marked = lines  # (with the marks: ``_in_place`` writes them into direct entries)
    function.engine = None
    if code.co_flags & GENERATOR_KINDS == CO_GENERATOR:
        engine = dict(namespace, ABANDONED=ABANDONED, RAISED=RAISED)  # (its own SELF and POSITIONS)
        function.engine = _define(_engine_lines(lines), engine, "engine")
    targets = set()
    for line in body:
        jump = _STATIC_JUMP.search(line)
        if jump is not None:
            target = jump.group(1)
            target = int(target) if target.isdigit() else namespace[target]
            if type(target) is int:
                targets.add(target)
    return function, targets


# What a generator's engine returns (``_engine_lines``): the exception it left with is
# ``frame.raising`` (not raised out of the host generator, which would turn a guest's
# StopIteration into a RuntimeError); and where the engine is given up while suspended.
RAISED = object()
ABANDONED = object()

_YIELD_AT = re.compile(r"frame\.pc = (\d+); frame\.yielding = True$")


def _engine_lines(lines) -> list:
    """A plain generator's translated function as a host generator, its ``engine``
    (``vm.resume_generator``): a yield suspends it where it is, and ``send`` resumes it
    there, with the value sent pushed as the loop pushes it; no call, no new start at the
    block. The frame is suspended as the translated function leaves it (``frame.pc`` at
    the next block, the stack spilled), so that the engine may be given up at any
    suspension (a throw, a tracer, the program interpreted from now on): the host closes
    it then, which it only returns from."""
    out = []
    after = None

    def suspension(indent, then):
        return [
            indent + "try:",
            indent + "    frame.stack.append((yield frame.retval))",
            indent + "except GeneratorExit:",
            indent + "    return ABANDONED",
        ] + [indent + line for line in then]

    for number, line in enumerate(lines):
        text = line.strip()
        indent = line[:len(line) - len(line.lstrip())]
        if number == 0:
            out.append(line.replace("def translated(", "def engine(", 1))
            continue
        at = _YIELD_AT.search(line)
        if at is not None:  # a yield ending its block: on at the next block, which follows it
            after = at.group(1)
            out.append(line[:at.start()] + f"frame.pc = {after}")
        elif text.endswith("return SUSPENDED"):
            released = text[:-len("return SUSPENDED")].rstrip("; ")
            out += ([indent + released] if released else []) + suspension(indent, [f"b = {after}"])
        elif text == "return suspend(frame, b, pc)":  # a signal's yield: on where it left the frame
            out += [indent + "suspend(frame, b, pc)", indent + "frame.yielding = False"]
            out += suspension(indent, ["b = frame.pc", "pc = b + 1", "continue"])
        elif text == "raise" and lines[number - 1].strip() == "frame.raising = exc":
            out.append(indent + "return RAISED")
        else:
            out.append(line)
    return out


GROUPED_AFTER = 8  # blocks: more are tested in groups


def _groups(blocks) -> dict:
    """{first block of a group: the start of the next group (None: the last group)}, for code
    of more than GROUPED_AFTER blocks: a jump to the k-th block then costs a test per group
    before its own and its group's earlier blocks' (about 2 * sqrt(blocks)), not k tests.
    Falling through from a group's last block, ``b`` is already the next group's start."""
    if len(blocks) <= GROUPED_AFTER:
        return {}
    size = math.isqrt(len(blocks) - 1) + 1
    starts = [start for start, _ in blocks]
    firsts = starts[::size]
    return {first: (firsts[i + 1] if i + 1 < len(firsts) else None) for i, first in enumerate(firsts)}


_MARK = re.compile(r"pc = (\d+)")
_SIGNAL = "if r is not None: "


def _define(lines, namespace, name):
    """The host function ``name`` of generated ``lines``, registered as translated code.

    The templates mark where each guest instruction starts (``pc = N``: the index after
    it, as the loop's ``pc``). The function keeps no position at run time: the marks are
    taken out, and what each line's mark was is kept for the host code of the line
    (``TRANSLATED_PCS``), for whoever asks where the frame is (``frames.py``, an
    exception's traceback: ``_raised_at``). Where a handler's signal leaves a block
    (``if r is not None:``) the local ``pc`` is set, for the signal's handling after the
    blocks, whose lines are of no one instruction."""
    kept, pcs = [], [None]  # (line numbers count from 1)
    current = None
    looping = False  # (the lines before the loop set the local ``pc`` itself)
    for line in lines:
        text = line.strip()
        looping = looping or line == "    while True:"
        mark = _MARK.fullmatch(text) if looping and text.startswith("pc = ") else None
        if mark is not None:
            current = int(mark.group(1))
            continue
        if text.startswith(("if b == ", "if b < 0:", "except BaseException")):
            current = None  # a block's test, the signals, the exception: no instruction's
        elif current is not None and text.startswith(_SIGNAL):
            line = line.replace(_SIGNAL, f"{_SIGNAL}pc = {current}; ", 1)
        kept.append(line)
        pcs.append(current)
    source = "\n".join(kept) + "\n"
    exec(compile(source, _FILENAME, "exec"), namespace)
    function = namespace[name]
    function.source = source
    code = function.__code__
    positions = Positions(code, pcs)
    namespace["SELF"] = code
    namespace["POSITIONS"] = positions
    TRANSLATED[id(code)] = code
    TRANSLATED_PCS[id(code)] = positions
    return function


def _raised_at(exc, code, positions, pc):
    """The position of the frame that translated function ``code`` runs where ``exc``
    passed it: its place in the traceback (its local ``pc`` where no instruction's code
    is there)."""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code is code:  # (``positions.at`` written out: once per exception caught)
            units = positions.units
            if units is None:
                units = positions.units = positions.by_offset()
            lasti = tb.tb_lasti
            return (units[lasti >> 1] if 0 <= lasti < 2 * len(units) else 0) or pc
        tb = tb.tb_next
    return pc


def _suspend(frame, b, pc):
    """A yield (a generator's, a coroutine's await) that ended a block: the frame
    suspended where the loop would leave it, ``pc`` the index after the instruction.
    (``vm.resume_generator`` goes on there: in the translation where a block starts.)"""
    if b == YIELD:
        frame.pc = pc
    elif b == YIELD_REPEAT:  # yield from / await: runs again on resume
        frame.pc = pc - 1
    else:
        frame.pc = FUSED_YIELD - b
    frame.yielding = True
    return SUSPENDED


def _catch(frame, exc, pc):
    """``exc`` raised in the translated function running ``frame``, by the instruction
    before ``pc``. When a handler of the frame's own catches it, it is handled as the loop
    would (``vm.handle_exception``: the traceback entry, the stack cut, the exception
    pushed) and the handler's index returned, for the function to go on there. Else None:
    it leaves the function, and whoever called that handles it for the frame."""
    if isinstance(exc, (PyctkError, StopRun)) or not covered(frame, pc):
        return None
    frame.pc = pc
    frame.vm.handle_exception(frame, frame, exc, passing=True)
    return frame.pc


def _after_signal(frame, b):
    """A signal a block ended with: a guest call it made (``FUSED_CALL - resume index``,
    the callee's frame pushed by ``vm.enter``) is run to its end, its value pushed; the
    index to go on at is returned."""
    if FUSED_YIELD < b <= FUSED_CALL:
        frame.stack.append(run_callee(frame.vm))
        return FUSED_CALL - b
    raise TranslationError(f"translated {frame.code.co_name} got signal {b}")


def call_guest(frame, func, args, entry):
    """A guest call of guest function ``func`` (of ``entry``) made by translated code in
    ``frame``: its frame pushed, run to its end, popped; its value returned.

    The common call, its positional arguments (the last parameters' defaults for those not
    given) to a translated function whose frame needs only them and its closure
    (``Program.direct_args``), is ``vm.enter`` and
    ``run_callee`` written out here:
    a call between translated functions is this one host call and the callee's. Such a
    callee gets a direct entry of its own (``Entry.direct``, ``_direct``), which call
    sites call instead of this one."""
    vm = frame.vm
    program = entry.program
    # (``translated`` read once: another thread may interpret the program from now on)
    if (program is None or vm.translating >= vm.translate_depth or (translated := program.translated) is None
            or program.direct_args < 0):
        if program is not None and program.star_args >= 0 and entry.direct is None and program.translated is not None:
            entry.direct = _direct(entry, program, program.translated, vm.builtins_for(entry.opset))  # the next call
        vm.enter(func, args, None, entry)
        return run_callee(vm)
    if entry.direct is None:
        entry.direct = _direct(entry, program, translated, vm.builtins_for(entry.opset))
    if len(args) != program.direct_args:
        full = _with_defaults(func, args, program.direct_args)
        if full is None:
            vm.enter(func, args, None, entry)
            return run_callee(vm)
        args = full
    opset = entry.opset
    callee = _new_frame(Frame)
    callee.vm = vm
    callee.code = entry.code
    callee.opset = opset
    callee.program = program.entry
    callee.plan = program
    callee.pc = 0
    callee.stack = []
    callee.globals = func.__globals__
    callee.builtins = vm._builtins.get(opset) or vm.builtins_for(opset)
    callee.function = entry
    fast = [*args, *program.tail]
    closure = program.closure  # as vm.enter places it
    if closure is not None:
        if closure == "slots":
            cells = func.__closure__
            if cells:
                fast[len(fast) - len(cells):] = cells
        else:
            callee.cells = list(func.__closure__ or ())
    callee.fast = fast
    if program.blocks:
        callee.blocks = []
    depth = vm.depth + 1
    if depth > vm.recursion_limit:
        raise opset.fact("recursion_error", RecursionError)(
            opset.fact("recursion_message", "maximum recursion depth exceeded"))
    callee.back = vm.frame
    callee.depth = depth
    vm.depth = depth
    vm.frame = callee
    vm.translating += 1
    try:
        value = translated(callee)
    except BaseException as exc:
        vm.translating -= 1
        leave_raising(vm, callee, exc, translated)  # returns at a handler of the frame's own
        value = INTERPRET
    else:
        vm.translating -= 1
    if value is not INTERPRET:
        vm.frame = callee.back
        vm.depth = depth - 1
        return value
    return _interpret_rest(vm, callee, program)


def _interpret_rest(vm, callee, program):
    """The rest of ``callee``, a frame ``call_guest`` pushed, in the interpreter from
    ``callee.pc`` (a handler's jump landed where no block starts); popped after."""
    callee.program = program.steps
    try:
        return vm.loop(callee)
    finally:
        vm.frame = callee.back
        vm.depth = callee.depth - 1


def _with_defaults(func, args, count):
    """``args`` and the last parameters' defaults up to ``count`` arguments (the guest's,
    on the host function), or None where they do not make that many."""
    missing = count - len(args)
    defaults = func.__defaults__
    if missing < 0 or defaults is None or len(defaults) < missing:
        return None
    return (*args, *defaults[len(defaults) - missing:])


def _recursion_error(opset):
    return opset.fact("recursion_error", RecursionError)(opset.fact("recursion_message", "maximum recursion depth exceeded"))


def _direct(entry, program, translated, builtins, host=False, exact=None):
    """``call_guest`` written for one callee (``entry``, translated as ``translated``):
    what it reads of the entry and the program are constants, the fast locals one list
    display. Anything but its common call (another argument count, a tracer, too deep a
    host stack, a program interpreted from now on) goes to ``call_guest``. The callee's
    translated loop is written into it (``_in_place``): a guest call between translated
    functions is one host call.

    ``host``: the same for a host call of the function (its stub's ``functions._run``:
    the host bound the arguments; the globals and closure are the stub's), whose other
    calls go to ``functions.run_stub``; it calls ``translated``. An exception leaving it
    has the guest's traceback as its host one, as a loop of its own would give it
    (``_entry_raised``).

    ``exact``: the same for a call site that passes this many arguments, given one by
    one (``Entry.exact``, ``fill_site``): no tuple is built and their count is not
    tested. Fewer than the frame's ``direct_args`` are completed with the defaults the
    function has when called."""
    code = entry.code
    nargs = program.direct_args
    params = [f"a{number}" for number in range(exact)] if exact is not None else []
    given = f"({''.join(p + ', ' for p in params)})"
    args = "args" if host else given if exact == nargs else "_args"
    cells = "closure" if host else "_func.__closure__"
    slots = (params if exact == nargs else [f"*{args}"]) + ["NULL"] * len(program.tail)
    accepts = f"len({args}) == {nargs}"
    if program.star_args >= 0:  # *args, **kwargs: the extra positional ones packed, no keywords
        nargs = program.star_args
        star = code.co_flags & CO_VARARGS
        accepts = f"len({args}) {'>=' if star else '=='} {nargs}"
        slots = [f"*{args}[:{nargs}]"] if nargs else []
        slots += [f"tuple({args}[{nargs}:])"] if star else []
        slots += ["{}"] if code.co_flags & CO_VARKEYWORDS else []
        slots += ["NULL"] * (len(program.tail) - bool(star) - bool(code.co_flags & CO_VARKEYWORDS))
    closure = program.closure
    if closure == "slots" and code.co_freevars:  # the closure's cells in the last slots, as vm.enter places them
        del slots[len(slots) - len(code.co_freevars):]
        # (a few cells each by index: the list is then made at its size, where unpacking
        # the tuple grows it, a reallocation per call)
        cells_in = len(code.co_freevars)
        slots += [f"{cells}[{number}]" for number in range(cells_in)] if cells_in <= 3 else [f"*{cells}"]
    if host:
        lines = [
            "def direct(vm, globals_, closure, args):",
            f"    if not {accepts} or vm.translating >= vm.translate_depth:",
            "        return run_stub(vm, ENTRY, globals_, closure, args)",
        ]
    else:
        lines = [f"def direct({', '.join(['_caller', '_func', *params])}):" if exact is not None else
                 "def direct(_caller, _func, _args, _entry):", "    vm = _caller.vm"]
        if exact is not None:  # (fill_site: no star arguments)
            if exact < nargs:  # the last ones the defaults
                lines += [
                    f"    _args = with_defaults(_func, {given}, {nargs})",
                    "    if _args is None:",
                    f"        return call_guest(_caller, _func, {given}, ENTRY)",
                ]
        elif program.star_args >= 0:  # (call_guest binds the others, defaults included)
            lines += [f"    if not {accepts}:", "        return call_guest(_caller, _func, _args, ENTRY)"]
        else:
            lines += [
                f"    if not {accepts}:",
                f"        full = with_defaults(_func, _args, {nargs})",
                "        if full is None:",
                "            return call_guest(_caller, _func, _args, ENTRY)",
                "        _args = full",
            ]
        # Up to the ceiling a direct frame is not counted in ``translating`` (the guest's
        # depth bounds how many are on the host's stack); past it, or past the recursion
        # limit, call_guest counts it or raises.
        lines += [
            "    depth = vm.depth + 1",
            "    if depth > vm.direct_ceiling:",
            f"        return call_guest(_caller, _func, {args}, ENTRY)",
        ]
    if host:
        lines += [
            "    callee = new_frame(Frame)",
            "    callee.vm = vm",
            "    callee.code = CODE",
            "    callee.opset = OPSET",
            "    callee.program = STEPS",
            "    callee.plan = PROGRAM",
            "    callee.pc = 0",
            "    callee.stack = []",
            "    callee.globals = globals_",
            "    callee.builtins = BUILTINS",
            "    callee.function = ENTRY",
            f"    callee.fast = [{', '.join(slots)}]",
        ]
    else:  # a frame of the callee's that nothing kept since it returned, else a new one
        lines += [
            "    if SPARE:",
            "        callee = SPARE.pop()",
            "    else:",
            "        callee = new_frame(Frame)",
            "        callee.code = CODE",
            "        callee.opset = OPSET",
            "        callee.plan = PROGRAM",
            "        callee.stack = []",
            "        callee.builtins = BUILTINS",
            "        callee.function = ENTRY",
            "    callee.vm = vm",
            "    callee.program = STEPS",
            "    callee.pc = 0",
            "    callee.globals = _func.__globals__",
            f"    callee.fast = fast = [{', '.join(slots)}]",
        ]
    if closure == "cells":
        lines.append(f"    callee.cells = list({cells} or ())")
    if program.blocks and host:
        lines.append("    callee.blocks = []")
    elif program.blocks:  # (a frame used again keeps its empty block stack: _in_place)
        lines.insert(lines.index("        callee.function = ENTRY") + 1, "        callee.blocks = []")
    if host:
        lines += [
            "    depth = vm.depth + 1",
            "    if depth > vm.recursion_limit:",
            "        raise recursion_error(OPSET)",
        ]
    lines += [
        "    callee.back = vm.frame",
        "    callee.depth = depth",
        "    vm.depth = depth",
        "    vm.frame = callee",
    ]
    if host:
        lines += [
            "    vm.translating += 1",
            "    try:",
            "        value = translated(callee)",
            "    except BaseException as exc:",
            "        vm.translating -= 1",
            "        try:",
            "            leave_raising(vm, callee, exc, translated)  # returns at a handler of the frame's own",
            "        except BaseException as error:",
            "            raise entry_raised(vm, error)",
            "        return interpret_rest(vm, callee, PROGRAM)",
            "    vm.translating -= 1",
            "    if value is INTERPRET:",
            "        return interpret_rest(vm, callee, PROGRAM)",
            "    vm.frame = callee.back",
            "    vm.depth = depth - 1",
            "    return value",
        ]
    else:
        lines += _in_place(translated.marked, program.blocks)
    from pyctk.runtime.functions import run_stub

    namespace = dict(translated.__globals__)  # the translation's constants and helpers
    namespace.update({
        "NULL": NULL, "Frame": Frame, "new_frame": _new_frame, "call_guest": call_guest, "leave_raising": leave_raising,
        "interpret_rest": _interpret_rest, "recursion_error": _recursion_error, "with_defaults": _with_defaults, "INTERPRET": INTERPRET,
        "run_stub": run_stub, "entry_raised": _entry_raised,
        "translated": translated, "PROGRAM": program, "ENTRY": entry, "CODE": code, "OPSET": entry.opset,
        "STEPS": program.entry, "BUILTINS": builtins,  # (one table per opcode set: the interpreter's executors share it)
        "SPARE": [], "getrefcount": getrefcount, "UNSHARED": _UNSHARED,
    })
    if host:
        source = "\n".join(lines) + "\n"
        exec(compile(source, _FILENAME, "exec"), namespace)
        function = namespace["direct"]
        function.source = source
    else:
        function = _define(lines, namespace, "direct")  # it runs the callee's frame as ``translated`` does (frames.py)
    # What it runs once the program is interpreted (``interpret_from_now``): its calls go
    # where they go without one, so that a call does not test for that.
    declined = (
        "def direct(vm, globals_, closure, args):\n    return run_stub(vm, ENTRY, globals_, closure, args)\n" if host else
        f"def direct(_caller, _func, {''.join(p + ', ' for p in params)}):\n"
        f"    return call_guest(_caller, _func, {given}, ENTRY)\n" if exact is not None else
        "def direct(_caller, _func, _args, _entry):\n    return call_guest(_caller, _func, _args, ENTRY)\n"
    )
    fallback = {}
    exec(compile(declined, _FILENAME, "exec"), namespace, fallback)
    program.directs.append((function, fallback["direct"].__code__))
    if program.translated is not translated:  # interpreted from now on, while it was made
        function.__code__ = fallback["direct"].__code__
    return function


_FILLING = threading.Lock()


def fill_site(site, code, entry, vm, count=None) -> None:
    """A translated call site's cache (``site``: two pairs [stub code, direct entry])
    given a pair, while one is free, for the function of stub ``code`` (of ``entry``):
    its direct entry, or for a site that passes its ``count`` arguments one by one, the
    entry's ``exact`` one for that count (``False``, never matched, where the callee
    takes star arguments or fewer arguments than the site passes). A pair's entry is
    stored before its code, so that a thread that finds the code finds its entry too.

    The entry is made before the lock is taken: making it allocates, and a collection
    may then run a guest ``__del__`` whose translated code fills a site too (the lock
    would be this thread's already)."""
    if site[2] is not None or code is site[0]:
        return
    program = entry.program
    direct = entry.direct
    if count is not None:
        translated = program.translated if program is not None else None
        if translated is None or program.star_args >= 0 or not 0 <= count <= program.direct_args:
            direct = False
        else:
            made = entry.exact
            if made is None:
                made = entry.exact = {}
            direct = made.get(count)
            if direct is None:
                direct = made[count] = _direct(entry, program, translated, vm.builtins_for(entry.opset), exact=count)
    with _FILLING:  # (only stores of what is made: nothing here allocates)
        pair = 0 if site[0] is None else 2 if site[2] is None else None
        if pair is None or code is site[0]:
            return
        if direct is False:
            site[pair] = False
            return
        site[pair + 1] = direct
        site[pair] = code


def _unshared():
    """What ``getrefcount`` gives for a frame that only a direct entry's locals ``callee``,
    ``frame`` and ``entry`` hold (``_in_place``)."""
    frame = entry = callee = Frame.__new__(Frame)
    return getrefcount(frame) if entry is callee else None


_UNSHARED = _unshared()


def _in_place(lines, blocks=False) -> list:
    """The lines (with their marks) of a translated function that run its frame, for a direct entry
    that has just pushed the frame (``callee``) to run it in place: a return pops the
    frame first; an exception leaving it is handled for the frame (``leave_raising``);
    where no block starts, the rest goes to the interpreter. (``fast`` is set already. Its locals ``frame``
    and ``entry`` are what frames.py reads of a running translation.)"""
    loop = lines.index("    while True:")
    prologue = ["    frame = entry = callee", "    b = 0", "    pc = 1"]
    if "    s = frame.stack" in lines[:loop]:
        prologue.append("    s = frame.stack")
    if lines[-2:] != ["    frame.pc = b", "    return INTERPRET"]:
        raise TranslationError("a translated function's end is not what _in_place knows")
    body = []
    for line in lines[loop:-2]:
        ret = _RETURN.search(line)
        if ret is not None:  # (b None: returned, the value in _v)
            line = f"{line[:ret.start()]}_v = {ret.group(1)}; b = None; break"
        body.append(line)
    reraise = body.index("            frame.raising = exc") + 1
    if body[reraise] != "            raise":
        raise TranslationError("a translated function's end is not what _in_place knows")
    body[reraise:reraise + 1] = [
        "            leave_raising(vm, frame, exc, translated)  # returns at a handler of the frame's own",
        "            return interpret_rest(vm, frame, PROGRAM)",
    ]
    body += [
        "    if b is None:",
        "        vm.frame = frame.back",
        "        vm.depth = depth - 1",
        # Nothing but these locals holds the frame (no traceback, view, child frame): it
        # is nobody's now, and the next call's frame (``SPARE``), its fields reset.
        "        if getrefcount(frame) == UNSHARED:",
        "            if frame.stack:",
        "                frame.stack.clear()",
        "            kept = frame.__dict__",
    ]
    if blocks:  # 2.7-3.10: what the frame kept is its block stack alone, empty: kept for the next call
        body += [
            "            if len(kept) != 1 or kept.get(\"blocks\", 1):",
            "                kept.clear()",
            "                frame.blocks = []",
        ]
    else:
        body += [
            "            if kept:",
            "                kept.clear()",
        ]
    body += [
        "            frame.fast = frame.back = frame.vm = None",
        "            SPARE.append(frame)",
        "        return _v",
        "    frame.pc = b",
        "    return interpret_rest(vm, frame, PROGRAM)",
    ]
    return prologue + body


def host_call(entry, vm):
    """The direct entry of ``entry`` for host calls (``_direct``), or None while it has none:
    a translated function of positional arguments that is no generator."""
    program = entry.program
    if program is None or entry.kind or program.direct_args < 0 or (translated := program.translated) is None:
        return None
    return _direct(entry, program, translated, vm.builtins_for(entry.opset), host=True)


def _entry_raised(vm, error):
    """An exception leaving a frame run by a host call of its function, to raise: the
    guest's traceback as its host one, as the loop whose entry the frame is gives it
    (pyctk's own errors pass as they are). Raised by name, not by a bare ``raise``: before
    3.11 that re-raises with the traceback the handler had."""
    if isinstance(error, (PyctkError, StopRun)):
        return error
    from pyctk.runtime.vm import host_traceback_of

    return error.with_traceback(host_traceback_of(vm.raw_traceback(error)))


def call_value(frame, how, func, args, kwargs=None):
    """A call made by translated code of anything but a plain guest function: ``how``
    (the ``call`` of the instruction's version) pushes its value, or pushes a guest
    frame (a bound method of a guest function, say), which is run to its end here. A
    bound method whose function ``call_guest`` calls directly goes there (as ``how``
    would, its self first, with no binding that could fail). ``kwargs``: a
    CALL_FUNCTION_EX's keywords (a dict), passed on to ``how``."""
    if kwargs is not None:
        if how(frame, func, args, kwargs) is None:
            return frame.stack.pop()
        return run_callee(frame.vm)
    if type(func) is MethodType:
        inner = func.__func__
        if (type(inner) is FunctionType and (consts := inner.__code__.co_consts)
                and type(entry := consts[-1]) is Entry and not entry.kind
                and (program := entry.program) is not None and len(args) + 1 == program.direct_args):
            return (entry.direct or call_guest)(frame, inner, (func.__self__, *args), entry)
    if how(frame, func, args) is None:
        return frame.stack.pop()
    return run_callee(frame.vm)


def position_of(frame, exc, translated) -> None:
    """``frame.pc`` as the translated function running it had it when ``exc`` left it:
    stored by the function's own ``except`` (``frame.raising`` is ``exc``), else its local
    ``pc``, read from its frame in the traceback (CPython raises an exception of a signal
    handler at a backward jump, which may be past the ``try`` of the loop)."""
    if frame.raising is exc:  # the function's own ``except`` put it there
        frame.raising = None
        return
    from pyctk.runtime.frames import _read_locals  # the exception path only

    code = translated.__code__ if type(translated) is FunctionType else translated  # (an engine's: its code)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code is code:
            pc = running_pc(code, tb.tb_lasti, _read_locals(tb.tb_frame, "pc")[0])
            if pc is not None:
                frame.pc = pc
            return
        tb = tb.tb_next


def leave_raising(vm, callee, exc, translated):
    """The frame ``translated`` ran raised ``exc``: handled for the frame as the loop
    would. A handler of the frame's own (3.11+'s table) catches it: returns, the frame at
    the handler, for the interpreter to go on in (``callee.pc``). Else the frame is popped
    and ``exc`` raised on."""
    position_of(callee, exc, translated)
    try:
        if isinstance(exc, (PyctkError, StopRun)):  # pyctk's own pass as they are (vm.loop)
            raise exc
        vm.handle_exception(callee, callee, exc, passing=True)
    except BaseException:
        vm.frame = callee.back
        vm.depth = callee.depth - 1
        raise
    _caught(callee.plan)


# A code object whose own handlers have caught this many exceptions after they left its
# translated code is interpreted from then on: that costs tens of microseconds (the
# position read from the host's traceback, the rest of the frame in a loop of its own).
# Since ``_catch`` handles what the frame's handlers cover inside the function, only an
# exception raised past the function's ``try`` comes here.
CAUGHT_BEFORE_INTERPRETED = 64


def _caught(program) -> None:
    program.caught += 1
    if program.caught >= CAUGHT_BEFORE_INTERPRETED:
        interpret_from_now(program)


def _caught_here(frame) -> None:
    """An exception left translated code to the loop running ``frame``: counted if one of
    the frame's handlers covers the instruction that raised."""
    table = frame.plan.exception_table
    if table:
        index = frame.pc - 1
        if any(entry.start <= index < entry.end for entry in table):
            _caught(frame.plan)
    elif frame.blocks:  # 2.7-3.10: a block is set up (a loop's too, before 3.8)
        _caught(frame.plan)


def interpret_from_now(program) -> None:
    """New frames of ``program`` start in the interpreter, and its loop heads go on in
    it (frames running its translation finish there)."""
    program.direct_args = -1
    program.entry = program.steps
    program.translated = None
    for function, declined in program.directs:  # (after ``translated``: _direct tests it after adding one)
        function.__code__ = declined
    steps = program.steps
    for index, (handler, operand) in enumerate(steps):
        if handler is run_translated_at:
            steps[index] = operand[2]


def run_callee(vm):
    """Run the frame ``vm.enter`` has just pushed to its end and pop it: its translation
    called directly when it has one (and nothing needs the loop), else a loop of its own.
    Its value is returned; an exception it raises is handled for its frame first, as the
    loop handles one leaving a frame."""
    callee = vm.frame
    plan = callee.plan
    translated = plan.translated
    if translated is not None and callee.program is plan.entry and vm.translating < vm.translate_depth:
        vm.translating += 1
        try:
            value = translated(callee)
        except BaseException as exc:
            vm.translating -= 1
            leave_raising(vm, callee, exc, translated)  # returns at a handler of the frame's own
            value = INTERPRET
        else:
            vm.translating -= 1
        if value is not INTERPRET:
            vm.frame = callee.back
            vm.depth = callee.depth - 1
            return value
        callee.program = plan.steps  # the rest in the interpreter, from callee.pc
    try:
        return vm.loop(callee)
    finally:
        vm.frame = callee.back
        vm.depth = callee.depth - 1


def run_translated(frame, translated):
    """The only step of a frame entered as translated (``Program.entry``), run by the
    loop: the whole frame at once. Past ``MAX_NESTING`` the frame is interpreted instead,
    from its first instruction."""
    vm = frame.vm
    if vm.translating >= MAX_NESTING:
        frame.program = frame.plan.steps
        return FUSED_CALL  # resume at index 0 in the frame's steps (vm.loop)
    vm.translating += 1
    try:
        value = translated(frame)
    except BaseException as exc:
        position_of(frame, exc, translated)
        vm.fault_shift = frame.pc - 1  # the loop's pc is 1: the frame's own position
        frame.program = frame.plan.steps  # where a handler of the frame's own goes on
        _caught_here(frame)
        raise
    finally:
        vm.translating -= 1
    if value is INTERPRET:  # the rest in the interpreter, from frame.pc
        frame.program = frame.plan.steps
        return FUSED_CALL - frame.pc
    if value is SUSPENDED:  # resumed at frame.pc in the steps (``resume``, or the loop)
        frame.program = frame.plan.steps
        return FUSED_YIELD - frame.pc
    frame.retval = value
    return RETURN


# -- on-stack replacement: a frame already running goes on translated at a loop's head --

OSR_AFTER = 1 if _SETTING == "always" else 1000  # a loop head's arrivals before it does


def loop_heads(instructions) -> list:
    """The instruction indexes a jump goes back to."""
    return sorted({ins.target for index, ins in enumerate(instructions)
                   if ins.target is not None and ins.target <= index})


class _Head:
    """A loop head's place in the steps, counting arrivals until the program is
    translated (or declined) there."""

    __slots__ = ("program", "index", "original", "count")

    def __init__(self, program, index):
        self.program = program
        self.index = index
        self.original = program.steps[index]
        self.count = 0


def watch_loop_heads(program) -> None:
    """Count arrivals at each loop head of ``program`` (``osr_when_hot``)."""
    for index in loop_heads(program.instructions):
        program.steps[index] = (osr_when_hot, _Head(program, index))


def osr_when_hot(frame, head):
    """A loop head's step until it is hot: its own step (a superinstruction fusing in its
    place stays the one it runs); then the program is translated, and each loop head
    becomes ``run_translated_at`` (the original steps back where it is declined)."""
    head.count += 1
    steps = head.program.steps
    if head.count < OSR_AFTER or frame.vm.translating >= MAX_NESTING:
        handler, operand = head.original
        result = handler(frame, operand)
        replaced = steps[head.index]
        if replaced[0] is not osr_when_hot:  # fuse.py settled a run here: that is the step now
            head.original = replaced
            steps[head.index] = (osr_when_hot, head)
        return result
    program = head.program
    translated = program.decide()
    for index, (handler, state) in enumerate(steps):
        if handler is osr_when_hot:
            original = state.original
            if original[0] is fuse.fuse_when_hot:  # fused now, so that nothing writes over this place later
                original = original[1].settle()
            steps[index] = original if translated is None else (run_translated_at, (translated, index, original))
    return head.index  # arrive again: at the step now in its place


def run_translated_at(frame, where):
    """A loop head of a translated program reached by the interpreter (a frame that
    started before the translation, or a module's code): the frame goes on translated
    from here to its return (``INTERPRET``: back to the interpreter at ``frame.pc``)."""
    translated, index, (handler, operand) = where
    vm = frame.vm
    if vm.translating >= MAX_NESTING:
        return handler(frame, operand)
    vm.translating += 1
    try:
        value = translated(frame, index)
    except BaseException as exc:
        position_of(frame, exc, translated)
        vm.fault_shift = frame.pc - index - 1  # the loop's pc is index + 1
        _caught_here(frame)
        raise
    finally:
        vm.translating -= 1
    if value is INTERPRET:
        return FUSED_CALL - frame.pc
    if value is SUSPENDED:
        return FUSED_YIELD - frame.pc
    frame.retval = value
    return RETURN
