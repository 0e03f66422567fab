"""pyctk/versions/tables.py records facts from xdis (so that a run need not import xdis):
they must be what the installed xdis gives. After an xdis upgrade: python3 tools/make_tables.py."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import make_tables  # noqa: E402

from pyctk.version import Version  # noqa: E402
from pyctk.versions import tables  # noqa: E402
from pyctk.versions.base import Numbering  # noqa: E402

REGENERATE = "pyctk/versions/tables.py differs from the installed xdis: run python3 tools/make_tables.py"


def test_magic_numbers_are_xdis():
    assert tables.MAGIC_VERSIONS == make_tables.magic_versions(), REGENERATE
    assert tables.CANONICAL_MAGIC == make_tables.canonical_magics(), REGENERATE


@pytest.mark.parametrize("version", [f"{a}.{b}" for a, b in make_tables.VERSIONS])
def test_numbering_and_argument_kinds_are_xdis(version):
    v = Version.parse(version)
    assert Numbering.from_xdis(v) == Numbering.from_xdis_tables(v), REGENERATE
    assert tables.ARGUMENT_KINDS[v.tuple] == make_tables.argument_kinds(v.tuple), REGENERATE


def test_a_run_imports_neither_xdis_nor_attrs():
    """Start-up: importing xdis costs ~70 ms and attrs ~17 ms (benchmarks/README.md)."""
    program = (
        "import sys, pyctk.cli\n"
        "status = pyctk.cli.main(['run', 'examples/hello.pyc'])\n"
        "assert status == 0, status\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('xdis', 'attr', 'attrs')))\n"
    )
    for pyc in ("examples/hello.pyc", "tests/corpus/pyc/3.13/exceptgroups/except_star.pyc"):
        result = subprocess.run(
            [sys.executable, "-c", program.replace("examples/hello.pyc", pyc)],
            capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=ROOT), timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[-1] == "[]", pyc
