"""Human and machine-readable listings of code objects of any supported version.

``disassemble()`` gives a text listing in the spirit of the guest version's own ``dis``
(line numbers, ``>>`` on jump targets, offset, opname, argument, the resolved argument in
parentheses, and for 3.11+ the exception table); ``disassemble_json()`` gives the same
data, plus every code object's fields, as plain JSON-able values.

How an argument is shown depends on the opcode *and* the version (3.11's ``LOAD_GLOBAL``
packs a NULL bit, 3.12's ``COMPARE_OP`` shifts by 4 and 3.13's by 5, a ``LOAD_DEREF``
index counts ``co_cellvars + co_freevars`` before 3.11 and the "localsplus" slots after).
All of those facts are in one place, ``DIALECTS`` below: per version, opcode name →
renderer, each version written as the changes from the one before. Nothing else in this
module looks at a version number. The decoding itself (offsets, EXTENDED_ARG, caches,
jump targets, line starts) is ``pyctk.decode``'s, through the version's ``OpcodeSet``.
"""

from __future__ import annotations

import decimal
import math
import os
from types import MappingProxyType
from typing import Callable, Mapping

import attrs

from pyctk.code import Code
from pyctk.errors import BadBytecodeError, UnsupportedVersionError
from pyctk.values27 import Long27, Unicode27
from pyctk.version import Version

# --------------------------------------------------------------------------------------
# Values as the guest version would show them
# --------------------------------------------------------------------------------------


def _code_repr(code: Code) -> str:
    # CPython's repr without the object's address, which means nothing here.
    return f'<code object {code.co_name}, file "{code.co_filename}", line {code.co_firstlineno}>'


