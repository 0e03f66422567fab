"""The listing dialect of each version: how its ``dis`` shows each instruction's argument,
its values, its comparison operators, its code flags, and how its ``dis.dis`` lays a
listing out. Each version's set is the one before with its changes (``Dialect.derive``);
the opcode set of a version holds its dialect as its ``listing`` part
(``pyctk/versions/pyXY.py``), and ``pyctk/disassemble.py`` reads it from there.
"""

from __future__ import annotations

import decimal
from types import MappingProxyType
from typing import Callable, Mapping

import attrs

from pyctk.code import Code
from pyctk.errors import BadBytecodeError
from pyctk.runtime.py27.kinds import Long27, Unicode27
from pyctk.version import Version
from pyctk.versions.base import apply_delta

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
        args = apply_delta(self.args, version, f"rendered in {self.version}", remove, add, replace)
        return attrs.evolve(self, version=Version.parse(version), args=args, **fields)


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
