"""Human and machine-readable listings of code objects of any supported version.

``disassemble()`` gives a text listing in the spirit of the guest version's own ``dis``
(line numbers, ``>>`` on jump targets, offset, opname, argument, the resolved argument in
parentheses, and for 3.11+ the exception table); ``disassemble_json()`` gives the same
data, plus every code object's fields, as plain JSON-able values.

How an argument is shown depends on the opcode *and* the version (3.11's ``LOAD_GLOBAL``
packs a NULL bit, 3.12's ``COMPARE_OP`` shifts by 4 and 3.13's by 5, a ``LOAD_DEREF``
index counts ``co_cellvars + co_freevars`` before 3.11 and the "localsplus" slots after).
All of those facts are the version's opcode set's ``listing`` part
(``pyctk/versions/listing.py``): per version, opcode name → renderer, each version
written as the changes from the one before. Nothing in this module looks at a version
number. The decoding itself (offsets, EXTENDED_ARG, caches,
jump targets, line starts) is ``pyctk.decode``'s, through the version's ``OpcodeSet``.
"""

from __future__ import annotations

import math
import os
from typing import TYPE_CHECKING

import attrs

from pyctk.code import Code
from pyctk.errors import UnsupportedVersionError
from pyctk.versions.listing import _code_repr, repr3

if TYPE_CHECKING:
    from pyctk.versions.listing import Dialect

def dialect_for(version) -> Dialect:
    """The listing dialect of ``version``: its opcode set's ``listing`` part
    (``pyctk/versions/listing.py``)."""
    from pyctk.versions import opset_for

    return opset_for(version).listing


def flag_names(flags: int, version) -> list[str]:
    """The names of the code flags set in ``flags`` (unknown bits as hex)."""
    names = []
    rest = flags
    for bit, flag in dialect_for(version).code_flags:
        if flags & bit:
            names.append(flag)
            rest &= ~bit
    if rest:
        names.append(hex(rest))
    return names


# --------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------


def instructions(code: Code, opset=None) -> list:
    """The decoded instructions of ``code``: by its version's own opcode set (cached on
    the code object), or by ``opset`` (a remapped numbering, say)."""
    if opset is None:
        return code.instructions
    from pyctk.decode import decode

    return decode(code, opset)


# --------------------------------------------------------------------------------------
# Listings
# --------------------------------------------------------------------------------------


def _resolve(code_or_pyc):
    """(top-level Code, PycFile or None) from a Code, a PycFile or a path."""
    from pyctk import pyc as pyc_module

    if isinstance(code_or_pyc, Code):
        return code_or_pyc, None
    if isinstance(code_or_pyc, pyc_module.PycFile):
        return code_or_pyc.code, code_or_pyc
    if isinstance(code_or_pyc, (str, os.PathLike)):
        loaded = pyc_module.load(code_or_pyc)
        return loaded.code, loaded
    raise TypeError(f"disassemble() needs a Code, a PycFile or a path, not {type(code_or_pyc).__name__}")


def describe_argument(code: Code, ins, dialect: Dialect | None = None) -> tuple:
    """(argval, argrepr) of one instruction, as the code's version shows it."""
    if dialect is None:
        dialect = dialect_for(code.version)
    if ins.arg is None:
        return None, ""
    if ins.target_offset is not None:
        return ins.target_offset, f"to {ins.target_offset}"
    render = dialect.args.get(ins.opname)
    if render is None:
        return ins.arg, ""
    return render(code, ins, dialect)


def _code_objects(top: Code, recursive: bool) -> list[Code]:
    return list(top.walk()) if recursive else [top]


SHOW = ("positions", "caches", "exception-table")  # what disassemble(show=...) can add (3.11+)


def disassemble(code_or_pyc, *, recursive: bool = True, opset=None, show=()) -> str:
    """pyctk's own listing of a code object (and, with ``recursive``, of every code object
    nested in it, depth first, each under its own header): ``dis``'s columns, with every
    jump as ``(to OFFSET)``. ``show`` adds, for 3.11+ code: ``positions`` (each
    instruction's line:column-end_line:end_column), ``caches`` (the inline CACHE entries
    after each instruction), ``exception-table`` (each entry's instruction indexes too).
    ``dis_text`` gives exactly what the version's own ``dis.dis`` prints."""
    top, _ = _resolve(code_or_pyc)
    show = frozenset(show)
    unknown = show - set(SHOW)
    if unknown:
        raise ValueError(f"cannot show {', '.join(sorted(unknown))} (one of {', '.join(SHOW)})")
    if show and not dialect_for(top.version).has_exception_table:
        raise UnsupportedVersionError(
            f"CPython {top.version} code has no {', '.join(sorted(show))} to show (3.11+ only)"
        )
    parts = []
    for code in _code_objects(top, recursive):
        parts.append(_listing(code, opset, show))
    return "\n".join(parts)


