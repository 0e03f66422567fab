"""Unary and binary operators, comparisons, membership and identity tests."""

from __future__ import annotations

import operator

from pyctk.runtime.ops import fusion, operand


def _unary(op):
    def handler(frame, arg):
        s = frame.stack
        s[-1] = op(s[-1])

    handler.__name__ = op.__name__
    handler.fusion = ("apply", op, 1)
    return handler


def _binary(op):
    """The handler of a binary operator: ``op(left, right)`` replaces the two."""

    def handler(frame, arg):
        s = frame.stack
        right = s.pop()
        s[-1] = op(s[-1], right)

    handler.__name__ = op.__name__
    handler.fusion = ("apply", op, 2)
    return handler


binary_handler = _binary
unary_positive = _unary(operator.pos)
unary_negative = _unary(operator.neg)
unary_invert = _unary(operator.invert)


@fusion("unary", "not {0}")
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
    return COMPARE_OPERATORS[ins.arg]


@fusion("apply", None, 2)  # the operand is the operator
@operand(compare_operator)
def compare_op(frame, op):
    s = frame.stack
    right = s.pop()
    s[-1] = op(s[-1], right)


@fusion("test", "{0} is {1}", "{0} is not {1}")
def is_op(frame, invert):
    s = frame.stack
    right = s.pop()
    s[-1] = (s[-1] is not right) if invert else (s[-1] is right)


@fusion("test", "{0} in {1}", "{0} not in {1}")
def contains_op(frame, invert):
    s = frame.stack
    right = s.pop()
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


@fusion("apply", None, 2)
@operand(binary_operator)
def binary_op(frame, op):
    s = frame.stack
    right = s.pop()
    s[-1] = op(s[-1], right)


def compare_operator_312(code, ins):
    """3.12: the comparison is ``arg >> 4`` (the low bits are for the specializer)."""
    return COMPARE_OPERATORS[ins.arg >> 4]


@fusion("apply", None, 2)
@operand(compare_operator_312)
def compare_op_312(frame, op):
    s = frame.stack
    right = s.pop()
    s[-1] = op(s[-1], right)


def compare_operator_313(code, ins):
    """3.13: the comparison is ``arg >> 5``; bit 16 asks for the result as a bool."""
    return (COMPARE_OPERATORS[ins.arg >> 5], bool(ins.arg & 16))


@fusion("compare_bool")
@operand(compare_operator_313)
def compare_op_313(frame, op_and_bool):
    op, to_bool = op_and_bool
    s = frame.stack
    right = s.pop()
    result = op(s[-1], right)
    s[-1] = bool(result) if to_bool else result


@fusion("unary", "bool({0})")
def to_bool(frame, arg):
    s = frame.stack
    s[-1] = bool(s[-1])
