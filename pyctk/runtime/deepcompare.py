"""The guest's recursion limit in comparisons of nested built-in containers (``==``,
``<``, ``in`` of lists, tuples and dicts nested deeper than the guest has left).

Natively each level of such a comparison is a recursive C call, stopped at the guest's
limit ("maximum recursion depth exceeded in comparison"; 2.7 "... in cmp"). Under pyctk
the host does the comparison, under the host's own limit, which is not the guest's (the
runner raises it; 3.12+ hosts have a fixed C limit of their own). So a comparison whose
left operand is an exact list, tuple or dict takes a slow path here: the host compares,
then the comparison's nesting is measured, without recursion, only when the operand
nests at all; deeper than the guest allows: the version's RecursionError.

What costs nothing on the common path is decided when an instruction is prepared (its
operand, ``prepared``): comparisons of a guest whose version has the host's own C limit
(a 3.12 guest on a 3.12 host) need no check, and in generated code (ops/arith.py) a
comparison with a constant is never checked (a constant's nesting is the program's).

The measure is an upper bound of the native one: every pair of the same kind that is not
the same object is walked, where the native comparison may stop at a first difference.
A comparison the host's C limit refuses where the guest's version goes deeper (a 3.13
guest on a 3.12 host) is made without recursion (``==``, ``!=``, ordering of lists and
tuples, ``in``), its leaves compared by the host.
"""

from __future__ import annotations

import operator
import sys

from pyctk.runtime.py27.containers27 import Dict27
from pyctk.versions.host import HOST_C_RECURSION_LIMIT

_DICTS = frozenset({dict, Dict27})  # Dict27: a 2.7 program's dict
KINDS = frozenset({list, tuple}) | _DICTS
_ORDERED = frozenset({list, tuple})
_MISSING = object()


class Deep:
    """A comparison operator that holds the guest to its recursion limit: what
    ``prepared`` gives the comparison's handler as its operand (``ops/arith.py``). Its
    ``op`` is the host operator (``operator.lt`` ...): generated code writes that inline
    (``INLINE``) when the left operand is no built-in container."""

    __slots__ = ("op", "message", "c_limit", "contains")

    def __init__(self, op, message, c_limit, contains):
        self.op = op
        self.message = message
        self.c_limit = c_limit
        self.contains = contains  # ``x in y``: the right operand's items are compared

    def __call__(self, a, b):
        # The unfused handler's call (``op(left, right)``): its guest frame is its
        # ``frame`` argument, read only on this slow path.
        if type(a) not in KINDS:
            return self.op(a, b)
        return compare(sys._getframe(1).f_locals.get("frame"), self, a, b)

    def __repr__(self):
        return f"<deep {getattr(self.op, '__name__', self.op)}>"


# Operators whose comparison may recurse (is/is not, exception matching never do).
_CONTAINS = frozenset({"_contains", "_not_contains", "_contains27", "_not_contains27"})
_RICH = frozenset({"lt", "le", "eq", "ne", "gt", "ge", "compare"})


def prepared(code, op):
    """``op`` for an instruction of guest ``code``: a ``Deep`` where the guest's version
    words and bounds a deep comparison otherwise than the host does, else ``op`` itself."""
    name = getattr(op, "__name__", "")
    contains = name in _CONTAINS
    if not contains and name not in _RICH:
        return op
    version = getattr(code, "version", None)
    if version is None:  # not a guest code object (a test's stand-in): the plain operator
        return op
    from pyctk.versions import opset_for

    fact = opset_for(version).fact("recursion_compare")
    if fact is None:
        return op
    message, c_limit, _ = fact
    if c_limit is not None and c_limit == HOST_C_RECURSION_LIMIT:
        return op  # the host stops it where the guest's version does, with its words
    return Deep(op, message, c_limit, contains)


def compare(frame, deep, a, b):
    """``deep.op(a, b)`` for a left operand that is a built-in container, held to the
    guest's limit (``frame``: the comparing guest frame; None: the calling thread's)."""
    try:
        result = deep.op(a, b)
    except RecursionError as e:
        if not (e.args and isinstance(e.args[0], str) and e.args[0].startswith("maximum recursion depth")):
            raise
        if _too_deep(frame, deep, a, b):
            e.args = (deep.message,)
            raise
        # The host's C limit stopped it where the guest's version goes deeper.
        result = _without_recursion(deep, a, b)
        if result is _MISSING:
            raise
        return result
    if _nests(a) and _too_deep(frame, deep, a, b):
        raise RecursionError(deep.message)
    return result


