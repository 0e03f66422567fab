"""Unary and binary operators, comparisons, membership and identity tests."""

from __future__ import annotations

import operator
import re

import attrs

from pyctk.runtime import deepcompare
from pyctk.runtime.deepcompare import Deep
from pyctk.runtime.fuse import UNKNOWN
from pyctk.runtime.ops import Kind, fusion, operand
from pyctk.versions.host import STR_INDEX_NAMES_TYPE

# -- in a superinstruction: the templates runtime/fuse.py writes for these -----------------

# Host operators written inline instead of called through ``operator``: same protocol,
# one C call fewer.
INLINE = {
    operator.add: "{0} + {1}", operator.sub: "{0} - {1}", operator.mul: "{0} * {1}",
    operator.truediv: "{0} / {1}", operator.floordiv: "{0} // {1}", operator.mod: "{0} % {1}",
    operator.pow: "{0} ** {1}", operator.lshift: "{0} << {1}", operator.rshift: "{0} >> {1}",
    operator.and_: "{0} & {1}", operator.or_: "{0} | {1}", operator.xor: "{0} ^ {1}",
    operator.matmul: "{0} @ {1}", operator.getitem: "{0}[{1}]",
    operator.lt: "{0} < {1}", operator.le: "{0} <= {1}", operator.eq: "{0} == {1}",
    operator.ne: "{0} != {1}", operator.gt: "{0} > {1}", operator.ge: "{0} >= {1}",
    operator.is_: "{0} is {1}", operator.is_not: "{0} is not {1}",
    operator.neg: "-{0}", operator.pos: "+{0}", operator.invert: "~{0}",
}
# In-place operators: ``x = a; x += b`` is operator.iadd(a, b).
INPLACE = {
    operator.iadd: "+=", operator.isub: "-=", operator.imul: "*=", operator.itruediv: "/=",
    operator.ifloordiv: "//=", operator.imod: "%=", operator.ipow: "**=", operator.ilshift: "<<=",
    operator.irshift: ">>=", operator.iand: "&=", operator.ior: "|=", operator.ixor: "^=",
    operator.imatmul: "@=",
}


@attrs.frozen
class Apply(Kind):
    """``op`` of the top ``arity`` values replaces them (op None: the operand is the op)."""

    op: object
    arity: int

    def stack_effect(self, arg, jump):
        return 1 - self.arity

    def describe(self, handler, operand):
        op = self.op if self.op is not None else operand
        if type(op) is Deep:
            return DeepCompare.describe_deep(op, False)
        if op in INLINE:
            return (Apply, INLINE[op], self.arity), ()
        if op in INPLACE:
            return (Inplace, INPLACE[op]), ()
        fast = getattr(op, "fast_path", None)
        if fast is not None and self.arity == 2:
            return (Guarded, fast), (op,)
        return (Apply, None, self.arity), (op,)

    @staticmethod
    def write(w, part) -> bool:
        _, template, arity = part
        op = w.value() if template is None else None
        w.mark()
        args = [w.pop() for _ in range(arity)][::-1]
        if template is not None:
            w.result(template.format(*args))
        else:
            w.result(f"{op}({', '.join(args)})")
        return False


class DeepCompare(Kind):
    """Written for a comparison held to the guest's recursion limit (``Deep``): inline
    as any other, with a check of the left operand only where neither operand is a
    constant of the run (a constant's nesting is the program's own)."""

    @staticmethod
    def describe_deep(deep, to_bool):
        template = INLINE.get(deep.op)
        fast = getattr(deep.op, "fast_path", None) if template is None else None  # 2.7's comparisons
        return (DeepCompare, template, to_bool, fast), (deep.op, deep)

    @staticmethod
    def names() -> dict:
        return {"_NESTING": deepcompare.KINDS, "_deep_compare": deepcompare.compare}

    @staticmethod
    def write(w, part) -> bool:
        _, template, to_bool, fast = part
        op = w.value()
        deep = w.value()
        w.mark()
        right = w.pop()
        left_ = w.pop()
        if fast is not None:  # (read more than once)
            right = _named(w, right)
            left_ = _named(w, left_)
        plain = template.format(left_, right) if template is not None else f"{op}({left_}, {right})"
        if w.is_operand_value(left_) or w.is_operand_value(right):
            expr = plain
        else:
            if not _SIMPLE.fullmatch(left_):
                name = w.new()
                w.emit(f"{name} = {left_}")
                left_ = name
                plain = template.format(left_, right) if template is not None else f"{op}({left_}, {right})"
            expr = f"({plain} if type({left_}) not in _NESTING else _deep_compare(frame, {deep}, {left_}, {right}))"
        expr = f"bool({expr})" if to_bool else expr
        if fast is None:
            w.result(expr)
            return False
        # Two host ints or two floats: the host's comparison, without the function's call.
        v = w.new()
        quick = fast.template.format(left_, right)
        branches = [f"{both}: {v} = {quick}" for kind in (int, float) if (both := _both(w, kind, left_, right)) is not None]
        for number, branch in enumerate(branches):
            w.emit(("elif " if number else "if ") + branch)
        w.emit(f"{'else: ' if branches else ''}{v} = {expr}")
        w.push(v)
        return False


