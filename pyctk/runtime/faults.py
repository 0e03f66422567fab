"""Telling bad bytecode from the guest's own errors, when a handler fails.

Most bad bytecode is caught before it runs: ``compile_program`` checks every index an
instruction's argument makes (into ``co_consts``, ``co_names``, the fast locals, the
cells) and every table an argument selects from (comparison, binary operator,
intrinsic), and the decoder checks jumps and opcodes. What is left is what only the
running state shows: an instruction that takes more values than the value stack holds
(or pops a block that was never set up). A handler does that with plain list operations
(``s.pop()``, ``s[-1]``, ``s[-n]``), which raise the same ``IndexError`` a guest's
``[].pop()`` or ``[][-1]`` raises, and checking the depth before every instruction
would cost the dispatch loop. So the VM tells them apart after the fact, in its
exception path, which costs nothing while no exception is raised:

- an exception pyctk raises on purpose for a fault it detects (``BytecodeFault``);
- an ``IndexError`` raised by a dispatch loop itself: the fetch of an instruction past
  the last one (code that does not end in a return, raise or jump);
- an ``IndexError`` (exactly that type: a guest's subclass is the guest's) whose
  innermost traceback frame is pyctk's own code, at a host instruction that is one of
  the value-stack idioms: a call of ``.pop()`` with no argument (handlers never call a
  guest object's ``pop`` that way: guest calls go through ``func(*args)``), or a
  subscript by a negative constant or a negated variable (``s[-1]``, ``s[-n]``; guest
  subscripts in handlers use the guest's key).

A guest's own ``IndexError`` is raised by the guest (``raise``), by host code the guest
called, or by a handler applying a guest operation with guest operands (``container[key]``,
``func(*args)``): none of these is at such an instruction, so it goes to the guest.
"""

from __future__ import annotations

import os
from array import array

from pyctk.errors import BadBytecodeError

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


class BytecodeFault(Exception):
    """Raised by pyctk code for bad bytecode it detects while running (the VM turns it
    into ``BadBytecodeError`` naming the code object, offset and instruction)."""


# PRECALL: 3.11 makes a specialized call of a method descriptor (``list.pop``) there.
_CALLS = frozenset({"CALL", "CALL_METHOD", "CALL_FUNCTION", "PRECALL"})
_SUBSCRIPTS = frozenset({"BINARY_SUBSCR", "STORE_SUBSCR"})
_idioms: dict = {}
# These registries of host code objects are keyed by ``id(code)`` and hold the code: a code
# object's hash is computed anew each time from its name, bytes and constants, which takes
# microseconds for a translated function's, and every exception caught asks them.
# The code of the dispatch loops (vm.py, traced.py): an IndexError raised by a loop itself
# is its fetch of an instruction past the last one.
LOOPS: dict = {}
# The code of translated functions (translate.py): they keep ``frame`` and ``entry`` as a
# loop does (frames.py reads them), but are not loops for the rest. Their guest position
# is where their host code is (``running_pc``).
TRANSLATED: dict = {}
# A translated function's code -> its ``Positions`` (which holds the code).
TRANSLATED_PCS: dict = {}


