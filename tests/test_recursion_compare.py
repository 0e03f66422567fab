"""Comparisons of nested containers held to the guest's recursion limit (deepcompare.py,
issue 15): the measure, the comparison made without recursion, and what the generated
code of a comparison checks (nothing where an operand is a constant). End to end:
corpus recursion/deep_str_compare."""

from __future__ import annotations

import operator
import os

import pytest

import pyctk
from pyctk import versions
from pyctk.runtime import deepcompare, fuse
from pyctk.runtime.ops import arith
from pyctk.runtime.vm import compile_program
from pyctk.versions.host import HOST_C_RECURSION_LIMIT

CORPUS_PYC = os.path.join(os.path.dirname(__file__), "corpus", "pyc")


def nest(n, kind=list):
    x = kind()
    for _ in range(n):
        x = [x] if kind is list else (x,) if kind is tuple else {"k": x}
    return x


@pytest.mark.parametrize("kind", [list, tuple, dict])
def test_deeper_counts_levels_of_comparison(kind):
    # nest(n) vs nest(n): n + 1 nested comparisons, the innermost empty pair included;
    # n for tuples, whose empty one is a single object (the same: not compared)
    a, b = nest(50, kind), nest(50, kind)
    levels = 50 if kind is tuple else 51
    assert deepcompare.deeper(a, b, levels) is False
    assert deepcompare.deeper(a, b, levels - 1) is True


def test_deeper_skips_the_same_object_and_other_kinds():
    shared = nest(500)
    assert not deepcompare.deeper([shared], [shared], 3)
    assert not deepcompare.deeper(nest(500), nest(500, tuple), 3)  # list vs tuple: not compared inside
    assert deepcompare.deeper([1], [2], 1)  # comparing the two ints is a second level


def test_deeper_follows_a_container_inside_itself_once():
    a, b = [], []
    a.append(a)
    b.append(b)
    assert deepcompare.deeper(a, b, 10)  # natively a RecursionError too
    assert not deepcompare.deeper(a, a, 1)  # the same object: never compared inside


@pytest.mark.parametrize("op", [operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge])
def test_without_recursion_is_the_host_comparison(op):
    deep = deepcompare.Deep(op, "m", 10000, False)
    pairs = [
        (nest(30), nest(30)), (nest(30), nest(31)), ([1, [2, 3]], [1, [2, 4]]), ([1, 2], [1, 2, 0]),
        ((1, (2, "a")), (1, (2, "b"))), ([1, (2,)], [1, [2]]), ([], [])
    ]
    if op in (operator.eq, operator.ne):
        pairs += [(nest(20, dict), nest(20, dict)), ({"a": [1]}, {"a": [2]}), ({"a": 1}, {"b": 1})]
    for a, b in pairs:
        try:
            expected = op(a, b)
        except TypeError:
            continue
        assert deepcompare._without_recursion(deep, a, b) == expected, (a, b)


def test_without_recursion_goes_deeper_than_the_host():
    deep = deepcompare.Deep(operator.eq, "m", 10000, False)
    assert deepcompare._without_recursion(deep, nest(50000), nest(50000)) is True
    lt = deepcompare.Deep(operator.lt, "m", 10000, False)
    assert deepcompare._without_recursion(lt, nest(50000), nest(50001)) is True
    contains = deepcompare.Deep(arith._contains, "m", 10000, True)
    assert deepcompare._without_recursion(contains, nest(50000), [1, nest(50000)]) is True


def _code(version, name):
    path = os.path.join(CORPUS_PYC, version, "recursion", "deep_str_compare.pyc")
    return next(c for c in pyctk.load(path).code.walk() if c.co_name == name)


@pytest.mark.parametrize("version", ["2.7", "3.6", "3.9", "3.11", "3.12", "3.13"])
def test_a_comparison_is_held_where_the_host_does_not_hold_it(version):
    code = _code(version, "nest")
    fact = versions.opset_for(version).fact("recursion_compare")
    prepared = deepcompare.prepared(code, operator.eq)
    if fact[1] is not None and fact[1] == HOST_C_RECURSION_LIMIT:
        assert prepared is operator.eq  # the host's own C limit is the guest's: no check
    else:
        assert type(prepared) is deepcompare.Deep and prepared.message == fact[0]
    assert deepcompare.prepared(code, operator.is_) is operator.is_  # never recursive


def test_generated_code_checks_only_variable_operands():
    """3.11: ``kind == "list"`` (a constant) is written as the host's comparison alone;
    ``v[0] == v[1]`` (two values) checks its left operand's type first."""
    opset = versions.opset_for("3.11")
    sources = []
    for name in ("nest", "<lambda>"):
        path = os.path.join(CORPUS_PYC, "3.11", "recursion", "deep_str_compare.pyc")
        for code in pyctk.load(path).code.walk():
            if code.co_name == name:
                program = compile_program(code, opset)
                sources += [h.source for h, _ in fuse.settle_all(program.steps) if hasattr(h, "source")]
    with_constant = [s for s in sources if "== o" in s or "o0 ==" in s]
    assert with_constant and not any("_deep_compare" in s for s in with_constant)
    if HOST_C_RECURSION_LIMIT is None or HOST_C_RECURSION_LIMIT != 1500:
        checked = [s for s in sources if "_deep_compare(frame" in s]
        assert checked, sources
        assert all("not in _NESTING" in s for s in checked)
