"""What a 3.11+ guest gets on a host that lacks it (pyctk/runtime/hostcompat.py).

The corpus checks the guest's output (``exceptgroups/*``, ``errors/exceptiongroup_uncaught``,
``typing/*``) on whatever host runs the tests, with whatever release of each dependency pip
installed; these tests check what the corpus cannot see.
"""

from __future__ import annotations

import builtins
import os
import subprocess
import sys

from pyctk.runtime import hostcompat

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXCEPT_STAR = os.path.join(ROOT, "tests", "corpus", "pyc", "3.11", "exceptgroups", "except_star.pyc")


def test_groups_are_the_hosts_own_where_it_has_them():
    if hasattr(builtins, "ExceptionGroup"):
        assert hostcompat.ExceptionGroup is builtins.ExceptionGroup
        assert hostcompat.BaseExceptionGroup is builtins.BaseExceptionGroup
        assert hostcompat.missing_builtins() == {}
    else:
        assert hostcompat.missing_builtins() == {
            "BaseExceptionGroup": hostcompat.BaseExceptionGroup,
            "ExceptionGroup": hostcompat.ExceptionGroup,
        }


def test_a_group_guest_imports_no_backport_into_the_host():
    """Importing the ``exceptiongroup`` backport patches the host's traceback module and
    sys.excepthook, and its releases render groups differently: pyctk never imports it."""
    program = (
        "import sys, traceback\n"
        "hook, te = sys.excepthook, traceback.TracebackException\n"
        "import pyctk\n"
        f"status = pyctk.run({EXCEPT_STAR!r})\n"
        "assert status == 0, status\n"
        "assert 'exceptiongroup' not in sys.modules, 'the backport was imported'\n"
        "assert sys.excepthook is hook and traceback.TracebackException is te\n"
    )
    env = dict(os.environ, PYTHONPATH=ROOT)
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "naked wrapped: ExceptionGroup('', (ValueError('naked'),))" in result.stdout


def test_groups_pickle_and_copy_as_exceptions_do():
    import copy
    import pickle

    group = hostcompat.BaseExceptionGroup("m", [ValueError(1), KeyError(2)])
    assert type(group) is hostcompat.ExceptionGroup
    for clone in (pickle.loads(pickle.dumps(group)), copy.copy(group)):
        assert type(clone) is hostcompat.ExceptionGroup
        assert clone.message == "m" and repr(clone.exceptions) == "(ValueError(1), KeyError(2))"
