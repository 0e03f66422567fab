"""What 3.6 says differently from the 3.7+ host: the repr of exceptions, and the
message of ``str + non-str``.

3.6's repr of exceptions: ``KeyError('k',)``, the args tuple's repr after the name.

The host's BaseException.__repr__ (3.7+) cannot be changed, so 3.6 gets it where guest
code asks for a repr: ``repr()``, ``%r`` formatting of a str, and f-string ``!r``.
(``str.format`` with ``!r`` and reprs inside containers still show the host's form.)
"""

from __future__ import annotations

import operator

from pyctk.runtime.builtins import make_builtins
from pyctk.runtime.crecursion import NESTING, formatted
from pyctk.runtime.ops import PLAIN, containers, effect, fusion
from pyctk.runtime.ops.arith import binary_handler

_base_repr = BaseException.__repr__


def repr36(obj) -> str:
    if isinstance(obj, BaseException) and type(obj).__repr__ is _base_repr:
        return type(obj).__name__ + repr(obj.args)
    return repr(obj)


class _Reprs36:
    """Stands for an exception inside ``%`` arguments so that ``%r`` gives 3.6's form."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return repr36(self.value)

    def __str__(self):
        return str(self.value)


def _needs(obj) -> bool:
    return isinstance(obj, BaseException) and type(obj).__repr__ is _base_repr


def _percent_args(args):
    if _needs(args):
        return _Reprs36(args)
    if type(args) is tuple and any(_needs(a) for a in args):
        return tuple(_Reprs36(a) if _needs(a) else a for a in args)
    if type(args) is dict and any(_needs(a) for a in args.values()):
        return {k: (_Reprs36(a) if _needs(a) else a) for k, a in args.items()}
    return args


def _modulo(op):
    def modulo(left, right):
        if type(left) is str:
            right = _percent_args(right)
        return op(left, right)

    modulo.__name__ = op.__name__
    return modulo


def _add(op):
    """3.6 words ``'a' + 1`` as "must be str, not int" (3.7 changed the host's message)."""

    def add(left, right):
        try:
            return op(left, right)
        except TypeError as error:
            if type(left) is str and str(error).startswith("can only concatenate str"):
                raise TypeError(f"must be str, not {type(right).__name__}") from None
            raise

    add.__name__ = op.__name__
    return add


binary_modulo_36 = binary_handler(_modulo(operator.mod))
binary_add_36 = binary_handler(_add(operator.add))
inplace_add_36 = binary_handler(_add(operator.iadd))
inplace_modulo_36 = binary_handler(_modulo(operator.imod))


@fusion(PLAIN)
def format_value_36(frame, flags):
    if flags & 3 == 2:
        s = frame.stack
        spec = s.pop() if flags & 4 else ""
        value = s[-1]
        # a built-in container's repr is held to the guest's recursion limit (crecursion.py)
        s[-1] = format(repr36(value), spec) if type(value) not in NESTING else formatted(frame, value, spec, repr)
        return
    containers.format_value(frame, flags)


def make_builtins_36(vm, opset) -> dict:
    table = make_builtins(vm, opset)
    table["repr"] = repr36
    return table


effect(lambda arg, jump: -1 if arg & 4 else 0, format_value_36)  # arg & 4: a format spec (dis.stack_effect)
