"""Opcode sets: complete for what each compiler emits, and pluggable.

The pluggability test plays an obfuscated build: it rewrites the opcode bytes of a corpus
.pyc through a permutation, registers a set derived from the built-in one with the
permuted numbering (no pyctk source edited), and runs the file with it.
"""

from __future__ import annotations

import os
import random
import struct
import subprocess
import sys
import zlib

import pytest

from pyctk import load, versions
from pyctk.runtime.vm import VirtualMachine
from pyctk.versions.base import Numbering

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "corpus"))
from cases import CORPUS, cases  # noqa: E402

VERSIONS = [str(v) for v in versions.known_versions()]
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.parametrize("version", VERSIONS)
def test_every_opcode_has_a_handler(version):
    opset = versions.opset_for(version)
    assert opset.missing() == []
    # Whatever the corpus's compiler emitted must be handled, never merely "never emitted".
    seen = set()
    for case in cases():
        if case.version == version:
            for code in load(case.pyc).code.walk():
                seen.update(ins.opname for ins in code.instructions)
    assert seen, "no corpus files for this version"
    assert not (seen - set(opset.handlers)), sorted(seen - set(opset.handlers))
    assert not (seen & opset.never_emitted)


def permutation_for(opset, seed: int) -> dict[int, int]:
    """Shuffle the bytes of real opcodes among themselves; EXTENDED_ARG and CACHE stay
    put so that prefixes and inline caches keep their meaning."""
    fixed = {opset.extended_arg_opcode, opset.cache_opcode}
    movable = [i for i, name in enumerate(opset.opnames) if name is not None and i not in fixed]
    # Keep the 2-byte-argument property with each byte (2.7): shuffle within each class.
    mapping = {}
    rng = random.Random(seed)
    for takes_arg in (False, True):
        group = [i for i in movable if opset.has_arg[i] == takes_arg]
        shuffled = group[:]
        rng.shuffle(shuffled)
        mapping.update(zip(group, shuffled))
    return mapping


def rewrite_pyc(path: str, out: str, mapping: dict[int, int]) -> None:
    """Write a copy of the .pyc whose opcode bytes are renumbered by ``mapping``."""
    pyc = load(path)
    data = bytearray(open(path, "rb").read())
    cursor = 0
    # Marshal writes code objects depth first, parent's co_code before its constants:
    # the order of walk(). A code object written as a back-reference has no bytes of
    # its own; identical bytes found later are then rewritten for the later object.
    for code in pyc.code.walk():
        needle = struct.pack("<I", len(code.co_code)) + code.co_code
        at = data.find(needle, cursor)
        if at < 0:
            continue
        cursor = at + len(needle)
        start = at + 4
        for ins in code.instructions:
            # EXTENDED_ARG prefixes keep their number; rewrite the opcode itself.
            pos = start + ins.op_offset
            data[pos] = mapping.get(data[pos], data[pos])
    with open(out, "wb") as f:
        f.write(data)


def one_case_per_version():
    chosen = {}
    for case in cases():
        if case.area == "functions" and case.version not in chosen and not case.argv and not case.stdin:
            chosen[case.version] = case
    return [chosen[v] for v in VERSIONS if v in chosen]


@pytest.mark.parametrize("case", one_case_per_version(), ids=lambda c: c.id)
def test_permuted_opcodes_run_with_a_registered_set(case, tmp_path):
    base = versions.opset_for(case.version)
    mapping = permutation_for(base, seed=zlib.crc32(case.id.encode()) & 0xFFFF)  # the same permutation in every run
    permuted_file = tmp_path / os.path.basename(case.pyc)
    rewrite_pyc(str(case.pyc), str(permuted_file), mapping)
    derived = base.derive(base.version, name="remapped", numbering=base.numbering.permuted(mapping))
    from pyctk.decode import decode

    original = [[i.opname for i in c.instructions] for c in load(case.pyc).code.walk()]
    rewritten = [[i.opname for i in decode(c, derived)] for c in load(permuted_file).code.walk()]
    assert rewritten == original

    # A tool's own module, outside pyctk, defining the derived set.
    module = tmp_path / "remapped_opset.py"
    module.write_text(
        "from pyctk.versions import opset_for\n"
        f"MAPPING = {mapping!r}\n"
        f"BASE = opset_for({case.version!r})\n"
        "OPSET = BASE.derive(BASE.version, name='remapped', numbering=BASE.numbering.permuted(MAPPING))\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), REPO]), PYTHONHASHSEED="0")
    run = subprocess.run(
        [sys.executable, "-m", "pyctk", "run", "--opset", "remapped_opset:OPSET", str(permuted_file)],
        cwd=case.cwd, capture_output=True, env=env, input=b"", timeout=120,
    )
    assert run.stdout.decode("utf-8", "surrogateescape") == case.expected_stdout
    assert run.returncode == case.expected_exit

    # Without the derived set the same file is wrong bytecode: it must not give the output.
    plain = subprocess.run(
        [sys.executable, "-m", "pyctk", "run", str(permuted_file)],
        cwd=case.cwd, capture_output=True, env=env, input=b"", timeout=120,
    )
    assert plain.stdout.decode("utf-8", "surrogateescape") != case.expected_stdout or plain.returncode != 0


def test_numbering_permutation_must_be_a_permutation():
    numbering = Numbering.from_xdis(versions.opset_for("3.8").version)
    with pytest.raises(ValueError):
        numbering.permuted({1: 2})


def test_two_versions_in_one_process_do_not_interfere():
    """A 2.7 and a 3.12 VM, interleaved, keep their own builtins and opcode sets."""
    vm27 = VirtualMachine(version="2.7")
    vm312 = VirtualMachine(version="3.12")
    b27 = vm27.builtins_for(vm27.opset)
    b312 = vm312.builtins_for(vm312.opset)
    assert "xrange" in b27 and "xrange" not in b312
    assert b27["range"] is not b312["range"]
    assert CORPUS.exists()