def _nests(value) -> bool:
    """Does a built-in container hold a built-in container (C-speed: the common flat
    tuple or list is answered without a Python loop)?"""
    kinds = KINDS.__contains__
    if type(value) in _DICTS:
        return any(map(kinds, map(type, value.values())))
    return any(map(kinds, map(type, value)))


def _left(frame, deep) -> int:
    """The levels of comparison the guest has left."""
    if deep.c_limit is not None:
        return deep.c_limit - 2  # natively the same from any Python depth (measured)
    vm = getattr(frame, "vm", None)
    if vm is None:  # called from elsewhere than a comparison's handler: not held
        return 1 << 30
    return vm.recursion_limit - vm.depth


def _too_deep(frame, deep, a, b) -> bool:
    bound = _left(frame, deep)
    if deep.contains:  # ``a in b``: each item of b is compared with a, from level 1
        if type(b) not in _ORDERED:
            return False  # a dict or set finds a by hash: not this recursion
        return any(deeper(item, a, bound) for item in b if item is not a)
    return deeper(a, b, bound)


def deeper(a, b, bound: int) -> bool:
    """Whether comparing ``a`` with ``b`` nests more than ``bound`` levels of comparison
    (the first pair is level 1); without recursion. An upper bound: each pair of items
    that are not the same object is compared, a pair of the same kind walked into."""
    walked: dict = {}  # (id, id) -> the deepest level the pair was walked at
    stack = [(a, b, 1)]
    pop, push = stack.pop, stack.append
    kinds = KINDS
    while stack:
        x, y, level = pop()
        if level > bound:
            return True
        kind = type(x)
        if kind is not type(y) or kind not in kinds:
            continue
        key = (id(x), id(y))
        if walked.get(key, 0) >= level:
            continue
        walked[key] = level
        if kind in _DICTS:
            pairs = ((v, y.get(k, _MISSING)) for k, v in x.items())
        else:
            pairs = zip(x, y)
        inner = level + 1
        for v, w in pairs:
            if v is w or w is _MISSING:
                continue
            if inner > bound:
                return True  # comparing even two ints there is one level too many
            if type(v) in kinds:
                push((v, w, inner))
    return False




# -- comparing without recursion, where the host's C limit refuses ----------------------


def _without_recursion(deep, a, b):
    """``deep.op(a, b)`` made without recursion; ``_MISSING``: no way for this op."""
    op = deep.op
    if op is operator.eq:
        return _equal(a, b)
    if op is operator.ne:
        return not _equal(a, b)
    if op in _ORDERINGS:
        return _ordered(op, a, b)
    if deep.contains and type(b) in _ORDERED:
        found = any(item is a or _equal(item, a) for item in b)
        return not found if getattr(op, "__name__", "").startswith("_not") else found
    return _MISSING


_ORDERINGS = frozenset({operator.lt, operator.le, operator.gt, operator.ge})


def _equal(a, b) -> bool:
    """``a == b`` of nested built-in containers, items in order, leaves by the host."""
    stack = [(a, b)]
    pop = stack.pop
    while stack:
        x, y = pop()
        if x is y:
            continue
        kind = type(x)
        if kind is type(y) and kind in KINDS:
            if len(x) != len(y):
                return False
            if kind in _DICTS:
                pairs = []
                for key, value in x.items():
                    other = y.get(key, _MISSING)
                    if other is _MISSING:
                        return False
                    pairs.append((value, other))
            else:
                pairs = list(zip(x, y))
            pairs.reverse()  # taken from the end: in order
            stack.extend(pairs)
        elif not x == y:
            return False
    return True


def _ordered(op, a, b) -> bool:
    """``op(a, b)`` (an ordering) of nested lists or tuples: the first items that differ
    decide, as a sequence's comparison does (one walk, in order)."""
    walks = []  # the enclosing pairs' walks
    x, y = a, b
    items = zip(x, y)
    while True:
        for v, w in items:
            if v is w:
                continue
            kind = type(v)
            if kind is type(w) and kind in _ORDERED:
                walks.append((x, y, items))
                x, y, items = v, w, zip(v, w)
                break
            if kind is type(w) and kind in _DICTS and _equal(v, w):
                continue
            if kind in _DICTS or not v == w:
                return op(v, w)
        else:
            if len(x) != len(y) or not walks:
                return op(len(x), len(y))
            x, y, items = walks.pop()  # equal: the enclosing walk goes on
