"""The guest's recursion limit where the host's limit cannot bound C recursion (3.12+
hosts, processes with threads): nesting.py measures containers and makes their repr
without recursion; crecursion.py picks that path (issue 15)."""

from __future__ import annotations

import json
import os
import sys
import threading

import pytest

import pyctk
from pyctk.runtime import nesting

CORPUS = os.path.join(os.path.dirname(__file__), "corpus")


def nest(n, kind=list):
    x = kind()
    for _ in range(n):
        x = [x] if kind is list else {"k": x}
    return x


def shapes():
    looped = [1, "x"]
    looped.append(looped)
    mapping = {}
    mapping["self"] = mapping
    return [
        [], (), {}, set(), frozenset(), (1,), (1, 2), [1, (2,), {"a": [3, {4}]}],
        {frozenset({(1, 2)}): [None, 1.5, b"b"]}, looped, mapping, ("é", ["ü"], {"ß": "\n"}),
        frozenset({1}), {1, 2, 3}, [[[[]]]], (looped, mapping), nest(300), nest(300, dict),
    ]


@pytest.mark.parametrize("value", shapes(), ids=lambda v: type(v).__name__)
def test_text_is_repr(value):
    assert nesting.text(value) == repr(value)
    assert nesting.text(value).encode("ascii", "backslashreplace").decode("ascii") == ascii(value)


def test_text_of_nesting_deeper_than_the_host_c_limit():
    value = nest(20000)
    assert nesting.text(value) == "[" * 20001 + "]" * 20001


@pytest.mark.parametrize("kind", [list, dict])
def test_deeper_than(kind):
    value = nest(500, kind)  # 501 levels of containers
    assert not nesting.deeper_than(value, 501)
    assert nesting.deeper_than(value, 500)
    assert not nesting.deeper_than(5, 0)


def test_deeper_than_stops_at_a_container_inside_itself():
    looped = [[1]]
    looped[0].append(looped)
    # [[1, [...]]]: the inner mention is a third level (its repr is asked for), no more
    assert not nesting.deeper_than(looped, 3)
    assert nesting.deeper_than(looped, 2)


def test_deeper_than_follows_the_deepest_path_of_a_shared_part():
    shared = nest(10)  # 11 levels
    for value in ([shared, [shared]], [[shared], shared]):  # shared at level 2 and at level 3
        assert nesting.deeper_than(value, 12)
        assert not nesting.deeper_than(value, 13)


def test_checked_words_too_deep_as_the_guest(monkeypatch):
    message = "maximum recursion depth exceeded while getting the repr of an object"
    with pytest.raises(RecursionError) as info:
        nesting.checked("repr", repr, (nest(300),), {}, 100, message)
    assert str(info.value) == message
    assert nesting.checked("repr", repr, (nest(50),), {}, 100, message) == repr(nest(50))
    # a long flat text is not measured as deep
    assert nesting.checked("repr", repr, (list(range(1000)),), {}, 100, message) == repr(list(range(1000)))


def test_checked_makes_the_text_the_host_c_limit_refuses():
    calls = []

    def refusing(value):
        calls.append(value)
        raise RecursionError("maximum recursion depth exceeded while getting the repr of an object")

    refusing.__name__ = "repr"
    assert nesting.checked("repr", refusing, (nest(3000),), {}, 9000, "m") == repr(nest(50)).replace(
        "[" * 51 + "]" * 51, "[" * 3001 + "]" * 3001)
    assert calls


def test_json_indent_too_deep_is_refused_before_encoding():
    """json.dumps with an indent is the host's pure-Python encoder before 3.13 hosts: in a
    thread (the host's limit not lowered) a value deeper than the guest allows is refused
    before encoding when it would encode without another error, not after depth**2
    generator resumptions; a value that may fail otherwise is encoded as natively."""
    import json

    calls = []

    def dumps(value, **kwargs):
        calls.append(value)
        return json.dumps(value, **kwargs)

    for deep in (nest(300), nest(300, dict), [1.5, "x", None, True, nest(300)]):
        with pytest.raises(RecursionError, match="^m$"):
            nesting.checked("json_indent", dumps, (deep,), {"indent": 1}, 100, "m")
    assert calls == []
    assert nesting.checked("json_indent", dumps, (nest(50),), {"indent": 1}, 100, "m") == json.dumps(nest(50), indent=1)
    for other in ([object(), nest(300)], [float("nan"), nest(300)], [{1: 2}, nest(300)]):
        calls.clear()
        with pytest.raises((RecursionError, TypeError, ValueError)):
            nesting.checked("json_indent", dumps, (other,), {"indent": 1, "allow_nan": False}, 100, "m")
        assert calls == [other]  # encoded: its own error (or depth) comes as the encoder meets it


def test_guest_limit_in_threads(capsys):
    """A guest thread's repr of a deep list stops at the guest's limit (the host's limit
    is not lowered while threads run: the nesting is measured)."""
    pyc = os.path.join(CORPUS, "pyc", "3.11", "recursion", "deep_repr_json.pyc")
    results = []

    def run():
        results.append(pyctk.run(pyc))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    out = capsys.readouterr().out
    assert results == [0]
    with open(os.path.join(CORPUS, "expected", "3.11", "recursion", "deep_repr_json.json"), encoding="utf-8") as f:
        native = json.load(f)["stdout"]  # CPython 3.11's own run
    assert "2000 list repr RecursionError: maximum recursion depth exceeded while getting the repr of an object" in native
    assert out == native
    assert sys.getrecursionlimit() < 100000  # the host's limit is the host's