_SIMPLE = re.compile(r"[A-Za-z_]\w*|fast\[\d+\]")


@attrs.frozen
class FastPath:
    """What a version's own operator function (2.7's ``add27``...) gives when both operands
    are the host's ints, or both its floats: the host expression ``template``, an int result
    only while it is within ``int_range`` (else the function decides: 2.7's long), and
    only where ``guard`` (a template of the operands) holds: a division's right operand
    not zero, for the function to word the error. Declared on the function as
    ``fast_path``; ``Guarded`` writes it."""

    template: str
    int_range: tuple = None  # (lowest, highest) an int result may be as an int
    floats: bool = True
    guard: str = None
    # Instead of two ints or two floats: the (left, right) host types the template is
    # the function's result for (2.7's subscript of a list by an int), any result.
    pairs: tuple = None


class Guarded(Kind):
    """Written for an ``Apply`` of an operator function with a ``FastPath``: the host
    expression for host ints and floats, the function (the operand) for anything else,
    so that the common case costs no host call."""

    @staticmethod
    def write(w, part) -> bool:
        fast = part[1]
        op = w.value()
        w.mark()
        right = _named(w, w.pop())
        left_ = _named(w, w.pop())
        v = w.new()
        expr = fast.template.format(left_, right)
        nonzero = f" and {fast.guard.format(left_, right)}" if fast.guard else ""
        branches = []
        if fast.pairs is not None:
            for types in fast.pairs:
                if (both := _both(w, types, left_, right)) is not None:
                    branches.append(f"{both}{nonzero}: {v} = {expr}")
        elif (both := _both(w, int, left_, right)) is not None:
            if fast.int_range is not None:
                low, high = fast.int_range
                branches.append(f"{both}{nonzero} and {low} <= ({v} := {expr}) <= {high}: pass")
            else:
                branches.append(f"{both}{nonzero}: {v} = {expr}")
        if fast.pairs is None and fast.floats and (both := _both(w, float, left_, right)) is not None:
            branches.append(f"{both}{nonzero}: {v} = {expr}")
        for number, branch in enumerate(branches):
            w.emit(("elif " if number else "if ") + branch)
        w.emit(f"{'else: ' if branches else ''}{v} = {op}({left_}, {right})")
        w.push(v)
        return False


def _both(w, kind, left_, right):
    """The test that both operands are of the host type ``kind`` (or of a (left, right)
    pair of types); of an operand that is a constant (``w.constant``) its type is known,
    not tested: None when it is not the one wanted."""
    kinds = kind if type(kind) is tuple else (kind, kind)
    unknown = []
    for expr, wanted in zip((left_, right), kinds):
        known = w.constant(expr)
        if known is UNKNOWN:
            unknown.append((expr, wanted))
        elif type(known) is not wanted:
            return None
    if len(unknown) == 2 and kinds[0] is kinds[1]:
        return f"type({left_}) is {kinds[0].__name__} is type({right})"
    return " and ".join(f"type({expr}) is {wanted.__name__}" for expr, wanted in unknown) or "True"


def _named(w, expr: str) -> str:
    """``expr`` as a name (it is read more than once)."""
    if expr.isidentifier():
        return expr
    name = w.new()
    w.emit(f"{name} = {expr}")
    return name


class Inplace(Kind):
    """Written for an ``Apply`` of an in-place operator: an augmented assignment."""

    @staticmethod
    def write(w, part) -> bool:
        w.mark()
        right = w.pop()
        left_ = w.pop()
        v = w.new()
        w.emit(f"{v} = {left_}")
        w.emit(f"{v} {part[1]} {right}")
        w.push(v)
        return False


@attrs.frozen
class Unary(Kind):
    """The expression ``template`` of the top value replaces it."""

    template: str

    constant_effect = 0

    def describe(self, handler, operand):
        return (Unary, self.template), ()

    @staticmethod
    def write(w, part) -> bool:
        w.mark()
        w.result(part[1].format(w.pop()))
        return False