def repr3(value) -> str:
    """``repr`` of a guest 3.x constant."""
    if isinstance(value, Code):
        return _code_repr(value)
    if isinstance(value, tuple):
        inner = ", ".join(repr3(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, frozenset):
        if not value:
            return "frozenset()"
        # CPython's order depends on string hashing (PYTHONHASHSEED): sort for a stable listing.
        return "frozenset({" + ", ".join(sorted(repr3(v) for v in value)) + "})"
    if type(value) is int:
        return _digits(value)
    return repr(value)


def _digits(number: int) -> str:
    """An int's decimal digits whatever its size: 2.7 folds constants such as ``7 ** 6000``
    that the host's int-to-str limit refuses to print; decimal's conversion has no limit."""
    try:
        return int.__repr__(number)
    except ValueError:
        return str(decimal.Decimal(int(number)))


def repr27(value) -> str:
    """``repr`` of a guest 2.7 constant (``str`` are bytes held as latin-1 text)."""
    if isinstance(value, Code):
        return _code_repr(value)
    if isinstance(value, Unicode27):
        return "u" + ascii(str(value))
    if isinstance(value, str):
        return repr(value.encode("latin-1", "replace"))[1:]
    if isinstance(value, Long27):
        return _digits(value) + "L"
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return _digits(value)
    if isinstance(value, tuple):
        inner = ", ".join(repr27(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, frozenset):
        return "frozenset([" + ", ".join(sorted(repr27(v) for v in value)) + "])"
    if isinstance(value, bytes):  # not produced by the 2.7 reader, but be total
        return repr(value)[1:]
    return repr(value)


# --------------------------------------------------------------------------------------
# Argument renderers: (code, instruction, dialect) -> (argval, argrepr)
# --------------------------------------------------------------------------------------


def _item(table, index: int, what: str, code, ins):
    if not 0 <= index < len(table):
        raise BadBytecodeError(
            f"{code.co_name} at offset {ins.offset}: {ins.opname} {ins.arg} refers to {what} {index}, "
            f"but there are only {len(table)}"
        )
    return table[index]


def const(code, ins, d):
    value = _item(code.co_consts, ins.arg, "constant", code, ins)
    return value, d.value_repr(value)


def name(code, ins, d):
    value = _item(code.co_names, ins.arg, "name", code, ins)
    return value, value


def local(code, ins, d):
    value = _item(code.co_varnames, ins.arg, "local variable", code, ins)
    return value, value


def cell(code, ins, d):
    """Before 3.11: an index into ``co_cellvars + co_freevars``."""
    value = _item(code.cell_and_free_names, ins.arg, "cell or free variable", code, ins)
    return value, value


def slot(code, ins, d):
    """3.11+: an index into the frame's "localsplus" slots (locals, cells, free vars)."""
    value = _item(code.co_localsplusnames, ins.arg, "local slot", code, ins)
    return value, value


def compare(code, ins, d):
    value = _item(d.cmp_op, ins.arg, "comparison", code, ins)
    return value, value


def compare_shift4(code, ins, d):
    """3.12: the operator is ``arg >> 4`` (the low bits are a specialization counter)."""
    value = _item(d.cmp_op, ins.arg >> 4, "comparison", code, ins)
    return value, value


def compare_shift5_bool(code, ins, d):
    """3.13: ``arg >> 5`` is the operator; bit 4 asks for the result as a bool."""
    value = _item(d.cmp_op, ins.arg >> 5, "comparison", code, ins)
    return value, (f"bool({value})" if ins.arg & 16 else value)


def _packed_name(shift: int, text: str) -> Callable:
    """A name index shifted left by ``shift`` with a flag in bit 0, shown as ``text``
    (``{name}`` in it stands for the name) when the bit is set."""

    def render(code, ins, d):
        value = _item(code.co_names, ins.arg >> shift, "name", code, ins)
        return value, (text.format(name=value) if ins.arg & 1 else value)

    render.__name__ = f"packed_name_{shift}"
    return render


def slot_pair(code, ins, d):
    """3.13 superinstructions: two 4-bit slot indexes, ``arg >> 4`` and ``arg & 15``."""
    first = _item(code.co_localsplusnames, ins.arg >> 4, "local slot", code, ins)
    second = _item(code.co_localsplusnames, ins.arg & 15, "local slot", code, ins)
    return [first, second], f"{first}, {second}"


def format_value(code, ins, d):
    conversion = ("", "str", "repr", "ascii")[ins.arg & 3]
    with_spec = bool(ins.arg & 4)
    text = ", ".join(t for t in (conversion, "with format" if with_spec else "") if t)
    return [conversion or None, with_spec], text


def convert_value(code, ins, d):
    value = _item(("", "str", "repr", "ascii"), ins.arg, "conversion", code, ins)
    return value or None, value


def _flag_names(names: tuple) -> Callable:
    def render(code, ins, d):
        return ins.arg, ", ".join(n for i, n in enumerate(names) if ins.arg & (1 << i))

    render.__name__ = "flags"
    return render


def _table(values: tuple, what: str) -> Callable:
    def render(code, ins, d):
        value = _item(values, ins.arg, what, code, ins)
        return value, value

    render.__name__ = "table"
    return render


_FUNCTION_FLAGS = ("defaults", "kwdefaults", "annotations", "closure")
_BINARY_OPS = (
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
)  # fmt: skip
_INTRINSIC_1 = (
    "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
)  # fmt: skip
_INTRINSIC_2_312 = (
    "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
)  # fmt: skip
_CMP_OP_27 = ("<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not", "exception match", "BAD")
_CMP_OP_39 = ("<", "<=", "==", "!=", ">", ">=")


# --------------------------------------------------------------------------------------
# The table: per version, what differs
# --------------------------------------------------------------------------------------


@attrs.frozen
class Dialect:
    """How one version's listing shows arguments, values, names and flags."""

    version: Version
    args: Mapping[str, Callable]  # opname -> renderer; jumps are rendered from the decoder's targets
    value_repr: Callable
    cmp_op: tuple
    display_names: Mapping[str, str]  # opname (pyctk's / xdis's spelling) -> CPython's spelling
    code_flags: tuple  # (bit, name) pairs
    has_exception_table: bool
    # How ``dis.dis(code)`` prints (dis_text below):
    dis_layout: str = "py27"  # "py27" (print statements), "py3" (Instruction._disassemble), "py313" (Formatter)
    jump_repr: str = "relative"  # "(to N)" for relative jumps only, "all" jumps, or "label" (to L3)
    dis_recursive: bool = False  # nested code objects follow, under "Disassembly of <code object ...>:"
    wide_columns: bool = True  # line and offset columns widen for lines >= 1000, offsets >= 10000 (3.7+)

    def derive(self, version: str, *, remove=(), add=None, replace=None, **fields) -> "Dialect":
        """The next version: ``remove``d, ``add``ed and ``replace``d renderers. Like
        ``OpcodeSet.derive``, a delta that does not match its base is an error."""
        args = dict(self.args)
        for opname in remove:
            if opname not in args:
                raise ValueError(f"{version}: cannot remove {opname}: not rendered in {self.version}")
            del args[opname]
        for opname, render in (add or {}).items():
            if opname in args:
                raise ValueError(f"{version}: cannot add {opname}: already rendered in {self.version}")
            args[opname] = render
        for opname, render in (replace or {}).items():
            if opname not in args:
                raise ValueError(f"{version}: cannot replace {opname}: not rendered in {self.version}")
            args[opname] = render
        return attrs.evolve(self, version=Version.parse(version), args=MappingProxyType(args), **fields)


def _flags(*pairs) -> tuple:
    return tuple(pairs)


_FLAGS_COMMON = _flags(
    (0x0001, "OPTIMIZED"), (0x0002, "NEWLOCALS"), (0x0004, "VARARGS"), (0x0008, "VARKEYWORDS"),
    (0x0010, "NESTED"), (0x0020, "GENERATOR"), (0x0040, "NOFREE"),
)  # fmt: skip
_FLAGS_FUTURE_27 = _flags(
    (0x2000, "FUTURE_DIVISION"), (0x4000, "FUTURE_ABSOLUTE_IMPORT"), (0x8000, "FUTURE_WITH_STATEMENT"),
    (0x10000, "FUTURE_PRINT_FUNCTION"), (0x20000, "FUTURE_UNICODE_LITERALS"),
)  # fmt: skip
_FLAGS_ASYNC = _flags((0x0080, "COROUTINE"), (0x0100, "ITERABLE_COROUTINE"), (0x0200, "ASYNC_GENERATOR"))
_FLAGS_FUTURE_36 = _FLAGS_FUTURE_27 + _flags((0x40000, "FUTURE_BARRY_AS_BDFL"), (0x80000, "FUTURE_GENERATOR_STOP"))
_FLAGS_FUTURE_38 = _flags(
    (0x20000, "FUTURE_DIVISION"), (0x40000, "FUTURE_ABSOLUTE_IMPORT"), (0x80000, "FUTURE_WITH_STATEMENT"),
    (0x100000, "FUTURE_PRINT_FUNCTION"), (0x200000, "FUTURE_UNICODE_LITERALS"), (0x400000, "FUTURE_BARRY_AS_BDFL"),
    (0x800000, "FUTURE_GENERATOR_STOP"), (0x1000000, "FUTURE_ANNOTATIONS"),
)  # fmt: skip

_NAMES = dict.fromkeys(
    ("LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR",
     "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "IMPORT_NAME", "IMPORT_FROM"),
    name,
)  # fmt: skip

PY27 = Dialect(
    version=Version(2, 7),
    args=MappingProxyType(
        {
            "LOAD_CONST": const,
            **_NAMES,
            "LOAD_FAST": local,
            "STORE_FAST": local,
            "DELETE_FAST": local,
            "COMPARE_OP": compare,
            "LOAD_CLOSURE": cell,
            "LOAD_DEREF": cell,
            "STORE_DEREF": cell,
        }
    ),
    value_repr=repr27,
    cmp_op=_CMP_OP_27,
    display_names=MappingProxyType(
        {f"{kind}SLICE_{n}": f"{kind}SLICE+{n}" for kind in ("", "STORE_", "DELETE_") for n in range(4)}
    ),
    code_flags=_FLAGS_COMMON + _FLAGS_FUTURE_27,
    has_exception_table=False,
)

PY36 = PY27.derive(
    "3.6",
    add={
        "DELETE_DEREF": cell,
        "LOAD_CLASSDEREF": cell,
        "STORE_ANNOTATION": name,
        "FORMAT_VALUE": format_value,
    },
    value_repr=repr3,
    display_names=MappingProxyType({}),
    code_flags=_FLAGS_COMMON + _FLAGS_ASYNC + _FLAGS_FUTURE_36,
    dis_layout="py3",
    wide_columns=False,  # 3.6: three digits of line, four of offset, whatever the code
)
PY37 = PY36.derive(
    "3.7",
    remove=("STORE_ANNOTATION",),
    add={"LOAD_METHOD": name},
    code_flags=PY36.code_flags + _flags((0x100000, "FUTURE_ANNOTATIONS")),
    dis_recursive=True,
    wide_columns=True,
)
PY38 = PY37.derive(
    "3.8",
    add={"MAKE_FUNCTION": _flag_names(_FUNCTION_FLAGS)},
    code_flags=_FLAGS_COMMON + _FLAGS_ASYNC + _FLAGS_FUTURE_38,
)
PY39 = PY38.derive("3.9", cmp_op=_CMP_OP_39)
PY310 = PY39.derive("3.10", jump_repr="all")
PY311 = PY310.derive(
    "3.11",
    replace={
        "LOAD_GLOBAL": _packed_name(1, "NULL + {name}"),
        "LOAD_FAST": slot,
        "STORE_FAST": slot,
        "DELETE_FAST": slot,
        "LOAD_CLOSURE": slot,
        "LOAD_DEREF": slot,
        "STORE_DEREF": slot,
        "DELETE_DEREF": slot,
        "LOAD_CLASSDEREF": slot,
    },
    add={"MAKE_CELL": slot, "BINARY_OP": _table(_BINARY_OPS, "binary operator")},
    has_exception_table=True,
)
PY312 = PY311.derive(
    "3.12",
    remove=("LOAD_METHOD", "LOAD_CLASSDEREF"),
    replace={
        "LOAD_ATTR": _packed_name(1, "NULL|self + {name}"),
        "COMPARE_OP": compare_shift4,
    },
    add={
        "LOAD_SUPER_ATTR": _packed_name(2, "NULL|self + {name}"),
        "RETURN_CONST": const,
        "KW_NAMES": const,
        "LOAD_FAST_CHECK": slot,
        "LOAD_FAST_AND_CLEAR": slot,
        "LOAD_FROM_DICT_OR_DEREF": slot,
        "LOAD_FROM_DICT_OR_GLOBALS": name,
        "CALL_INTRINSIC_1": _table(_INTRINSIC_1, "intrinsic"),
        "CALL_INTRINSIC_2": _table(_INTRINSIC_2_312, "intrinsic"),
    },
)
PY313 = PY312.derive(
    "3.13",
    # MAKE_FUNCTION lost its argument to SET_FUNCTION_ATTRIBUTE; FORMAT_VALUE became
    # CONVERT_VALUE + FORMAT_SIMPLE/FORMAT_WITH_SPEC; KW_NAMES became CALL_KW;
    # LOAD_CLOSURE is a pseudo-instruction (emitted as LOAD_FAST).
    remove=("MAKE_FUNCTION", "FORMAT_VALUE", "KW_NAMES", "LOAD_CLOSURE"),
    replace={
        # The NULL now comes after: "name + NULL".
        "LOAD_GLOBAL": _packed_name(1, "{name} + NULL"),
        "LOAD_ATTR": _packed_name(1, "{name} + NULL|self"),
        "LOAD_SUPER_ATTR": _packed_name(2, "{name} + NULL|self"),
        "COMPARE_OP": compare_shift5_bool,
        "CALL_INTRINSIC_2": _table(_INTRINSIC_2_312 + ("INTRINSIC_SET_TYPEPARAM_DEFAULT",), "intrinsic"),
    },
    add={
        "SET_FUNCTION_ATTRIBUTE": _flag_names(_FUNCTION_FLAGS),
        "CONVERT_VALUE": convert_value,
        "LOAD_FAST_LOAD_FAST": slot_pair,
        "STORE_FAST_LOAD_FAST": slot_pair,
        "STORE_FAST_STORE_FAST": slot_pair,
    },
    dis_layout="py313",
    jump_repr="label",
)

DIALECTS: Mapping[tuple, Dialect] = MappingProxyType(
    {d.version.tuple: d for d in (PY27, PY36, PY37, PY38, PY39, PY310, PY311, PY312, PY313)}
)


def dialect_for(version) -> Dialect:
    version = Version.of(version)
    try:
        return DIALECTS[version.tuple]
    except KeyError:
        raise UnsupportedVersionError(f"no listing format for CPython {version}") from None


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
