"""Translated code objects (runtime/translate.py).

What a translated function does is checked where it matters, by the corpus: tox runs the
whole suite with translation forced on for every code object on its first call in py312
(``PYCTK_TRANSLATE=always``: the corpus and the fuzz suite included), off in py310
(``PYCTK_TRANSLATE=0``), and at its default elsewhere. Here: every code object of the
corpus is translated or declined for the reason the rules give (too many blocks or
instructions;
generators, coroutines and code with handlers are translated), the generated code compiles, and a program whose hot code
mixes translated and declined functions (``functions/translated_calls``, recorded from each
CPython) gives the same output forced on and off.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import traceback
import types

import pytest
from shares import share

import pyctk
from pyctk.code import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_ITERABLE_COROUTINE
from pyctk.runtime import translate
from pyctk.runtime.compilers import host_code_to_guest
from pyctk.runtime.vm import compile_program
from pyctk.versions import opset_for

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "corpus")
VERSIONS = sorted(os.listdir(os.path.join(CORPUS, "pyc")), key=lambda v: tuple(map(int, v.split("."))))
# Areas whose code objects are translated here (all of them would take minutes).
AREAS = ("functions", "control", "classes", "closures", "generators", "exceptions", "with")
# PYCTK_TRANSLATE_EVERY_SHARE (tox.ini): each version's on one of the two hosts that run it.
EVERY_VERSIONS = share(VERSIONS, "PYCTK_TRANSLATE_EVERY_SHARE")
_GENERATORS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE
_SETUP = ("SETUP_EXCEPT", "SETUP_FINALLY", "SETUP_WITH", "SETUP_ASYNC_WITH")


def _code_objects(version):
    for area in AREAS:
        folder = os.path.join(CORPUS, "pyc", version, area)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".pyc"):
                yield from pyctk.load(os.path.join(folder, name)).code.walk()


@pytest.mark.parametrize("version", EVERY_VERSIONS)
def test_every_code_object_is_translated_or_declined_for_its_reason(version):
    opset = opset_for(version)
    translated = with_handlers = generators = 0
    declined = {}
    for code in _code_objects(version):
        program = compile_program(code, opset)
        function, reason = translate.translation(code, program)
        if function is None:
            assert reason == ("size" if len(program.instructions) > translate.MAX_INSTRUCTIONS else "blocks"), \
                f"{version} {code.co_name}: declined for {reason}"
        elif code.co_flags & _GENERATORS:
            generators += 1
        if function is None:
            declined[reason] = declined.get(reason, 0) + 1
        else:
            assert id(function.__code__) in translate.TRANSLATED  # frames.py reads its frame and position
            translated += 1
        if program.exception_table or any(ins.opname in _SETUP for ins in program.instructions):
            with_handlers += function is not None
    assert translated > 100
    # The corpus has generators and handlers (3.11+'s table, the block stack's SETUP_*
    # before) in these areas, and both are translated; few have too many blocks.
    assert generators > 5 and with_handlers > 20
    assert declined.get("blocks", 0) < translated / 20, declined


def test_code_longer_than_the_limit_is_declined(monkeypatch):
    """A code object of more than ``MAX_INSTRUCTIONS`` instructions is interpreted: its
    translation would cost more than running it (a generated module's body)."""
    opset = opset_for("3.11")
    for code in _code_objects("3.11"):
        program = compile_program(code, opset)
        if len(program.instructions) > 50 and translate.translation(code, program)[0] is not None:
            break
    else:
        raise AssertionError("no translated code object of more than 50 instructions in the corpus")
    monkeypatch.setattr(translate, "MAX_INSTRUCTIONS", len(program.instructions) - 1)
    assert translate.translation(code, program) == (None, "size")


def _run(pyc, setting, area="functions"):
    """As the corpus runs it: from the program's folder (its source lines are read there)."""
    env = dict(os.environ, PYCTK_TRANSLATE=setting, PYTHONPATH=ROOT)
    cwd = os.path.join(CORPUS, "programs", area)
    done = subprocess.run([sys.executable, "-m", "pyctk", "run", os.path.relpath(pyc, cwd)], cwd=cwd,
                          capture_output=True, text=True, env=env, timeout=300)
    return done.returncode, done.stdout, done.stderr


HOST = "%d.%d" % sys.version_info[:2]


HOT_PROGRAMS = ["translated_calls", "translated_handlers", "translated_generators", "translated_host_calls",
                "translated_operands", "translated_globals", "translated_call_sites", "translated_reraise",
                "translated_generators_giveup"]
FROM_36 = {"translated_generators_giveup"}  # (yield from)


# On a 3.10 host also 2.7's and 3.8's code, which no other test there runs translated (tox.ini
# turns translation off for its corpus); the other hosts run every version's translated in
# the corpus (3.12 with every code object translated, 3.11 and 3.13 once hot).
HOT_VERSIONS = sorted({"2.7", "3.8", HOST}) if HOST == "3.10" else [HOST]


@pytest.mark.parametrize("program,version", [(program, version) for program in HOT_PROGRAMS for version in HOT_VERSIONS
                                             if not (program in FROM_36 and version == "2.7")])
@pytest.mark.parametrize("setting", ["always", "0"])
def test_hot_code_gives_the_recorded_output_translated_or_not(program, version, setting):
    """Hot functions calling each other, frames read, tracebacks through them, recursion
    past the translated nesting, generators and a declined function (one of too many
    blocks) called from translated ones; hot generators suspended and resumed translated; exceptions caught by translated code's own handlers, past the count after which
    it is interpreted, objects freed when the guest drops them: what CPython printed,
    forced on and off."""
    area = "generators" if program.startswith("translated_generators") else "functions"
    pyc = os.path.join(CORPUS, "pyc", version, area, f"{program}.pyc")
    with open(os.path.join(CORPUS, "expected", version, area, f"{program}.json"), encoding="utf-8") as f:
        expected = json.load(f)
    status, stdout, stderr = _run(pyc, setting, area)
    assert (status, stdout, stderr) == (expected["exit"], expected["stdout"], expected["stderr"])


def test_generated_function_of_a_loop_and_a_call():
    """The shape of what translate writes: one function, the blocks by instruction index,
    a guest call made in place (the callee's direct entry, else call_guest), the
    position kept in ``pc``."""
    pyc = os.path.join(CORPUS, "pyc", "3.11", "functions", "translated_calls.pyc")
    code = next(c for c in pyctk.load(pyc).code.walk() if c.co_name == "depth_sum")
    function = translate.translate(code, compile_program(code, opset_for("3.11")))
    source = function.source
    assert source.startswith("def translated(frame, b=0):")  # b: the block to start at (a loop head)
    assert "(_e.direct or call_guest)(frame, " in source
    assert re.search(r"_k is c\d+_\d+\[0\]:", source)  # the site's cache first (calls.py)
    assert "pc = " in source and "if b == 0:" in source


def test_generated_generator_suspends_and_resumes_at_a_block():
    """A generator's translation: a yield returns ``SUSPENDED`` with the frame at the
    index after it, where a block starts (``vm.resume_generator`` calls the function there)."""
    pyc = os.path.join(CORPUS, "pyc", "3.11", "generators", "translated_generators.pyc")
    code = next(c for c in pyctk.load(pyc).code.walk() if c.co_name == "countdown")
    function = translate.translate(code, compile_program(code, opset_for("3.11")))
    resumes = [int(at) for at in __import__("re").findall(r"frame\.pc = (\d+); frame\.yielding = True", function.source)]
    assert resumes and "return SUSPENDED" in function.source
    for at in resumes:
        assert f"if b == {at}:" in function.source


def test_a_hot_generator_runs_in_its_engine_until_something_needs_the_loop(capsys, monkeypatch):
    """A plain generator's translation runs as a host generator, its engine: a resume
    sends to it (``vm.resume_generator``). A throw gives it up, the frame going on in the
    loop from where it suspended; the next resume starts a new engine there."""
    monkeypatch.setattr(translate, "ENABLED", True)
    path = os.path.join(CORPUS, "pyc", "3.11", "generators", "translated_generators_giveup.pyc")
    vm = pyctk.VirtualMachine(version="3.11")
    namespace = {"__name__": "__main__", "__builtins__": vm.builtins_for(vm.opset)}
    vm.run_code(pyctk.load(path).code, namespace, namespace)
    capsys.readouterr()
    catcher = namespace["catcher"]()  # (for the host, a generator delegating to the guest's: functions.py)
    assert (next(catcher), next(catcher)) == (0, 1)
    guest = catcher.gi_yieldfrom
    engine = guest.engine
    assert type(engine) is types.GeneratorType and "yield frame.retval" in guest.frame.plan.translated.engine.source
    assert catcher.throw(ValueError) == 102 and guest.engine is None
    engine.close()  # (what the host does once nothing holds it: it returns, the frame untouched)
    assert next(catcher) == 103 and type(guest.engine) is types.GeneratorType and guest.engine is not engine
    assert catcher.send(None) == 104
    catcher.close()


def test_a_host_call_goes_into_the_translation_and_gives_the_guests_traceback(capsys, monkeypatch):
    """A guest function the host calls back (``map``'s function) is called through its
    stub; once translated, straight into the translation (``Entry.host_call``). An
    exception leaving it shows the host the guest's frame in its traceback, as when a
    loop of its own runs the function. (Translation on, whatever PYCTK_TRANSLATE says.)"""
    monkeypatch.setattr(translate, "ENABLED", True)
    path = os.path.join(CORPUS, "pyc", "3.11", "functions", "translated_host_calls.pyc")
    module = pyctk.load(path).code
    vm = pyctk.VirtualMachine(version="3.11")
    namespace = {"__name__": "__main__", "__builtins__": vm.builtins_for(vm.opset)}
    vm.run_code(module, namespace, namespace)
    assert "caught 45" in capsys.readouterr().out
    picky = namespace["picky"]
    entry = picky.__code__.co_consts[-1]
    assert callable(entry.host_call), "map called picky often enough: it has a direct entry for host calls"
    assert picky(5) == 5
    with pytest.raises(KeyError) as caught:
        picky(97)
    frames = [(frame.name, frame.lineno) for frame in traceback.extract_tb(caught.value.__traceback__)]
    assert frames[-1] == ("picky", 54)


def test_a_program_interpreted_from_now_on_is_called_past_its_direct_entries(monkeypatch):
    """``interpret_from_now`` (a code object whose handlers keep catching what left its
    translation): the direct entries made for it, which call sites and host calls keep,
    go where a call goes without one, and the calls give what they gave. (Host code,
    compiled by this host: translation on, every code object on its first call.)"""
    monkeypatch.setattr(translate, "ENABLED", True)
    monkeypatch.setattr(translate, "HOT_AFTER", 1)
    source = (
        "def callee(x, k=1):\n    return x + k\n"
        "def caller(n):\n    t = 0\n    for i in range(n):\n        t += callee(i) + callee(i, 2)\n    return t\n"
    )
    vm = pyctk.VirtualMachine(version=HOST)
    namespace = {"__name__": "__main__", "__builtins__": vm.builtins_for(vm.opset)}
    vm.run_code(host_code_to_guest(compile(source, "<demoted>", "exec")), namespace, namespace)
    caller, callee = namespace["caller"], namespace["callee"]
    assert caller(50) == 2 * 1225 + 150
    assert callee(5) == 6
    entry = callee.__code__.co_consts[-1]
    program = entry.program
    assert entry.exact and entry.host_call and len(program.directs) >= 3, "the site and the host call have entries"
    translate.interpret_from_now(program)
    assert program.translated is None
    assert all(function.__code__ is declined for function, declined in program.directs)
    assert caller(50) == 2 * 1225 + 150
    assert callee(5) == 6 and callee(5, 3) == 8


def test_a_site_filled_while_an_entry_is_made_for_another_does_not_wait_for_itself(monkeypatch):
    """Making a direct entry allocates, and a collection may then run a guest ``__del__``
    whose translated code fills another call site (``fill_site`` inside ``fill_site``, on
    one thread): the entry is made before the sites' lock is taken, so the inner one does
    not wait for the outer one."""
    monkeypatch.setattr(translate, "ENABLED", True)
    monkeypatch.setattr(translate, "HOT_AFTER", 1)
    vm = pyctk.VirtualMachine(version=HOST)
    namespace = {"__name__": "__main__", "__builtins__": vm.builtins_for(vm.opset)}
    vm.run_code(host_code_to_guest(compile("def f(a, b=2):\n    return a + b\n", "<sites>", "exec")), namespace,
                namespace)
    f = namespace["f"]
    assert f(1) == 3
    entry = f.__code__.co_consts[-1]
    entry.exact = None  # the sites below make their entries
    outer_site, inner_site = [None] * 4, [None] * 4
    made = translate._direct

    collected = []

    def collecting(*args, **kwargs):  # as if a collection ran a __del__ while the entry is made
        if not collected:
            collected.append(True)
            translate.fill_site(inner_site, f.__code__, entry, vm, 2)
        return made(*args, **kwargs)

    monkeypatch.setattr(translate, "_direct", collecting)
    filling = threading.Thread(target=translate.fill_site, args=(outer_site, f.__code__, entry, vm, 1), daemon=True)
    filling.start()
    filling.join(timeout=30)
    assert not filling.is_alive(), "fill_site waited for its own lock"
    assert outer_site[0] is inner_site[0] is f.__code__
    assert callable(outer_site[1]) and callable(inner_site[1]) and outer_site[1] is not inner_site[1]