def _listing(code: Code, opset, show=frozenset()) -> str:
    dialect = dialect_for(code.version)
    decoded = instructions(code, opset)
    lines = [f"Disassembly of {_code_repr(code)}:"]
    starts = [ins.starts_line for ins in decoded if ins.starts_line is not None]
    lineno_width = max(3, len(str(max(starts)))) if starts else 0
    offset_width = max(4, len(str(len(code.co_code))))
    for ins in decoded:
        if ins.starts_line is not None and ins.index > 0:
            lines.append("")
        fields = []
        if lineno_width:
            fields.append(
                str(ins.starts_line).rjust(lineno_width) if ins.starts_line is not None else " " * lineno_width
            )
        fields.append("   ")  # where CPython marks the current instruction
        fields.append(">>" if ins.is_jump_target else "  ")
        fields.append(str(ins.offset).rjust(offset_width))
        fields.append(dialect.display_names.get(ins.opname, ins.opname).ljust(20))
        if ins.arg is not None:
            fields.append(str(ins.arg).rjust(5))
            _, argrepr = describe_argument(code, ins, dialect)
            if argrepr:
                fields.append(f"({argrepr})")
        if "positions" in show:
            fields = [_position_text(code, ins.op_offset).ljust(16), *fields]
        lines.append(" ".join(fields).rstrip())
        if "caches" in show:
            end = decoded[ins.index + 1].offset if ins.index + 1 < len(decoded) else len(code.co_code)
            pad = " " * ((lineno_width + 1 if lineno_width else 0) + 7 + (17 if "positions" in show else 0))
            for offset in range(ins.op_offset + 2, end, 2):
                lines.append(f"{pad}{str(offset).rjust(offset_width)} {'CACHE'.ljust(20)} {str(code.co_code[offset + 1]).rjust(5)}")
    if dialect.has_exception_table:
        table = _exception_table(code, decoded)
        if table:
            lines.append("ExceptionTable:")
            for e in table:
                lasti = " lasti" if e.lasti else ""
                where = f" (instructions {e.start} to {e.end - 1} -> {e.target})" if "exception-table" in show else ""
                lines.append(f"  {e.start_offset} to {e.end_offset - 2} -> {e.target_offset} [{e.depth}]{lasti}{where}")
    return "\n".join(lines) + "\n"


def _position_text(code: Code, offset: int) -> str:
    from pyctk.linetable import position_for_offset

    line, end_line, col, end_col = position_for_offset(code, offset)
    return ":".join("?" if v is None else str(v) for v in (line, col)) + "-" + ":".join(
        "?" if v is None else str(v) for v in (end_line, end_col)
    )


def _exception_table(code: Code, decoded) -> list:
    from pyctk.decode import exception_table

    return exception_table(code, decoded)


def json_value(value, dialect: Dialect | None = None):
    """A constant or argument value as JSON: None, bools, ints, finite floats and strs as
    themselves (a 2.7 byte string as its latin-1 text: one character per byte), lists
    (packed arguments) item by item, anything else (tuples, bytes, 2.7 unicode and long,
    code objects, ...) as its guest repr."""
    if value is None or type(value) in (bool, int, str):
        return value
    if type(value) is float and math.isfinite(value):
        return value
    if type(value) is list:
        return [json_value(v, dialect) for v in value]
    return (dialect.value_repr if dialect else repr3)(value)


def _instruction_json(code: Code, ins, dialect: Dialect) -> dict:
    argval, argrepr = describe_argument(code, ins, dialect)
    return {
        "index": ins.index,
        "offset": ins.offset,
        "op_offset": ins.op_offset,
        "size": ins.size,
        "opcode": ins.opcode,
        "opname": ins.opname,
        "arg": ins.arg,
        "argval": json_value(argval, dialect),
        "argrepr": argrepr,
        "line": ins.line,
        "starts_line": ins.starts_line,
        "is_jump_target": ins.is_jump_target,
        "target_offset": ins.target_offset,
        "target": ins.target,
    }


