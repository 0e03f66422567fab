"""pyctk.runtime.listsort against the real list.sort of every supported CPython.

tests/fixtures/make_listsort.py ran tests/fixtures/listsort_harness.py under 2.7 and
3.6-3.13 and recorded, per random case, the log of every comparison (and key call) and
the final order; here the same cases are replayed through the port with each version's
variant and must give the same logs, orders and errors.
"""

from __future__ import annotations

import gzip
import json
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures"))
from listsort_harness import run_case  # noqa: E402

from pyctk.runtime import listsort  # noqa: E402
from pyctk.versions import opset_for  # noqa: E402

FIXTURE = os.path.join(os.path.dirname(__file__), "fixtures", "listsort.json.gz")

with gzip.open(FIXTURE, "rt", encoding="ascii") as _f:
    DATA = json.load(_f)


def _variant(version):
    return opset_for(version).sort.variant


def _port(variant):
    def sort(lst, key, reverse, cmp):
        lt = None
        if cmp is not None:
            def lt(a, b):
                return cmp(a, b) < 0
        listsort.sort_list(lst, key, reverse, variant, lt, plain=None)

    return sort


BY_VARIANT: dict = {}
for _version in DATA["results"]:
    BY_VARIANT.setdefault(_variant(_version), []).append(_version)


@pytest.mark.parametrize("variant", sorted(BY_VARIANT))
def test_port_matches_cpython(variant):
    sort = _port(variant)
    mismatches = []
    compared = 0
    for index, case in enumerate(DATA["cases"]):
        expected = {v: DATA["results"][v][index] for v in BY_VARIANT[variant]}
        expected = {v: e for v, e in expected.items() if e is not None}
        if not expected:
            continue
        got = run_case(case, sort)
        for version, outcome in expected.items():
            compared += 1
            if got != outcome:
                mismatches.append((version, index, case["kind"], len(case["values"]), outcome, got))
    assert compared > 1000
    assert not mismatches, mismatches[:5]


def test_variants_differ_as_recorded():
    """The fixture shows the four 3.x variants (and 2.7 = 3.6) really differ."""
    results = DATA["results"]

    def differ(a, b):
        return any(x != y for x, y in zip(results[a], results[b]) if x is not None and y is not None)

    assert not differ("2.7", "3.6")
    assert differ("3.6", "3.7") and differ("3.10", "3.11") and differ("3.12", "3.13")
    assert not differ("3.7", "3.10") and not differ("3.11", "3.12")


def test_host_variant_known():
    assert listsort.host_variant() == _variant("%d.%d" % sys.version_info[:2])


@pytest.mark.parametrize("variant", sorted(listsort.VARIANTS))
def test_plain_values_take_the_host_sort(variant):
    import random

    rng = random.Random(1)
    for values in (
        [rng.randrange(50) for _ in range(500)],
        [rng.random() for _ in range(300)] + [3, True],
        ["%d" % rng.randrange(99) for _ in range(200)],
        [(rng.randrange(5), "x%d" % rng.randrange(9), rng.random()) for _ in range(300)],
    ):
        for reverse in (False, True):
            expected = sorted(values, reverse=reverse)
            lst = list(values)
            listsort.sort_list(lst, None, reverse, variant)
            assert lst == expected
            lst = list(values)
            listsort.sort_list(lst, None, reverse, variant, plain=None)
            assert lst == expected
            keyed = list(values)
            listsort.sort_list(keyed, repr, reverse, variant)
            assert keyed == sorted(values, key=repr, reverse=reverse)


def test_plain_detection():
    nan = float("nan")
    assert listsort.unobservable([1, 2.5, True])
    assert not listsort.unobservable([1, nan])
    assert not listsort.unobservable([1, "a"])
    assert listsort.unobservable([(1, "a"), (2,), (3, "b", 4.0)])
    assert not listsort.unobservable([(1, "a"), ("b", 1)])
    assert not listsort.unobservable([(1, object())])


def test_list_looks_empty_and_modification_is_reported():
    seen = []
    lst = [3, 1, 2]

    def key(x):
        seen.append(len(lst))
        return x

    listsort.sort_list(lst, key, False, "plain")
    assert seen == [0, 0, 0] and lst == [1, 2, 3]

    def meddle(x):
        lst.append(x)
        return -x

    with pytest.raises(ValueError, match="list modified during sort"):
        listsort.sort_list(lst, meddle, False, "powersort-runs")
    assert lst == [3, 2, 1]

    def bad_key(x):
        if x == 2:
            raise KeyError(x)
        return x

    with pytest.raises(KeyError):
        listsort.sort_list(lst, bad_key, True, "powersort")
    assert lst == [3, 2, 1]


def test_bound_sort_and_sorted():
    lst = [2, 1]
    bound = listsort.GuestListSort(lst, "plain")
    assert repr(bound).startswith("<built-in method sort of list object at 0x")
    assert bound(reverse=True) is None and lst == [2, 1]
    bound(key=lambda x: x)
    assert lst == [1, 2]
    with pytest.raises(TypeError):
        bound(1)
    with pytest.raises(TypeError):
        bound(cmp=None)
    sorted_ = listsort.guest_sorted("plain")
    assert sorted_((3, 1, 2), reverse=True) == [3, 2, 1]
    with pytest.raises(TypeError):
        sorted_()
    assert listsort.guest_sort_value([].sort, "plain").__self__ == []
    assert listsort.guest_sort_value(list.sort, "plain")([2, 1]) is None
