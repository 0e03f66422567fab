"""2.7's argument parsing words (pyctk/runtime/py27/argparse27.py), as CPython 2.7 says
them (recorded with python2.7): the order of vgetargskeywords' checks, PyArg_UnpackTuple's
counts, _PyArg_NoKeywords."""

from __future__ import annotations

import pytest

from pyctk.runtime.py27.argparse27 import FUNCTION_SPECS, TYPE_SPECS, KeyOnly, NoKeywords


def _words(spec, args, kwargs):
    try:
        spec.bind(tuple(args), dict(kwargs))
    except TypeError as error:
        return str(error)
    return "OK"


CASES = [
    (TYPE_SPECS["list"], [], {"x": 1}, "'x' is an invalid keyword argument for this function"),
    (TYPE_SPECS["list"], [], {"sequence": 1}, "OK"),
    (TYPE_SPECS["list"], [1], {"sequence": 1}, "list() takes at most 1 argument (2 given)"),
    (TYPE_SPECS["list"], [1, 2, 3], {}, "list() takes at most 1 argument (3 given)"),
    (TYPE_SPECS["enumerate"], [], {"start": 1}, "Required argument 'sequence' (pos 1) not found"),
    (TYPE_SPECS["enumerate"], [1], {"sequence": 1}, "Argument given by name ('sequence') and position (1)"),
    (TYPE_SPECS["enumerate"], [1], {"start": 1}, "OK"),
    (TYPE_SPECS["int"], [1], {"x": 1}, "Argument given by name ('x') and position (1)"),
    (FUNCTION_SPECS["sorted"], [1], {"x": 1}, "'x' is an invalid keyword argument for this function"),
    (FUNCTION_SPECS["sorted"], [], {"iterable": 1}, "'iterable' is an invalid keyword argument for this function"),
    (FUNCTION_SPECS["sorted"], [1, 2, 3, 4, 5], {}, "sorted() takes at most 4 arguments (5 given)"),
    (FUNCTION_SPECS["sorted"], [1], {"key": 1, "reverse": 1}, "OK"),
    (FUNCTION_SPECS["compile"], [1], {"x": 1}, "Required argument 'filename' (pos 2) not found"),
    (TYPE_SPECS["set"], [1, 2], {}, "set expected at most 1 arguments, got 2"),
    (TYPE_SPECS["set"], [1, 2], {"x": 1}, "set() does not take keyword arguments"),
    (TYPE_SPECS["dict"], [1, 2], {"x": 1}, "dict expected at most 1 arguments, got 2"),
    (TYPE_SPECS["dict"], [], {"x": 1}, "OK"),
    (TYPE_SPECS["staticmethod"], [], {"x": 1}, "staticmethod expected 1 arguments, got 0"),
    (TYPE_SPECS["staticmethod"], [1], {"x": 1}, "staticmethod does not take keyword arguments"),
    (NoKeywords("abs"), [1], {"x": 1}, "abs() takes no keyword arguments"),
    (KeyOnly("min"), [], {"x": 1}, "min expected 1 arguments, got 0"),
    (KeyOnly("max"), [1], {"key": 1, "x": 1}, "max() got an unexpected keyword argument"),
]


@pytest.mark.parametrize("spec, args, kwargs, words", CASES)
def test_words(spec, args, kwargs, words):
    assert _words(spec, args, kwargs) == words


def test_keywords_move_to_the_positions_the_host_takes():
    assert TYPE_SPECS["list"].bind((), {"sequence": "ab"}) == (("ab",), {})
    assert TYPE_SPECS["enumerate"].bind((), {"sequence": "ab", "start": 2}) == (("ab",), {"start": 2})
    assert FUNCTION_SPECS["round"].bind((1.5,), {"ndigits": 1}) == ((1.5,), {"ndigits": 1})
