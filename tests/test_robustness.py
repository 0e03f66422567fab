"""pyctk on files and programs it should not trust.

- Invalid bytecode (hand-made by patching corpus files, tests/pycedit.py) gives
  ``BadBytecodeError``: one line ``pyctk: <code> at offset N: <instruction>: <what>``,
  exit status 8, whether it is found before running (bad jump, bad index, unknown opcode)
  or while running (stack underflow, running past the end of the code). The guest's own
  IndexError is not mistaken for it (the corpus program errors/guest_indexerror).
- ``--timeout`` and ``pyctk.run(timeout=...)`` stop a run cleanly (exit status 9), also a
  guest blocked in host code or one whose stop host code swallows, and leave the host's
  signal handler and timer as they were.
- Deep recursion through host code, with the guest's recursion limit raised, ends in a
  RecursionError the guest catches, never a crash of the host (in a subprocess).
- A run writes nothing next to its input, and runs of two versions in one process,
  one after the other and interleaved, do not change each other's builtins or opcode sets.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import os
import py_compile
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from pycedit import Scan

import pyctk
from pyctk import versions
from pyctk.cli import main
from pyctk.errors import LimitExceededError
from pyctk.versions import VERSION_NAMES

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
CORPUS = TESTS / "corpus"
CORPUS_PYC = CORPUS / "pyc"
VERSIONS = list(VERSION_NAMES)  # the one list: pyctk/versions/__init__.py
PROGRAM = "control/if_while.pyc"  # module code with a nested function, in every version


def cli(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("pyctk: "), err
    return lines[0]


def first_instruction(scan: Scan, code_index: int = 0):
    """The first instruction of a code object that is not RESUME (3.11+)."""
    from pyctk.decode import decode
    from pyctk.versions import opset_for

    return next(i for i in decode(scan.codes[code_index], opset_for(scan.version)) if i.opname != "RESUME")


def pad(scan: Scan, new: bytes, size: int) -> bytes:
    """``new`` followed by NOPs to fill ``size`` bytes (2.7's instructions are 1 or 3 bytes)."""
    nop = scan.instruction("NOP")
    while len(new) < size:
        new += nop
    return new


# --------------------------------------------------------------------------------------
# Invalid bytecode: found while running
# --------------------------------------------------------------------------------------

STACK_UNDERFLOW = "it takes a value from an empty stack (stack underflow)"
STACK_PEEK = "it reads below the bottom of the value stack (stack underflow)"


@pytest.mark.parametrize("version", VERSIONS)
def test_stack_underflow_pop(tmp_path, capsys, version):
    scan = Scan(CORPUS_PYC / version / PROGRAM)
    ins = first_instruction(scan)
    bad = scan.patched(tmp_path / "bad.pyc", 0, ins.op_offset, pad(scan, scan.instruction("POP_TOP"), ins.size))
    status, out, err = cli(capsys, "run", bad)
    assert status == 8
    assert one_error_line(err) == f"pyctk: <module> at offset {ins.op_offset}: POP_TOP: {STACK_UNDERFLOW}"
    assert out == ""
    # The listing shows it: it is valid bytecode to decode, only not to run.
    status, out, err = cli(capsys, "dis", bad)
    assert (status, err) == (0, "") and "POP_TOP" in out


@pytest.mark.parametrize("version", VERSIONS)
def test_stack_underflow_peek(tmp_path, capsys, version):
    scan = Scan(CORPUS_PYC / version / PROGRAM)
    ins = first_instruction(scan)
    name, arg = ("COPY", 1) if version in ("3.11", "3.12", "3.13") else ("DUP_TOP", None)
    bad = scan.patched(tmp_path / "bad.pyc", 0, ins.op_offset, pad(scan, scan.instruction(name, arg), ins.size))
    status, out, err = cli(capsys, "run", bad)
    assert status == 8
    shown = name if arg is None else f"{name} {arg}"
    assert one_error_line(err) == f"pyctk: <module> at offset {ins.op_offset}: {shown}: {STACK_PEEK}"


@pytest.mark.parametrize("version", ["2.7", "3.8", "3.12"])
def test_stack_underflow_many(tmp_path, capsys, version):
    scan = Scan(CORPUS_PYC / version / PROGRAM)
    ins = first_instruction(scan)
    bad = scan.patched(tmp_path / "bad.pyc", 0, ins.op_offset, pad(scan, scan.instruction("BUILD_TUPLE", 3), ins.size))
    status, out, err = cli(capsys, "run", bad)
    assert status == 8
    assert one_error_line(err) == (
        f"pyctk: <module> at offset {ins.op_offset}: BUILD_TUPLE 3: it takes 3 values from a stack of 0 (stack underflow)"
    )


@pytest.mark.parametrize("version", ["2.7", "3.6", "3.10", "3.11", "3.12", "3.13"])
def test_running_past_the_end(tmp_path, capsys, version):
    scan = Scan(CORPUS_PYC / version / PROGRAM)
    from pyctk.decode import decode
    from pyctk.versions import opset_for

    last = decode(scan.codes[0], opset_for(scan.version))[-1]
    assert last.opname in ("RETURN_VALUE", "RETURN_CONST")
    bad = scan.patched(tmp_path / "bad.pyc", 0, last.op_offset, pad(scan, scan.instruction("NOP"), last.size))
    status, out, err = cli(capsys, "run", bad)
    assert status == 8
    assert one_error_line(err) == f"pyctk: <module> at offset {last.op_offset}: NOP: execution runs past the end of the code"


def test_guest_index_errors_stay_the_guests(capsys):
    """Under the conditions of stack underflow (an IndexError inside a handler, the value
    stack empty), the guest's own errors are the guest's: errors/guest_indexerror in the
    corpus has every kind, compared with native output by test_corpus; here one run checks
    the traceback is the guest's own."""
    status, out, err = cli(capsys, "run", CORPUS_PYC / "3.12" / "errors" / "guest_indexerror.pyc")
    expected = json.loads((CORPUS / "expected" / "3.12" / "errors" / "guest_indexerror.json").read_text())
    assert status == 1 == expected["exit"]
    assert out == expected["stdout"]
    assert err.endswith("IndexError: pop from empty list\n") and "pyctk:" not in err


# --------------------------------------------------------------------------------------
# Invalid bytecode: found before running
# --------------------------------------------------------------------------------------


def bad_everywhere(capsys, path, expected: str, run_too: bool = True):
    """``dis`` and ``run`` fail with status 8 and ``expected`` in the message, ``info``
    shows the header and then fails the same way."""
    for command in ("dis", "info") + (("run",) if run_too else ()):
        status, out, err = cli(capsys, command, path)
        assert status == 8, (command, err)
        line = one_error_line(err)
        assert expected in line, (command, line)


@pytest.mark.parametrize("version", VERSIONS)
def test_jump_out_of_range(tmp_path, capsys, version):
    scan = Scan(CORPUS_PYC / version / PROGRAM)
    numbering = versions.opset_for(scan.version).numbering
    jumps = numbering.jrel | numbering.jabs
    from pyctk.decode import decode
    from pyctk.versions import opset_for

    code_index, ins = next(
        (i, ins) for i, code in enumerate(scan.codes) for ins in decode(code, opset_for(scan.version)) if ins.opname in jumps
    )
    far = scan.instruction(ins.opname, 0xFFFF if version == "2.7" else 0xFF)
    bad = scan.patched(tmp_path / "bad.pyc", code_index, ins.op_offset, far)
    bad_everywhere(capsys, bad, f"{scan.codes[code_index].co_name} at offset {ins.offset}: {ins.opname} ")
    status, out, err = cli(capsys, "dis", bad)
    assert "jumps to" in err


@pytest.mark.parametrize("version", VERSIONS)
def test_unknown_opcode(tmp_path, capsys, version):
    scan = Scan(CORPUS_PYC / version / PROGRAM)
    opnames = versions.opset_for(scan.version).opnames
    unknown = next(b for b in range(255, 0, -1) if opnames[b] is None)
    ins = first_instruction(scan)
    bad = scan.patched(tmp_path / "bad.pyc", 0, ins.op_offset, bytes([unknown]))
    bad_everywhere(capsys, bad, f"<module> at offset {ins.op_offset}: unknown opcode {unknown}")


@pytest.mark.parametrize("version", ["3.12", "3.13"])
def test_opcode_without_semantics(tmp_path, capsys, version):
    """An opcode of the version's table that its compiler never emits (instrumented ones):
    ``dis`` lists it, ``run`` stops with status 8 when it is reached."""
    scan = Scan(CORPUS_PYC / version / PROGRAM)
    opset = versions.opset_for(scan.version)
    name = next(n for n in opset.opnames if n and n.startswith("INSTRUMENTED_") and n not in opset.handlers)
    ins = first_instruction(scan)
    bad = scan.patched(tmp_path / "bad.pyc", 0, ins.op_offset, scan.instruction(name, 0)[:1])
    status, out, err = cli(capsys, "dis", bad)
    assert (status, err) == (0, "") and name in out
    status, out, err = cli(capsys, "run", bad)
    assert status == 8
    assert one_error_line(err) == (
        f"pyctk: <module> at offset {ins.op_offset}: {name} is not an instruction of CPython {version}"
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_constant_index_out_of_range(tmp_path, capsys, version):
    scan = Scan(CORPUS_PYC / version / PROGRAM)
    code_index, ins = scan.find("LOAD_CONST", 0)
    arg = 0xFFFF if version == "2.7" else 0xFF
    bad = scan.patched(tmp_path / "bad.pyc", 0, ins.op_offset, scan.instruction("LOAD_CONST", arg))
    count = len(scan.codes[0].co_consts)
    status, out, err = cli(capsys, "run", bad)
    assert status == 8
    assert one_error_line(err) == (
        f"pyctk: <module> at offset {ins.op_offset}: LOAD_CONST {arg}: index {arg} is past co_consts ({count} constants)"
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_name_index_out_of_range(tmp_path, capsys, version):
    scan = Scan(CORPUS_PYC / version / PROGRAM)
    code_index, ins = scan.find("STORE_NAME", 0)
    arg = 0xFFFF if version == "2.7" else 0xFF
    bad = scan.patched(tmp_path / "bad.pyc", 0, ins.op_offset, scan.instruction("STORE_NAME", arg))
    count = len(scan.codes[0].co_names)
    status, out, err = cli(capsys, "run", bad)
    assert status == 8
    assert one_error_line(err) == (
        f"pyctk: <module> at offset {ins.op_offset}: STORE_NAME {arg}: name index {arg} is past co_names ({count} names)"
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_local_index_out_of_range(tmp_path, capsys, version):
    """In a function: found when it is first called (what ran before has run)."""
    scan = Scan(CORPUS_PYC / version / PROGRAM)
    index = scan.code_index("classify")
    code_index, ins = scan.find("LOAD_FAST", index)
    bad = scan.patched(tmp_path / "bad.pyc", index, ins.op_offset, scan.instruction("LOAD_FAST", 200))
    slots = len(scan.codes[index].co_localsplusnames or scan.codes[index].co_varnames)
    status, out, err = cli(capsys, "run", bad)
    assert status == 8
    assert one_error_line(err) == (
        f"pyctk: classify at offset {ins.op_offset}: LOAD_FAST 200: local variable 200 does not exist ({slots} slots)"
    )


@pytest.mark.parametrize("version", ["2.7", "3.6", "3.10", "3.11", "3.12", "3.13"])
def test_cell_index_out_of_range(tmp_path, capsys, version):
    scan = Scan(CORPUS_PYC / version / "closures" / "nested.pyc")
    code_index, ins = scan.find("LOAD_DEREF")
    code = scan.codes[code_index]
    bad = scan.patched(tmp_path / "bad.pyc", code_index, ins.op_offset, scan.instruction("LOAD_DEREF", 200))
    cells = len(code.co_localsplusnames) or len(code.co_cellvars) + len(code.co_freevars)
    status, out, err = cli(capsys, "run", bad)
    assert status == 8
    assert one_error_line(err) == (
        f"pyctk: {code.co_name} at offset {ins.op_offset}: LOAD_DEREF 200: "
        f"cell 200 does not exist ({cells} cell and free variables)"
    )


def test_arguments_without_locals(tmp_path, capsys):
    """A code object claiming more arguments than it has local names is a corrupt file
    (CPython's marshal refuses it too)."""
    scan = Scan(CORPUS_PYC / "3.12" / PROGRAM)
    index = scan.code_index("classify")
    data = bytearray(scan.data)
    at = scan.type_codes[[i for i, t in enumerate(scan.type_codes) if scan.data[t] & 0x7F == ord("c")][index]]
    data[at + 1 : at + 5] = (9).to_bytes(4, "little")  # co_argcount
    bad = tmp_path / "bad.pyc"
    bad.write_bytes(bytes(data))
    for command in ("run", "dis", "info"):
        status, out, err = cli(capsys, command, bad)
        assert status == 4
        assert one_error_line(err) == (
            "pyctk: bad.pyc: corrupt marshal data: code object 'classify': 9 arguments (0 positional-only) "
            "but 1 local variable names"
        )


def test_loading_after_the_27_runtime(tmp_path, capsys):
    """A 2.7 line table marshalled as ``unicode`` (a damaged type code; found by the fuzz
    test): the loader reads it as the bytes it holds, also once the 2.7 runtime has given
    its ``unicode`` type 2.7 methods (``encode`` returning a 2.7 str)."""
    import pyctk.runtime.py27.attrs  # noqa: F401 - what `dis` of any 2.7 file imports

    scan = Scan(CORPUS_PYC / "2.7" / PROGRAM)
    start, end = next((a, b) for a, b in scan.table_spans if max(scan.data[a:b]) < 0x80)
    data = bytearray(scan.data)
    assert data[start - 5] & 0x7F == ord("s")
    data[start - 5] = ord("u")
    bad = tmp_path / "bad.pyc"
    bad.write_bytes(bytes(data))
    for code in pyctk.load(bad).code.walk():
        assert type(code.co_linetable) is bytes
    for command in ("info", "dis", "info"):
        status, out, err = cli(capsys, command, bad)
        assert (status, err) == (0, ""), err


# --------------------------------------------------------------------------------------
# Limits: --timeout, the recursion limit
# --------------------------------------------------------------------------------------


def host_pyc(tmp_path: Path, name: str, source: str) -> Path:
    """``source`` compiled by the host (a version pyctk runs) into tmp_path/name.pyc."""
    src = tmp_path / f"{name}.py"
    src.write_text(textwrap.dedent(source))
    target = tmp_path / f"{name}.pyc"
    py_compile.compile(str(src), cfile=str(target), doraise=True)
    return target


def pyctk_process(*argv, timeout=60) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in [env.get("PYTHONPATH")] if p])
    return subprocess.run(
        [sys.executable, "-m", "pyctk", *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        stdin=subprocess.DEVNULL,
    )


TIMEOUT_PROGRAMS = {
    "busy": """
        print("start")
        while True:
            pass
    """,
    "sleeping": """
        import time
        print("start")
        time.sleep(120)
    """,
    "catching": """
        print("start")
        while True:
            try:
                while True:
                    pass
            except BaseException:
                print("the guest caught it")
    """,
    # reprlib catches Exception around repr(): the stop is swallowed there again and again
    "swallowed": """
        import reprlib

        class Forever:
            def __repr__(self):
                while True:
                    pass

        print("start")
        while True:
            reprlib.repr(Forever())
    """,
    "in_a_generator": """
        def gen():
            while True:
                yield 1
        print("start")
        for x in gen():
            pass
    """,
}


@pytest.mark.parametrize("kind", sorted(TIMEOUT_PROGRAMS))
def test_timeout(tmp_path, kind):
    pyc = host_pyc(tmp_path, kind, TIMEOUT_PROGRAMS[kind])
    started = time.monotonic()
    result = pyctk_process("run", "--timeout", "0.5", pyc)
    elapsed = time.monotonic() - started
    assert result.returncode == 9, result.stderr
    assert result.stdout == "start\n"
    assert result.stderr == "pyctk: stopped after 0.5 seconds (--timeout)\n"
    assert elapsed < 10


def test_timeout_usage(capsys):
    for bad in ("0", "-1", "nan", "inf"):
        status, out, err = cli(capsys, "run", "--timeout", bad, CORPUS_PYC / "3.12" / PROGRAM)
        assert status == 2
        assert err == "pyctk: --timeout must be a positive number of seconds\n"


def test_timeout_library_restores_the_hosts_alarm(tmp_path, capsys):
    pyc = host_pyc(tmp_path, "busy", TIMEOUT_PROGRAMS["busy"])
    fired = []

    def host_handler(signum, frame):
        fired.append(signum)

    previous = signal.signal(signal.SIGALRM, host_handler)
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        with pytest.raises(LimitExceededError, match=r"stopped after 0\.3 seconds"):
            pyctk.run(pyc, timeout=0.3)
        assert signal.getsignal(signal.SIGALRM) is host_handler
        remaining, interval = signal.getitimer(signal.ITIMER_REAL)
        assert 95 < remaining <= 100 and interval == 0
        # A run that ends in time leaves them too, and nothing fires afterwards.
        quick = host_pyc(tmp_path, "quick", "print('quick')\n")
        assert pyctk.run(quick, timeout=5) == 0
        assert signal.getsignal(signal.SIGALRM) is host_handler
        time.sleep(0.3)
        assert fired == []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert capsys.readouterr().out == "start\nquick\n"


def test_timeout_outside_the_main_thread(tmp_path, capsys):
    """No signals there: the VM checks the deadline between instructions."""
    pyc = host_pyc(tmp_path, "busy", TIMEOUT_PROGRAMS["busy"])
    outcome = []

    def target():
        try:
            outcome.append(pyctk.run(pyc, timeout=0.3))
        except LimitExceededError as e:
            outcome.append(e)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(20)
    assert not thread.is_alive()
    assert isinstance(outcome[0], LimitExceededError) and "0.3 seconds" in str(outcome[0])


RECURSION = """
    import sys
    sys.setrecursionlimit(10 ** 6)

    class Str:
        def __str__(self):
            return str(self)

    class Repr:
        def __repr__(self):
            return repr(self)

    def gen(n):
        yield from gen(n + 1)

    def key(n):
        return sorted([1, 2], key=lambda x: key(n + 1))

    class Prop:
        @property
        def x(self):
            return self.x

    def plain(n):
        return n if n == 0 else plain(n - 1)

    for name, what in [("str", lambda: str(Str())), ("generator", lambda: list(gen(0))),
                       ("sorted key", lambda: key(0)), ("property", lambda: Prop().x)]:
        try:
            what()
        except RecursionError:
            print(name, "RecursionError")
    try:
        print("repr", repr(Repr()).startswith("<"))
    except RecursionError:
        print("repr RecursionError")
    print("plain", plain(30000))
    print("limit", sys.getrecursionlimit())
"""


def test_guest_recursion_cannot_crash_the_host(tmp_path):
    """The guest raises its recursion limit and recurses through host code: the host's own
    limit (pyctk's, which the guest cannot change) turns that into a RecursionError the
    guest catches, long before the host's C stack overflows. In a subprocess: a failure
    here would be a segfault."""
    pyc = host_pyc(tmp_path, "recursion", RECURSION)
    result = pyctk_process("run", pyc, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    # repr: the host's type slot for __repr__ answers the default repr when looking the
    # method up fails, and on some hosts the host's limit is met right there (pyctk's
    # Function.__get__ is Python code); either way the run goes on.
    repr_line = "repr RecursionError\n" if "repr RecursionError" in result.stdout else "repr True\n"
    assert result.stdout == (
        "str RecursionError\ngenerator RecursionError\nsorted key RecursionError\nproperty RecursionError\n"
        + repr_line
        + "plain 0\nlimit 1000000\n"
    )


def test_default_recursion_limit_is_the_guests(tmp_path, capsys):
    pyc = host_pyc(
        tmp_path,
        "deep",
        """
        import sys
        def f(n):
            return f(n + 1)
        try:
            f(0)
        except RecursionError:
            print("caught", sys.getrecursionlimit())
        """,
    )
    limit = sys.getrecursionlimit()
    assert pyctk.run(pyc) == 0
    assert capsys.readouterr().out == "caught 1000\n"
    assert sys.getrecursionlimit() == limit


# --------------------------------------------------------------------------------------
# No side effects beyond the guest's own
# --------------------------------------------------------------------------------------


def tree(directory: Path) -> dict:
    """Every path under ``directory`` with its kind, size, mtime and content hash."""
    result = {}
    for path in sorted(directory.rglob("*")):
        stat = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
        result[str(path.relative_to(directory))] = (stat.st_mode, stat.st_size, stat.st_mtime_ns, digest)
    return result


@pytest.mark.parametrize("version", ["2.7", "3.8", "3.12", f"{sys.version_info[0]}.{sys.version_info[1]}"])
def test_nothing_written_next_to_the_input(tmp_path, version):
    """Programs that import their own modules and packages (from .pyc files, and from a
    .py file when the version is the host's): the directory is byte for byte the same
    afterwards, with no __pycache__, even with bytecode writing enabled."""
    directory = tmp_path / "imports"
    shutil.copytree(CORPUS_PYC / version / "imports", directory)
    mains = sorted(p for p in directory.glob("*.pyc") if (CORPUS / "expected" / version / "imports" / f"{p.stem}.json").exists())
    if version == f"{sys.version_info[0]}.{sys.version_info[1]}":
        (directory / "source_helper.py").write_text("VALUE = 42\n")
        mains.append(host_pyc(directory, "uses_source", "import source_helper\nprint(source_helper.VALUE)\n"))
        (directory / "uses_source.py").unlink()
    assert len(mains) >= 4
    before = tree(directory)
    for pyc in mains:
        result = _run_in(directory, pyc.name)
        assert result.returncode == 0, result.stderr
    assert tree(directory) == before


def _run_in(directory: Path, name: str) -> subprocess.CompletedProcess:
    """``pyctk run name`` in ``directory``, with bytecode writing enabled for the host."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "pyctk", "run", name],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def _expected(version: str, case: str) -> dict:
    return json.loads((CORPUS / "expected" / version / f"{case}.json").read_text())


def _snapshot():
    """What one version's run must not change for another's: the host's builtins and the
    built-in opcode sets (their handler tables and numbering)."""
    sets = {v: versions.opset_for(v) for v in VERSIONS}
    return (
        dict(builtins.__dict__),
        {v: (s, dict(s.handlers), s.numbering, dict(s.facts)) for v, s in sets.items()},
    )


def test_two_versions_in_one_process(capsys):
    """A 2.7 and a 3.12 program whose outputs differ (division, print, range, str/bytes),
    run with pyctk.run alternately, twice each: each output is what its own CPython gave."""
    cases = {"2.7": "numbers/int_arith", "3.12": "numbers/int_arith"}
    expected = {v: _expected(v, c) for v, c in cases.items()}
    assert expected["2.7"]["stdout"] != expected["3.12"]["stdout"]
    before = _snapshot()
    for _ in range(2):
        for version, case in cases.items():
            status = pyctk.run(CORPUS_PYC / version / f"{case}.pyc")
            out, err = capsys.readouterr()
            assert (status, out, err) == (expected[version]["exit"], expected[version]["stdout"], expected[version]["stderr"])
    after = _snapshot()
    assert after[0].keys() == before[0].keys()
    assert all(after[0][k] is before[0][k] for k in before[0] if k != "_")
    for version, (opset, handlers, numbering, facts) in before[1].items():
        now = after[1][version]
        assert now[0] is opset and now[1] == handlers and now[2] == numbering and now[3] == facts, version


def test_two_versions_interleaved(capsys):
    """Suspended generators of a 2.7 and a 3.12 VM, resumed in turn, while complete runs
    of the other version happen in between."""
    vms, gens = {}, {}
    for version in ("2.7", "3.12"):
        pyc = pyctk.load(CORPUS_PYC / version / "generators" / "basics.pyc")
        vm = pyctk.VirtualMachine(pyctk.opset_for(pyc.version))
        namespace = {"__name__": "basics"}
        vm.run_code(pyc.code, namespace)
        vms[version] = vm
        gens[version] = namespace["count_up"](3)
    capsys.readouterr()
    other = {"2.7": "3.12", "3.12": "2.7"}
    for step in range(4):
        for version in ("2.7", "3.12"):
            value = next(gens[version], "end")
            out = capsys.readouterr().out
            if step < 3:
                assert value == step and out.endswith(f"yielding {step}\n")
            else:
                assert value == "end" and out == "done\n"
            expected = _expected(other[version], "numbers/int_arith")
            assert pyctk.run(CORPUS_PYC / other[version] / "numbers" / "int_arith.pyc") == expected["exit"]
            assert capsys.readouterr().out == expected["stdout"]