def code_fields(code: Code) -> dict:
    """A code object's fields as JSON: constants by ``json_value`` (a nested code object
    as its repr; it is listed after this one in ``code_objects``), ``flags`` by name,
    ``nested`` the number of code objects among the constants."""
    dialect = dialect_for(code.version)
    fields = {
        "co_name": code.co_name,
        "co_qualname": code.co_qualname,
        "co_filename": code.co_filename,
        "co_firstlineno": code.co_firstlineno,
        "co_argcount": code.co_argcount,
        "co_posonlyargcount": code.co_posonlyargcount,
        "co_kwonlyargcount": code.co_kwonlyargcount,
        "co_nlocals": code.co_nlocals,
        "co_stacksize": code.co_stacksize,
        "co_flags": code.co_flags,
        "flags": flag_names(code.co_flags, code.version),
        "co_consts": [json_value(c, dialect) for c in code.co_consts],
        "co_names": list(code.co_names),
        "co_varnames": list(code.co_varnames),
        "co_cellvars": list(code.co_cellvars),
        "co_freevars": list(code.co_freevars),
    }
    if dialect.has_exception_table:
        fields["co_localsplusnames"] = list(code.co_localsplusnames)
        fields["co_localspluskinds"] = list(code.co_localspluskinds)
    fields["nested"] = len(code.nested_code)
    return fields


def disassemble_json(code_or_pyc, *, recursive: bool = True, opset=None) -> dict:
    """The listing as JSON-able data: ``{"version", "file"?, "code_objects": [...]}``, each
    code object with its fields, ``instructions`` and (3.11+) ``exception_table``."""
    top, loaded = _resolve(code_or_pyc)
    result = {"version": str(top.version)}
    if loaded is not None:
        result["file"] = loaded.path
    objects = []
    for code in _code_objects(top, recursive):
        dialect = dialect_for(code.version)
        decoded = instructions(code, opset)
        entry = code_fields(code)
        entry["instructions"] = [_instruction_json(code, ins, dialect) for ins in decoded]
        if dialect.has_exception_table:
            entry["exception_table"] = [
                {
                    "start_offset": e.start_offset,
                    "end_offset": e.end_offset,
                    "target_offset": e.target_offset,
                    "depth": e.depth,
                    "lasti": e.lasti,
                    "start": e.start,
                    "end": e.end,
                    "target": e.target,
                }
                for e in _exception_table(code, decoded)
            ]
        objects.append(entry)
    result["code_objects"] = objects
    return result


# --------------------------------------------------------------------------------------
# The text of the version's own dis.dis(code)
# --------------------------------------------------------------------------------------


def dis_text(code_or_pyc, *, opset=None) -> str:
    """Exactly what the code's own CPython version prints for ``dis.dis(code)``: the same
    columns, blank lines, jump arguments (2.7–3.9: ``(to N)`` on relative jumps only;
    3.10–3.12: on every jump; 3.13: labels ``L1:`` and ``to L1``), EXTENDED_ARG prefixes
    as instructions of their own, the exception table (3.11+), and from 3.7 the nested
    code objects under ``Disassembly of <code object ...>:``. Code objects show at
    pyctk's address for them (CPython's differ from run to run anyway)."""
    top, _ = _resolve(code_or_pyc)
    dialect = _text_dialect(dialect_for(top.version))
    parts = []

    def visit(code, nested):
        if nested:
            parts.append(f"\nDisassembly of {_addressed_code_repr(code)}:\n")
        parts.append(_dis_listing(code, opset, dialect))
        if dialect.dis_recursive:
            for const in code.co_consts:
                if isinstance(const, Code):
                    visit(const, True)

    visit(top, False)
    return "".join(parts)


def _addressed_code_repr(code: Code) -> str:
    return f'<code object {code.co_name} at {id(code):#x}, file "{code.co_filename}", line {code.co_firstlineno}>'


_TEXT_DIALECTS: dict = {}


