"""A 2.7 program's adapted view of the host's library (runtime/py27/boundary.py,
lib27.py) is its own: running the ``py27world`` corpus programs in this process leaves the
host's modules as they were, and a run adds nothing that lasts to pyctk's global tables.
(What the programs print is checked against native 2.7 by tests/test_corpus.py.)"""

from __future__ import annotations

import argparse
import json
import os
import re
import unittest

from test_isolation import _pyc, assert_same, snapshot  # noqa: E402 - beside this file

import pyctk
from pyctk.runtime.py27 import attrs

PROGRAMS = ["lib_names", "lib_unittest_argparse", "lib_bytes", "lib_random", "lib_traceback", "lib_io"]


def _native_exit(name):
    path = os.path.join(os.path.dirname(__file__), "corpus", "expected", "2.7", "py27world", name + ".json")
    with open(path) as f:
        return json.load(f)["exit"]


def _host_library_state():
    return {
        "TestCase.__str__": unittest.TestCase.__str__,
        "TestCase.longMessage": unittest.TestCase.longMessage,
        "ArgumentParser.__init__": argparse.ArgumentParser.__init__,
        "ArgumentParser.error": argparse.ArgumentParser.error,
        "_AttributeHolder._get_kwargs": argparse._AttributeHolder._get_kwargs,
        "re.escape": re.escape,
    }


def test_py27world_programs_leave_the_host_library_as_it_was(capfdbinary):
    for name in PROGRAMS:  # a first run imports what pyctk imports lazily
        pyctk.run(_pyc("2.7", "py27world/" + name))
    capfdbinary.readouterr()
    before = snapshot()
    library = _host_library_state()
    overlays = {tp: dict(table) for tp, table in attrs.OVERLAYS.items()}
    for name in PROGRAMS:
        assert pyctk.run(_pyc("2.7", "py27world/" + name)) == _native_exit(name), name
    out = capfdbinary.readouterr().out.decode("latin-1")
    assert_same(before, snapshot())
    assert _host_library_state() == library
    assert {tp: dict(table) for tp, table in attrs.OVERLAYS.items()} == overlays  # no per-run types kept
    assert "test_fail (__main__.T) ... FAIL" in out  # the guest's unittest spoke 2.7
    assert "[63, 2, 27]" in out  # random.seed(42) as 2.7 draws