@attrs.frozen
class Test(Kind):
    """IS_OP / CONTAINS_OP: the operand (invert) picks one of two binary expressions."""

    plain: str
    inverted: str

    constant_effect = -1

    def describe(self, handler, operand):
        if type(operand) is Deep:
            return DeepCompare.describe_deep(operand, False)
        return (Apply, self.inverted if operand else self.plain, 2), ()


@attrs.frozen
class CompareBool(Kind):
    """3.13 COMPARE_OP: the operand is (op, result as a bool)."""

    constant_effect = -1

    def describe(self, handler, operand):
        op, to_bool = operand
        if type(op) is Deep:
            return DeepCompare.describe_deep(op, to_bool)
        expr = INLINE.get(op)
        return (CompareBool, expr, to_bool), (() if expr is not None else (op,))

    @staticmethod
    def write(w, part) -> bool:
        _, template, to_bool = part
        op = w.value() if template is None else None
        w.mark()
        right = w.pop()
        left_ = w.pop()
        expr = template.format(left_, right) if template is not None else f"{op}({left_}, {right})"
        w.result(f"bool({expr})" if to_bool else expr)
        return False


def _unary(op):
    def handler(frame, arg):
        s = frame.stack
        s[-1] = op(s[-1])

    handler.__name__ = op.__name__
    handler.fusion = Apply(op, 1)
    return handler


def _binary(op):
    """The handler of a binary operator: ``op(left, right)`` replaces the two."""

    def handler(frame, arg):
        s = frame.stack
        right = s.pop()
        s[-1] = op(s[-1], right)

    handler.__name__ = op.__name__
    handler.fusion = Apply(op, 2)
    return handler


binary_handler = _binary
unary_positive = _unary(operator.pos)
unary_negative = _unary(operator.neg)
unary_invert = _unary(operator.invert)


@fusion(Unary("not {0}"))
def unary_not(frame, arg):
    s = frame.stack
    s[-1] = not s[-1]


binary_power = _binary(operator.pow)
binary_multiply = _binary(operator.mul)
binary_matrix_multiply = _binary(operator.matmul)
binary_floor_divide = _binary(operator.floordiv)
binary_true_divide = _binary(operator.truediv)
binary_modulo = _binary(operator.mod)
binary_add = _binary(operator.add)
binary_subtract = _binary(operator.sub)
binary_lshift = _binary(operator.lshift)
binary_rshift = _binary(operator.rshift)
binary_and = _binary(operator.and_)
binary_xor = _binary(operator.xor)
binary_or = _binary(operator.or_)
binary_subscr = _binary(operator.getitem)


def _getitem_naming_key(obj, key):
    """``obj[key]`` for a 3.11+ guest on a host whose str does not name the type of a key
    it refuses (``STR_INDEX_NAMES_TYPE``): the guest's words need it, the host's lack it."""
    try:
        return obj[key]
    except TypeError as error:
        if isinstance(obj, str) and error.args == ("string indices must be integers",):
            error.args = (f"string indices must be integers, not '{type(key).__name__}'",)
        raise


# (The host's subscript in place of the call: a list or tuple by an int, a dict by a str or int.)
_getitem_naming_key.fast_path = FastPath("{0}[{1}]", pairs=((list, int), (tuple, int), (dict, str), (dict, int)))
# 3.11+'s BINARY_SUBSCR: on such a host, the subscript that names the key's type.
binary_subscr_311 = binary_subscr if STR_INDEX_NAMES_TYPE else _binary(_getitem_naming_key)

inplace_power = _binary(operator.ipow)
inplace_multiply = _binary(operator.imul)
inplace_matrix_multiply = _binary(operator.imatmul)
inplace_floor_divide = _binary(operator.ifloordiv)
inplace_true_divide = _binary(operator.itruediv)
inplace_modulo = _binary(operator.imod)
inplace_add = _binary(operator.iadd)
inplace_subtract = _binary(operator.isub)
inplace_lshift = _binary(operator.ilshift)
inplace_rshift = _binary(operator.irshift)
inplace_and = _binary(operator.iand)
inplace_xor = _binary(operator.ixor)
inplace_or = _binary(operator.ior)