class Positions:
    """Where a translated function's guest frame is, by where its host code is: ``lines``
    has, per line number of the function, the index after the guest instruction the line
    runs (None: no one instruction's). Read by offset (``f_lasti``, ``tb_lasti``): a line
    number is found by walking the code's line table, long in a translated function. The
    table by offset is made when first read (most translated functions never are)."""

    __slots__ = ("code", "lines", "units")

    def __init__(self, code, lines):
        self.code = code
        self.lines = lines
        self.units = None  # per 2-byte code unit (0: no one instruction's), an array

    def at(self, lasti, pc):
        """The position at host offset ``lasti``, or ``pc`` where none is known."""
        units = self.units
        if units is None:
            units = self.units = self.by_offset()
        return (units[lasti >> 1] if lasti is not None and 0 <= lasti < 2 * len(units) else 0) or pc

    def by_offset(self):
        lines = self.lines
        units = [0] * (len(self.code.co_code) // 2)
        for start, end, line in self.code.co_lines():
            found = lines[line] if line is not None and line < len(lines) else None
            if found is not None:
                units[start >> 1:end >> 1] = [found] * ((end - start) >> 1)
        return array("I", units)  # (compact, and nothing for the garbage collector to walk)


def running_pc(code, lasti, pc):
    """The guest position (``pc``: the index after the current instruction) of a
    translated function at host offset ``lasti`` (``f_lasti``, ``tb_lasti``), where its
    local ``pc`` is ``pc``. A translation keeps no position per instruction: where it
    is tells (``translate.py``)."""
    positions = TRANSLATED_PCS.get(id(code))
    return pc if positions is None else positions.at(lasti, pc)


def fault_of(exc) -> str | None:
    """What is wrong with the bytecode if ``exc`` is a fault of it, else None."""
    kind = type(exc)
    if kind is BytecodeFault:
        return str(exc)
    if kind is not IndexError:
        return None
    tb = exc.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    code = tb.tb_frame.f_code
    if not code.co_filename.startswith(_PACKAGE):
        return None
    key = (code, tb.tb_lasti)
    idiom = _idioms.get(key, False)
    if idiom is False:
        idiom = _idioms[key] = _stack_idiom(code, tb.tb_lasti)
    return idiom


def _stack_idiom(code, lasti: int) -> str | None:
    import dis  # here, not at the top: only a failing handler needs it, every run would import it

    instructions = [i for i in dis.get_instructions(code) if i.opname not in ("CACHE", "EXTENDED_ARG")]
    n = next((n for n, ins in enumerate(instructions) if ins.offset == lasti), None)
    if n is None:
        return None
    ins = instructions[n]
    if id(code) in LOOPS:
        # The loop's own ``steps[pc]``; not its ``raise`` of an exception thrown into a
        # generator (``gen.throw(IndexError())``), which is the guest's.
        return "execution runs past the end of the code" if ins.opname == "BINARY_SUBSCR" else None
    before = instructions[n - 1] if n else None
    if before is not None and before.opname == "PRECALL":  # 3.11: PRECALL n; CALL n
        n -= 1
        before = instructions[n - 1] if n else None
    if before is None:
        return None
    if ins.opname in _CALLS and ins.arg == 0:
        if before.opname in ("LOAD_METHOD", "LOAD_ATTR") and before.argval == "pop":
            return "it takes a value from an empty stack (stack underflow)"
        return None
    if ins.opname in _SUBSCRIPTS:
        negative_constant = before.opname == "LOAD_CONST" and type(before.argval) is int and before.argval < 0
        if negative_constant or before.opname == "UNARY_NEGATIVE":
            return "it reads below the bottom of the value stack (stack underflow)"
    return None


# -- before running: the indexes an instruction's argument makes ----------------------------

_PACKED_LOCALS = frozenset({"LOAD_FAST_LOAD_FAST", "STORE_FAST_LOAD_FAST", "STORE_FAST_STORE_FAST"})


def describe(code, ins) -> str:
    arg = "" if ins.arg is None else f" {ins.arg}"
    return f"{code.co_name} at offset {ins.offset}: {ins.opname}{arg}"


def located(frame, fault: str):
    """The BadBytecodeError for ``fault`` met by the instruction ``frame`` is running."""
    instructions = frame.instructions
    index = frame.lasti
    where = describe(frame.code, instructions[index]) if 0 <= index < len(instructions) else frame.code.co_name
    return BadBytecodeError(f"{where}: {fault}")


def check_indexes(code, ins, opset, nslots: int) -> None:
    """BadBytecodeError if the instruction's argument indexes past what the code object has."""
    arg = ins.arg
    if arg is None:
        return
    numbering = opset.numbering  # what each opcode's argument indexes, from xdis's table
    name = ins.opname
    if name in numbering.const_args:
        if arg >= len(code.co_consts):
            raise BadBytecodeError(f"{describe(code, ins)}: index {arg} is past co_consts ({len(code.co_consts)} constants)")
    elif name in numbering.local_args:
        indexes = (arg >> 4, arg & 15) if name in _PACKED_LOCALS else (arg,)
        for index in indexes:
            if index >= nslots:
                raise BadBytecodeError(f"{describe(code, ins)}: local variable {index} does not exist ({nslots} slots)")
    elif name in numbering.free_args:
        cells = len(code.co_localsplusnames) or len(code.co_cellvars) + len(code.co_freevars)
        if arg >= cells:
            raise BadBytecodeError(f"{describe(code, ins)}: cell {arg} does not exist ({cells} cell and free variables)")


def bad_argument(code, ins, opset, error: Exception):
    """The BadBytecodeError for an operand that could not be prepared: a name index past
    ``co_names`` (its decoding varies: 3.11's LOAD_GLOBAL, 3.12's LOAD_ATTR shift it), or
    an argument that selects nothing in a table (comparison, operator, intrinsic)."""
    if isinstance(error, IndexError) and ins.opname in opset.numbering.name_args:
        what = f"name index {ins.arg} is past co_names ({len(code.co_names)} names)"
    else:
        what = f"bad argument ({type(error).__name__}: {error})"
    return BadBytecodeError(f"{describe(code, ins)}: {what}")