def _text_dialect(dialect: Dialect) -> Dialect:
    """The dialect with code objects shown as ``dis`` shows them, address and all."""
    text = _TEXT_DIALECTS.get(dialect.version)
    if text is None:
        base = dialect.value_repr

        def value_repr(value):
            return _addressed_code_repr(value) if isinstance(value, Code) else base(value)

        text = _TEXT_DIALECTS[dialect.version] = attrs.evolve(dialect, value_repr=value_repr)
    return text


@attrs.define
class _Row:
    """One line of a dis listing: an instruction, or an EXTENDED_ARG prefix of one."""

    offset: int
    opname: str
    arg: str | None  # as printed
    argrepr: str | None
    starts_line: bool
    line: int | None
    is_jump_target: bool


def _rows(code: Code, decoded, dialect: Dialect, opset, starts) -> list[_Row]:
    from pyctk.versions import opset_for

    numbering = (opset or opset_for(code.version)).numbering
    unit = 3 if dialect.dis_layout == "py27" else 2
    raw = code.co_code
    rows = []
    labels27 = _findlabels27(raw, numbering) if unit == 3 else None
    for ins in decoded:
        ext = 0
        first = True
        for offset in range(ins.offset, ins.op_offset, unit):
            if unit == 3:
                value = raw[offset + 1] | raw[offset + 2] << 8 | ext
                ext = value << 16
            else:
                value = raw[offset + 1] | ext
                ext = value << 8
            rows.append(_Row(offset, "EXTENDED_ARG", str(value), None, offset in starts, starts.get(offset),
                             first and ins.is_jump_target))
            first = False
        long_arg = unit == 3 and ins.op_offset != ins.offset  # 2.7: an extended argument is a long
        arg = None if ins.arg is None else str(ins.arg) + ("L" if long_arg else "")
        argrepr = _text_argrepr(code, ins, dialect, numbering, long_arg)
        rows.append(_Row(ins.op_offset, dialect.display_names.get(ins.opname, ins.opname), arg, argrepr,
                         ins.op_offset in starts, starts.get(ins.op_offset), first and ins.is_jump_target))
    if labels27 is not None:
        for row in rows:
            row.is_jump_target = row.offset in labels27
    return rows


def _findlabels27(raw: bytes, numbering) -> set:
    """The offsets 2.7's listing marks ``>>``: its ``dis.findlabels`` reads each jump's
    16-bit argument without the EXTENDED_ARG before it, so in code past 64 KiB it marks
    the target's offset modulo 65536 (and not the real target)."""
    labels = set()
    i, n = 0, len(raw)
    while i < n:
        op = raw[i]
        i += 1
        if numbering.has_arg[op]:
            if i + 1 >= n:
                break
            oparg = raw[i] | raw[i + 1] << 8
            i += 2
            name = numbering.opnames[op]
            if name in numbering.jrel:
                labels.add(i + oparg)
            elif name in numbering.jabs:
                labels.add(oparg)
    return labels


def _text_argrepr(code, ins, dialect, numbering, long_arg) -> str:
    """The argument as ``dis`` shows it in parentheses, or None for no parentheses (2.7
    prints them, empty, for an empty name)."""
    if ins.arg is None:
        return None
    if ins.target_offset is not None:
        if dialect.jump_repr == "relative" and ins.opname not in numbering.jrel:
            return None
        if dialect.jump_repr == "label":
            return "to L{label}"  # filled in once the labels are numbered
        return f"to {ins.target_offset}" + ("L" if long_arg else "")
    if ins.opname not in dialect.args:
        return None
    return describe_argument(code, ins, dialect)[1]


def _text_line_starts(code: Code, dialect: Dialect) -> dict:
    """Offset → line (or None, 3.13) where ``dis`` starts a new line: 3.13's
    ``findlinestarts`` also reports where the line number goes away."""
    from pyctk.linetable import co_lines, line_starts

    if dialect.dis_layout != "py313":
        return line_starts(code)
    starts = {}
    last = False
    for start, _end, line in co_lines(code):
        if line is not last:
            last = line
            starts[start] = line
    return starts