def exception_match(left, right):
    """``except right:`` for a raised ``left`` type, with CPython's check of ``right``."""
    if isinstance(right, type) and issubclass(right, BaseException):  # one class: the common case
        return issubclass(left, right) if isinstance(left, type) else isinstance(left, right)
    if type(right) is tuple:  # a flat tuple of classes: the next most common
        for cls in right:
            if not (isinstance(cls, type) and issubclass(cls, BaseException)):
                break
        else:
            return issubclass(left, right) if isinstance(left, type) else isinstance(left, right)
    classes = right if isinstance(right, tuple) else (right,)
    for cls in _flatten(classes):
        if not (isinstance(cls, type) and issubclass(cls, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
    return issubclass(left, right) if isinstance(left, type) else isinstance(left, right)


def _flatten(classes):
    for cls in classes:
        if isinstance(cls, tuple):
            yield from _flatten(cls)
        else:
            yield cls


def _not_contains(a, b):
    return a not in b


def _contains(a, b):
    return a in b


# COMPARE_OP's argument indexes this table (until 3.8; 3.9 kept only the first six).
COMPARE_OPERATORS = (
    operator.lt,
    operator.le,
    operator.eq,
    operator.ne,
    operator.gt,
    operator.ge,
    _contains,
    _not_contains,
    operator.is_,
    operator.is_not,
    exception_match,
)


def compare_operator(code, ins):
    return deepcompare.prepared(code, COMPARE_OPERATORS[ins.arg])


def operator_handler(prepare, name):
    """The one body of COMPARE_OP (2.7-3.12) and BINARY_OP: ``op(left, right)`` replaces
    the two, ``op`` being what ``prepare`` decodes from the argument (versions differ only
    there)."""

    @fusion(Apply(None, 2))  # the operand is the operator
    @operand(prepare)
    def handler(frame, op):
        s = frame.stack
        right = s.pop()
        s[-1] = op(s[-1], right)

    handler.__name__ = handler.__qualname__ = name
    return handler


compare_op = operator_handler(compare_operator, "compare_op")


@fusion(Test("{0} is {1}", "{0} is not {1}"))
def is_op(frame, invert):
    s = frame.stack
    right = s.pop()
    s[-1] = (s[-1] is not right) if invert else (s[-1] is right)


def contains_operand(code, ins):
    """CONTAINS_OP's argument (invert), or the ``Deep`` test where the guest's limit
    must hold (deepcompare.py)."""
    deep = deepcompare.prepared(code, _not_contains if ins.arg else _contains)
    return deep if type(deep) is Deep else ins.arg


@fusion(Test("{0} in {1}", "{0} not in {1}"))
@operand(contains_operand)
def contains_op(frame, invert):
    s = frame.stack
    right = s.pop()
    if type(invert) is Deep:
        s[-1] = invert(s[-1], right)
    else:
        s[-1] = (s[-1] not in right) if invert else (s[-1] in right)


# -- 3.11+: one BINARY_OP for every binary and in-place operator -----------------------------

# BINARY_OP's argument indexes this table (CPython's NB_* constants).
BINARY_OPERATORS = (
    operator.add,
    operator.and_,
    operator.floordiv,
    operator.lshift,
    operator.matmul,
    operator.mul,
    operator.mod,
    operator.or_,
    operator.pow,
    operator.rshift,
    operator.sub,
    operator.truediv,
    operator.xor,
    operator.iadd,
    operator.iand,
    operator.ifloordiv,
    operator.ilshift,
    operator.imatmul,
    operator.imul,
    operator.imod,
    operator.ior,
    operator.ipow,
    operator.irshift,
    operator.isub,
    operator.itruediv,
    operator.ixor,
)


def binary_operator(code, ins):
    return BINARY_OPERATORS[ins.arg]


binary_op = operator_handler(binary_operator, "binary_op")


def compare_operator_312(code, ins):
    """3.12: the comparison is ``arg >> 4`` (the low bits are for the specializer)."""
    return deepcompare.prepared(code, COMPARE_OPERATORS[ins.arg >> 4])


compare_op_312 = operator_handler(compare_operator_312, "compare_op_312")


def compare_operator_313(code, ins):
    """3.13: the comparison is ``arg >> 5``; bit 16 asks for the result as a bool."""
    return (deepcompare.prepared(code, COMPARE_OPERATORS[ins.arg >> 5]), bool(ins.arg & 16))


@fusion(CompareBool())
@operand(compare_operator_313)
def compare_op_313(frame, op_and_bool):
    op, to_bool = op_and_bool
    s = frame.stack
    right = s.pop()
    result = op(s[-1], right)
    s[-1] = bool(result) if to_bool else result


@fusion(Unary("bool({0})"))
def to_bool(frame, arg):
    s = frame.stack
    s[-1] = bool(s[-1])
