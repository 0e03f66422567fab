"""The guest's list.sort through the VM: where the guest version's sort is not the host's,
``vm.compile_program`` hooks the loads of ``sort`` (runtime/listsort.py ``sort_hook``),
and the order of a guest ``__lt__``'s calls is its own version's (the registry's
``sort`` part), compared with the real interpreter's."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

PROGRAM = '''
import random
log = []
class K(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v
rng = random.Random(5)
values = [rng.randrange(40) for _ in range(300)]
runs = sorted(values[:100]) + sorted(values[100:200], reverse=True) + values[200:]
for label, data in (("random", values), ("runs", runs)):
    for how in ("method", "unbound", "sorted", "super"):
        del log[:]
        items = [K(v) for v in data]
        if how == "method":
            items.sort()
        elif how == "unbound":
            list.sort(items)
        elif how == "super":
            class L(list):
                def sort(self):
                    return super(L, self).sort()
            items = L(items)
            items.sort()
        else:
            items = sorted(items)
        print(label, how, len(log), sum((a * 41 + b) * (i + 1) for i, (a, b) in enumerate(log)) % 1000003,
              [k.v for k in items][:5])
'''


@pytest.mark.parametrize("version", ["3.6", "3.7", "3.11", "3.12", "3.13"])
def test_guest_sort_order_of_comparisons_is_its_versions(version, tmp_path):
    python = shutil.which(f"python{version}")
    if python is None:
        pytest.fail(f"python{version} is needed for this test")
    source = tmp_path / "prog.py"
    source.write_text(PROGRAM)
    pyc = tmp_path / "prog.pyc"
    subprocess.run([python, "-c", f"import py_compile; py_compile.compile({str(source)!r}, {str(pyc)!r}, doraise=True)"],
                   check=True)
    native = subprocess.run([python, str(source)], capture_output=True, text=True, check=True).stdout
    ours = subprocess.run([sys.executable, "-m", "pyctk", "run", str(pyc)], capture_output=True, text=True)
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout == native