def _dis_listing(code: Code, opset, dialect: Dialect) -> str:
    decoded = instructions(code, opset)
    starts = _text_line_starts(code, dialect)
    rows = _rows(code, decoded, dialect, opset, starts)
    table = _exception_table(code, decoded) if dialect.has_exception_table else []
    if dialect.dis_layout == "py27":
        lines = _lines27(rows)
    elif dialect.dis_layout == "py3":
        lines = _lines3(code, rows, starts, dialect.wide_columns)
    else:
        return _listing313(code, rows, decoded, starts, table)
    for e in table:
        if e is table[0]:
            lines.append("ExceptionTable:")
        lasti = " lasti" if e.lasti else ""
        lines.append(f"  {e.start_offset} to {e.end_offset - 2} -> {e.target_offset} [{e.depth}]{lasti}")
    return "".join(line + "\n" for line in lines)


def _lines27(rows) -> list[str]:
    """2.7's ``dis.disassemble``: ``print`` statements with trailing commas (so one space
    between fields, and the opname's padding kept when nothing follows it)."""
    lines = []
    for row in rows:
        if row.starts_line and row.offset > 0:
            lines.append("")
        fields = ["%3d" % row.line if row.starts_line else "   ", "   ", ">>" if row.is_jump_target else "  ",
                  str(row.offset).rjust(4), row.opname.ljust(20)]
        if row.arg is not None:
            fields.append(row.arg.rjust(5))
            if row.argrepr is not None:
                fields.append(f"({row.argrepr})")
        lines.append(" ".join(fields))
    return lines


def _lines3(code, rows, starts, wide_columns) -> list[str]:
    """3.6–3.12's ``Instruction._disassemble``."""
    lines = []
    max_line = max((line for line in starts.values() if line is not None), default=None)
    lineno_width = 0 if not starts else max(3, len(str(max_line)) if max_line is not None and wide_columns else 0)
    offset_width = max(4, len(str(len(code.co_code) - 2))) if wide_columns else 4
    for row in rows:
        if lineno_width and row.starts_line and row.offset > 0:
            lines.append("")
        fields = []
        if lineno_width:
            fields.append(str(row.line).rjust(lineno_width) if row.starts_line else " " * lineno_width)
        fields += ["   ", ">>" if row.is_jump_target else "  ", str(row.offset).rjust(offset_width),
                   row.opname.ljust(20)]
        if row.arg is not None:
            fields.append(row.arg.rjust(5))
            if row.argrepr:
                fields.append(f"({row.argrepr})")
        lines.append(" ".join(fields).rstrip())
    return lines


def _listing313(code, rows, decoded, starts, table) -> str:
    """3.13's ``dis.Formatter``: labels instead of offsets and ``>>``."""
    labels = {ins.target_offset for ins in decoded if ins.target_offset is not None}
    for e in table:
        labels.update((e.start_offset, e.end_offset, e.target_offset))
    label_of = {offset: i for i, offset in enumerate(sorted(labels), 1)}
    label_width = 4 + len(str(len(label_of)))
    known = [line for line in starts.values() if line]
    lineno_width = max(3, len(str(max(known)))) if known else 0
    if lineno_width and lineno_width < 4 and None in starts.values():
        lineno_width = 4
    targets = {ins.op_offset: ins.target_offset for ins in decoded if ins.target_offset is not None}
    lines = []
    for row in rows:
        if lineno_width and row.starts_line and row.offset > 0:
            lines.append("")
        fields = []
        if lineno_width:
            if row.starts_line:
                fields.append(("  --" if row.line is None else str(row.line)).rjust(lineno_width))
            else:
                fields.append(" " * lineno_width)
        label = label_of.get(row.offset)
        fields.append(f"L{label}:".rjust(label_width) if label is not None else " " * label_width)
        fields.append("   ")
        fields.append(row.opname.ljust(20))
        if row.arg is not None:
            fields.append(row.arg.rjust(5 - max(0, len(row.opname) - 20)))
            argrepr = row.argrepr
            if argrepr == "to L{label}":
                argrepr = f"to L{label_of[targets[row.offset]]}"
            if argrepr:
                fields.append(f"({argrepr})")
        lines.append(" ".join(fields).rstrip())
    if table:
        lines.append("ExceptionTable:")
        for e in table:
            lasti = " lasti" if e.lasti else ""
            lines.append(f"  L{label_of[e.start_offset]} to L{label_of[e.end_offset]} -> "
                         f"L{label_of[e.target_offset]} [{e.depth}]{lasti}")
    return "".join(line + "\n" for line in lines)
