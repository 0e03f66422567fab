"""Decoding a code object's bytes into instructions, once.

The numbering (which byte is which opcode) and the encoding facts (2-byte arguments or
wordcode, jump units, which jumps go backward) come from an ``OpcodeSet``; nothing here
knows a version. EXTENDED_ARG prefixes are folded into the instruction they extend and
3.11+ CACHE entries are dropped, so ``instructions[i]`` is the i-th real instruction and
jumps are given both as byte offsets (for listings) and as instruction indices (for the VM).
"""

from __future__ import annotations

import attrs

from pyctk import linetable
from pyctk.errors import BadBytecodeError


@attrs.define(slots=True, eq=False)
class Instruction:
    index: int
    offset: int  # of the first EXTENDED_ARG prefix, as CPython's dis reports it
    op_offset: int  # of the opcode itself
    opcode: int
    opname: str
    arg: int | None
    size: int  # bytes, prefixes included, caches excluded
    line: int | None
    starts_line: int | None = None
    target_offset: int | None = None
    target: int | None = None  # instruction index of the jump target
    is_jump_target: bool = False

    def __repr__(self) -> str:
        arg = "" if self.arg is None else f" {self.arg}"
        return f"<{self.offset} {self.opname}{arg}>"


def decode(code, opset=None) -> list[Instruction]:
    if opset is None:
        from pyctk.versions import opset_for

        opset = opset_for(code.version)
    raw = _split(code, opset)
    offsets = {ins.offset: ins.index for ins in raw}
    offsets.update({ins.op_offset: ins.index for ins in raw})
    for ins in raw:
        if ins.target_offset is None:
            continue
        target = offsets.get(ins.target_offset)
        if target is None:
            raise BadBytecodeError(
                f"{code.co_name} at offset {ins.offset}: {ins.opname} jumps to {ins.target_offset}, "
                "which is not the start of an instruction"
            )
        ins.target = target
        raw[target].is_jump_target = True
    for entry in exception_table(code, raw):
        raw[entry.target].is_jump_target = True
    return raw


def _split(code, opset) -> list[Instruction]:
    data = code.co_code
    n = len(data)
    opnames = opset.opnames
    has_arg = opset.has_arg
    wordcode = opset.wordcode
    ext_shift = 8 if wordcode else 16
    extended_arg = opset.extended_arg_opcode
    cache = opset.cache_opcode
    starts = _line_starts(code)
    positions = linetable.position_table(code)  # (a line per offset, read from it here: per instruction)
    covered = len(positions)
    result: list[Instruction] = []
    pos = 0
    prefix_start = None
    ext = 0
    while pos < n:
        op_offset = pos
        op = data[pos]
        if wordcode:
            if pos + 1 >= n:
                raise BadBytecodeError(f"{code.co_name}: bytecode ends inside the instruction at offset {pos}")
            arg = data[pos + 1] | ext
            pos += 2
            if not has_arg[op]:
                arg = None
        elif has_arg[op]:
            if pos + 2 >= n:
                raise BadBytecodeError(f"{code.co_name}: bytecode ends inside the instruction at offset {pos}")
            arg = data[pos + 1] | (data[pos + 2] << 8) | ext
            pos += 3
        else:
            arg = None
            pos += 1
        if op == cache:
            continue  # inline cache entry (3.11+): not an instruction
        if op == extended_arg:
            if prefix_start is None:
                prefix_start = op_offset
            ext = (arg or 0) << ext_shift
            continue
        opname = opnames[op]
        if opname is None:
            raise BadBytecodeError(f"{code.co_name} at offset {op_offset}: unknown opcode {op}")
        start = op_offset if prefix_start is None else prefix_start
        # Caches following this instruction belong to it for jump arithmetic.
        next_offset = pos
        if cache is not None:
            while next_offset < n and data[next_offset] == cache:
                next_offset += 2
        ins = Instruction(
            index=len(result),
            offset=start,
            op_offset=op_offset,
            opcode=op,
            opname=opname,
            arg=arg,
            size=pos - start,
            line=positions[op_offset][2] if op_offset < covered and positions[op_offset] is not None else None,
            starts_line=starts.get(start, starts.get(op_offset)),
        )
        target = opset.jump_target_offset(opname, arg, next_offset)
        if target is not None:
            if not 0 <= target < n:
                raise BadBytecodeError(
                    f"{code.co_name} at offset {start}: {opname} {arg} jumps to {target}, outside the code ({n} bytes)"
                )
            ins.target_offset = target
        result.append(ins)
        prefix_start = None
        ext = 0
    if prefix_start is not None:
        raise BadBytecodeError(f"{code.co_name}: EXTENDED_ARG at offset {prefix_start} extends nothing")
    return result


def _line_starts(code) -> dict[int, int]:
    """The line starts, with the line table read once: a damaged table (the readers in
    ``linetable`` index past the end of a truncated one) is bad bytecode, not an
    IndexError (robustness fix; tests/test_cli.py, case "corrupt_line_table")."""
    try:
        starts = linetable.line_starts(code)
        linetable.line_for_offset(code, 0)  # builds and caches the per-offset table
    except (IndexError, ValueError) as e:
        raise BadBytecodeError(f"{code.co_name}: corrupt line table ({e})") from None
    return starts


def exception_table(code, instructions=None):
    """The 3.11+ exception table with instruction indices resolved."""
    from xdis.bytecode import parse_exception_table

    from pyctk.code import ExceptionTableEntry

    if not code.co_exceptiontable:
        return []
    if instructions is None:
        instructions = code.instructions
    by_offset = {}
    for ins in instructions:
        by_offset[ins.offset] = ins.index
        by_offset.setdefault(ins.op_offset, ins.index)
    end_code = len(code.co_code)

    def first_at_or_after(offset: int) -> int:
        for ins in instructions:
            if ins.op_offset >= offset:
                return ins.index
        return len(instructions)

    result = []
    try:
        raw = parse_exception_table(code.co_exceptiontable)
    except Exception as e:
        raise BadBytecodeError(f"{code.co_name}: corrupt exception table ({e})") from None
    for start, end, target, depth, lasti in raw:
        if target not in by_offset or start > end_code or end > end_code:
            raise BadBytecodeError(f"{code.co_name}: exception table entry {start}-{end} -> {target} is out of range")
        result.append(
            ExceptionTableEntry(
                start=first_at_or_after(start),
                end=first_at_or_after(end),
                target=by_offset[target],
                depth=depth,
                lasti=bool(lasti),
                start_offset=start,
                end_offset=end,
                target_offset=target,
            )
        )
    return result
