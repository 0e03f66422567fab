"""Superinstructions (pyctk/runtime/fuse.py).

The corpus (tests/test_corpus.py) runs every program with them; corpus program
control/superinstructions.py aims at their edges (a later instruction of a run raising,
jumps into a run, calls ending one). Here: the declarations handlers make, that fusing
takes hold on real code of every version, and that the unfused steps (which the traced
loop runs) still give the native results.
"""

from __future__ import annotations

import dis
import os
import sys

import pytest

import pyctk
from pyctk import versions
from pyctk.runtime import fuse, translate
from pyctk.runtime.ops import PLAIN
from pyctk.runtime.vm import compile_program

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "corpus"))
from cases import cases  # noqa: E402
from shares import share  # noqa: E402
from test_corpus import run_in_child  # noqa: E402

from pyctk.versions import VERSION_NAMES

VERSIONS = list(VERSION_NAMES)  # the one list: pyctk/versions/__init__.py
CORPUS_PYC = os.path.join(os.path.dirname(__file__), "corpus", "pyc")


def _returns_only_none(function) -> bool:
    instructions = list(dis.get_instructions(function))
    for n, ins in enumerate(instructions):
        if ins.opname == "RETURN_CONST" and ins.argval is not None:
            return False
        if ins.opname == "RETURN_VALUE":
            before = instructions[n - 1]
            if not (before.opname == "LOAD_CONST" and before.argval is None):
                return False
    return True


@pytest.mark.parametrize("version", VERSIONS)
def test_plain_handlers_return_nothing(version):
    """A handler called inside a run (``plain``) must not jump or signal: fuse.py would
    lose what it returns. Checked on the handlers' own bytecode."""
    opset = versions.opset_for(version)
    checked = 0
    for opname, handler in opset.handlers.items():
        if fuse.kind_of(handler) is not PLAIN or hasattr(handler, "specialize"):
            continue  # (listsort's wrappers return what the handler they wrap returns)
        assert _returns_only_none(handler), f"{version} {opname}: {handler.__qualname__} returns a value"
        checked += 1
    assert checked > 20


def _code_objects(version):
    folder = os.path.join(CORPUS_PYC, version)
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if name.endswith(".pyc"):
                yield from pyctk.load(os.path.join(root, name)).code.walk()


@pytest.mark.parametrize("version", VERSIONS)
def test_fusing_takes_hold(version):
    """Every corpus code object of the version gets its fused steps (no shape fails to
    generate), and most instructions end up inside a run: a renamed handler or a lost
    declaration would show here as a drop, not only as a slower benchmark."""
    opset = versions.opset_for(version)
    total = covered = 0
    for code in _code_objects(version):
        program = compile_program(code, opset)
        fuse.settle_all(program.steps)
        assert len(program.steps) == len(program.unfused) == len(program.instructions)
        index = 0
        while index < len(program.steps):
            handler, operand = program.steps[index]
            if getattr(handler, "__name__", "") == "fused":
                length = operand[-1] - index
                assert 2 <= length <= fuse.MAX_RUN
                covered += length
                index += length
            else:
                index += 1
        total += len(program.steps)
    assert total > 10000
    assert covered / total > 0.75, f"{version}: only {covered} of {total} instructions fused"


def test_generated_code_of_a_call():
    """The fused step of ``fib(n - 1)`` (3.11): the global, the argument arithmetic and the
    call in one step, values in locals, the NULL below the callable known statically, and a
    guest function's frame pushed from there."""
    path = os.path.join(CORPUS_PYC, "3.11", "control", "superinstructions.pyc")
    fib = next(c for c in pyctk.load(path).code.walk() if c.co_name == "fib")
    program = compile_program(fib, versions.opset_for("3.11"))
    sources = [h.source for h, _ in fuse.settle_all(program.steps) if hasattr(h, "source")]
    call = next(s for s in sources if "call(frame" in s)
    assert "= frame.globals[" in call  # (a module's name, by subscript: no built-in's)
    assert "s.pop()" not in call and "s.append" not in call  # nothing through the value stack
    assert "frame.vm.enter(v1, (v3, ), None, _e)" in call
    assert "if call(frame, v1, (v3, )) is None:" in call


UNFUSED_AREAS = ("control", "exceptions", "generators", "functions", "closures", "with")


# PYCTK_UNFUSED_SHARE (tox.ini): a quarter of them per host.
UNFUSED = share([c for c in cases() if c.id.split("/")[1] in UNFUSED_AREAS], "PYCTK_UNFUSED_SHARE")


@pytest.mark.parametrize("case", UNFUSED, ids=[c.id for c in UNFUSED])
def test_unfused_steps(case, monkeypatch):
    """One step per instruction (what the traced loop runs, and PYCTK_FUSE=0) gives the
    native results too."""
    monkeypatch.setattr(fuse, "_ENABLED", False)
    status, stdout, stderr = run_in_child(case)
    assert (stdout, stderr, status) == (case.expected_stdout, case.expected_stderr, case.expected_exit)


def test_a_run_is_fused_when_it_runs_often(monkeypatch):
    """Runs are generated lazily: code that runs a few times (a library's module body)
    costs no ``compile``; a loop's body, or fib's, is fused once it ran often, and the
    result is the same as eager fusing's (the corpus runs every program this way)."""
    monkeypatch.setattr(fuse, "_shapes", {})  # no shape generated yet
    monkeypatch.setattr(translate, "ENABLED", False)  # fib's frames run their (fused) steps
    path = os.path.join(CORPUS_PYC, "3.11", "control", "superinstructions.pyc")
    module = pyctk.load(path).code
    fib = next(c for c in module.walk() if c.co_name == "fib")
    program = compile_program(fib, versions.opset_for("3.11"))
    assert any(h is fuse.fuse_when_hot for h, _ in program.steps)
    assert not any(hasattr(h, "source") for h, _ in program.steps)
    vm = pyctk.VirtualMachine(version="3.11")
    namespace = {"__name__": "m", "__builtins__": vm.builtins_for(vm.opset)}
    with pytest.raises(IndexError):  # the program ends with an uncaught error (its traceback)
        vm.run_code(module, namespace, namespace)
    steps = namespace["fib"].__code__.co_consts[-1].program.steps
    assert any(hasattr(h, "source") for h, _ in steps), "fib ran many times: its runs are fused"
    ran_once = vm.program(module, vm.opset).steps
    assert any(h is fuse.fuse_when_hot for h, _ in ran_once), "the module body ran once: not all fused"
