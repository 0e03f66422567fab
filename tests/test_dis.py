"""pyctk's decoding against each CPython version's own ``dis``, on the whole corpus.

For every corpus pyc of every version and every code object nested in it, instruction by
instruction: offset, opname, arg, the argument as ``dis`` shows it, jump target, line
start, jump-target mark, and (3.11+) each instruction's line and the exception table.
The reference is tests/fixtures/dis/X.Y.json, written by tests/fixtures/make_fixtures.py
from the real ``pythonX.Y`` (so this runs with no other interpreter installed); when
``pythonX.Y`` is on PATH the comparison is also made against a fresh run of it.
"""

from __future__ import annotations

import difflib
import gzip
import hashlib
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from shares import share

from pyctk import pyc
from pyctk.decode import exception_table
from pyctk.disassemble import describe_argument, dialect_for, instructions
from pyctk.versions import VERSION_NAMES

TESTS = Path(__file__).resolve().parent
CORPUS_PYC = TESTS / "corpus" / "pyc"
FIXTURES = TESTS / "fixtures"
VERSIONS = list(VERSION_NAMES)  # the one list: pyctk/versions/__init__.py
# The comparisons with the recorded dumps: the host's own version (whose code objects
# xdis may give as the host's) and, per PYCTK_DIS_SHARE (tox.ini), a share of the others.
_HOST = "%d.%d" % sys.version_info[:2]
RECORDED_VERSIONS = [v for v in VERSIONS if v == _HOST or v in share(VERSIONS, "PYCTK_DIS_SHARE")]


def _import_fixture_maker():
    """tests/fixtures/make_fixtures.py, under a name of its own (the traceback fixtures
    have a make_fixtures.py too, imported by its tests as ``make_fixtures``)."""
    spec = importlib.util.spec_from_file_location("pyctk_dis_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_fixtures = _import_fixture_maker()


def fold_native(native: list) -> list[dict]:
    """CPython's instructions with EXTENDED_ARG prefixes folded into the instruction they
    extend, as pyctk's decoder gives them: ``offset`` is the first prefix's (where jumps
    land and lines start), ``op_offset`` the opcode's own."""
    folded = []
    prefix = None
    for offset, opname, arg, argrepr, target, starts_line, is_target, line in native:
        if opname == "EXTENDED_ARG":
            if prefix is None:
                prefix = (offset, starts_line, is_target)
            continue
        start, start_line, start_target = prefix or (offset, starts_line, is_target)
        folded.append(
            {
                "offset": start,
                "op_offset": offset,
                "opname": opname,
                "arg": arg,
                "argrepr": argrepr,
                "target": target,
                "starts_line": start_line if start_line is not None else starts_line,
                "is_jump_target": start_target,
                "line": line,
            }
        )
        prefix = None
    return folded


def expected_argrepr(native: dict) -> str:
    """What pyctk shows where CPython's listing differs only in presentation: every jump
    is ``to OFFSET`` (2.7–3.9 print nothing for absolute jumps, 3.13 prints a label)."""
    if native["target"] is not None:
        return f"to {native['target']}"
    return native["argrepr"]


def same_argrepr(mine: str, native: str) -> bool:
    if mine == native:
        return True
    # A frozenset's order depends on string hashing: pyctk sorts, CPython does not.
    return "frozenset(" in native and sorted(mine) == sorted(native)


def compare_code(code, native: dict, where: str, problems: list | None = None) -> list:
    """The differences between pyctk's view of one code object and CPython's."""
    if problems is None:
        problems = []
    if code.co_name != native["name"] or code.co_firstlineno != native["firstlineno"]:
        problems.append(
            f"{where}: code object {code.co_name}@{code.co_firstlineno} is {native['name']}@{native['firstlineno']}"
        )
        return problems
    for field in ("cellvars", "freevars", "varnames", "names"):
        if list(getattr(code, "co_" + field)) != native[field]:
            problems.append(f"{where}: co_{field} {list(getattr(code, 'co_' + field))} != {native[field]}")
    if code.co_flags != native["flags"] or code.co_argcount != native["argcount"]:
        problems.append(f"{where}: flags/argcount differ")
    dialect = dialect_for(code.version)
    mine = instructions(code)
    theirs = fold_native(native["instructions"])
    if len(mine) != len(theirs):
        problems.append(f"{where}: {len(mine)} instructions, CPython has {len(theirs)}")
    display = dialect.display_names
    # ``dis.get_instructions`` leaves exception handlers unmarked (its listing marks them
    # ``>>``, as pyctk does): count them as jump targets on the CPython side too.
    handlers = {e[2] for e in native["exception_table"]}
    for nat in theirs:
        nat["is_jump_target"] = nat["is_jump_target"] or nat["offset"] in handlers
    labels27 = None
    if dialect.dis_layout == "py27" and len(code.co_code) > 0xFFFF:
        # 2.7's dis.findlabels drops a jump's EXTENDED_ARG: past 64 KiB CPython marks the
        # target modulo 65536 (as pyctk's 2.7 listing does); pyctk's decoder the real one.
        from pyctk.disassemble import _findlabels27
        from pyctk.versions import opset_for

        labels27 = _findlabels27(code.co_code, opset_for(code.version).numbering)
    for ins, nat in zip(mine, theirs, strict=False):
        _, argrepr = describe_argument(code, ins, dialect)
        got = {
            "offset": ins.offset,
            "op_offset": ins.op_offset,
            "opname": display.get(ins.opname, ins.opname),
            "arg": ins.arg,
            "target": ins.target_offset,
            "starts_line": ins.starts_line,
            "is_jump_target": ins.is_jump_target if labels27 is None else ins.offset in labels27,
        }
        want = {k: nat[k] for k in got}
        if nat["line"] is not None or dialect.has_exception_table:
            got["line"] = ins.line
            want["line"] = nat["line"]
        if got != want or not same_argrepr(argrepr, expected_argrepr(nat)):
            diff = {k: (got[k], want[k]) for k in got if got[k] != want[k]}
            if not same_argrepr(argrepr, expected_argrepr(nat)):
                diff["argrepr"] = (argrepr, expected_argrepr(nat))
            problems.append(f"{where} @{nat['op_offset']} {nat['opname']}: (pyctk, CPython) {diff}")
            if len(problems) > 20:
                break
    if dialect.has_exception_table:
        table = [[e.start_offset, e.end_offset, e.target_offset, e.depth, e.lasti] for e in exception_table(code, mine)]
        if table != native["exception_table"]:
            problems.append(f"{where}: exception table {table} != {native['exception_table']}")
    return problems


def compare_dump(version: str, dump: dict) -> tuple[int, int, list]:
    """Compare every file of a native dump; returns (code objects, instructions, problems)."""
    assert dump["version"] == version
    n_code = n_ins = 0
    problems = []
    for rel in sorted(set(dump["files"]) & set(make_fixtures.corpus_pycs(version))):
        loaded = pyc.load(CORPUS_PYC / version / rel)
        codes = list(loaded.code.walk())
        natives = dump["files"][rel]
        if len(codes) != len(natives):
            problems.append(f"{version}/{rel}: {len(codes)} code objects, CPython has {len(natives)}")
            continue
        for code, native in zip(codes, natives, strict=False):
            n_code += 1
            n_ins += len(native["instructions"])
            compare_code(code, native, f"{version}/{rel}:{native['qualname']}", problems)
    return n_code, n_ins, problems


def check(version: str, n_code: int, n_ins: int, problems: list) -> None:
    assert not problems, f"{len(problems)} differences from CPython {version}'s dis:\n" + "\n".join(problems[:40])
    assert n_code > 0 and n_ins > 0
    print(f"CPython {version}: {n_code} code objects, {n_ins} instructions compared")


def recorded(version: str) -> dict:
    path = FIXTURES / "dis" / f"{version}.json"
    # A missing dump is a failure, not a skip: the committed dumps are what lets the test run
    # without the interpreters.
    assert path.is_file(), f"no recorded dump {path.name}: run tests/fixtures/make_fixtures.py dis"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("version", RECORDED_VERSIONS)
def test_matches_recorded_dis(version):
    check(version, *compare_dump(version, recorded(version)))


@pytest.mark.parametrize("version", VERSIONS)
def test_matches_live_dis(version):
    exe = shutil.which(f"python{version}")
    if exe is None:
        pytest.skip(f"python{version} is not on PATH")
    try:
        dump = make_fixtures.native_dump(exe, CORPUS_PYC / version, make_fixtures.corpus_pycs(version))
    except (OSError, subprocess.SubprocessError, SystemExit) as e:
        pytest.skip(f"python{version} could not be run: {e}")
    check(version, *compare_dump(version, dump))


@pytest.mark.parametrize("version", VERSIONS)
def test_recorded_dis_is_current(version):
    """The committed dump covers the whole corpus as it is now, and (when pythonX.Y is
    here to ask) says what that interpreter says. After adding or rebuilding corpus
    programs: ``python3 tests/fixtures/make_fixtures.py dis``."""
    dump = recorded(version)
    corpus = make_fixtures.corpus_pycs(version)
    missing = sorted(set(corpus) - set(dump["files"]))
    gone = sorted(set(dump["files"]) - set(corpus))
    assert not missing and not gone, (
        f"tests/fixtures/dis/{version}.json is stale (not recorded: {missing[:5]}, no longer in the corpus: "
        f"{gone[:5]}): run python3 tests/fixtures/make_fixtures.py dis --versions {version}"
    )
    changed = [
        rel
        for rel in corpus
        if hashlib.sha256((CORPUS_PYC / version / rel).read_bytes()).hexdigest() != dump["sha256"][rel]
    ]
    assert not changed, (
        f"{changed[:5]} changed since they were recorded: run python3 tests/fixtures/make_fixtures.py dis --versions {version}"
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_dialect_names_exist(version):
    """Every opcode the listing table renders exists in that version's numbering, and
    every argument-taking opcode the corpus uses is either rendered, a jump, or shown
    bare by CPython too (the corpus comparison checks which)."""
    from pyctk.versions import opset_for

    names = {n for n in opset_for(version).opnames if n is not None}
    stale = sorted(set(dialect_for(version).args) - names)
    assert not stale, f"{version}: the listing table renders opcodes the version does not have: {stale}"


def test_flag_names():
    from pyctk.disassemble import flag_names

    assert flag_names(0x43, "2.7") == ["OPTIMIZED", "NEWLOCALS", "NOFREE"]
    assert flag_names(0x2000, "2.7") == ["FUTURE_DIVISION"]
    assert flag_names(0x83, "3.8") == ["OPTIMIZED", "NEWLOCALS", "COROUTINE"]
    assert flag_names(0x1000000, "3.8") == ["FUTURE_ANNOTATIONS"]
    assert flag_names(0x100000, "3.7") == ["FUTURE_ANNOTATIONS"]
    assert flag_names(0x8000000, "3.12") == ["0x8000000"]


# -- the text of dis.dis(code): what `pyctk dis` prints ------------------------------------

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
# A frozenset's items: quoted strings (which may hold brackets) or other simple tokens.
_ITEMS = r"""((?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^{}\[\]'"])*)"""
_FROZENSET = re.compile(r"frozenset\(\{" + _ITEMS + r"\}\)|frozenset\(\[" + _ITEMS + r"\]\)")


def comparable_text(text: str) -> str:
    """Object addresses masked, and a frozenset's items sorted (their order follows
    string hashing, which differs from process to process; pyctk sorts)."""
    text = _ADDRESS.sub(" at 0x...", text)

    def sort_items(m):
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        items = ", ".join(sorted(inner.split(", ")))
        return f"frozenset({{{items}}})" if m.group(1) is not None else f"frozenset([{items}])"

    return _FROZENSET.sub(sort_items, text)


def recorded_text(version: str) -> dict:
    path = FIXTURES / "dis_text" / f"{version}.json.gz"
    assert path.is_file(), f"no recorded dis text {path.name}: run python3 tests/fixtures/make_fixtures.py dis"
    return json.loads(gzip.decompress(path.read_bytes()))


def text_differences(version: str, dump: dict) -> list[str]:
    """Every corpus file of the version: pyctk's dis text against CPython's. A corpus
    file the dump lacks (or recorded from other bytes) is a difference too."""
    from pyctk.disassemble import dis_text

    problems = []
    for rel in make_fixtures.corpus_pycs(version):
        path = CORPUS_PYC / version / rel
        if rel not in dump["files"]:
            problems.append(f"{version}/{rel}: no recorded dis text (run python3 tests/fixtures/make_fixtures.py dis)")
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != dump["sha256"][rel]:
            problems.append(f"{version}/{rel}: changed since its dis text was recorded (make_fixtures.py dis)")
            continue
        want = comparable_text(dump["files"][rel])
        got = comparable_text(dis_text(pyc.load(path)))
        if got != want:
            diff = difflib.unified_diff(want.splitlines(), got.splitlines(), "CPython", "pyctk", lineterm="", n=1)
            problems.append(f"{version}/{rel}:\n" + "\n".join(list(diff)[:12]))
    return problems


@pytest.mark.parametrize("version", RECORDED_VERSIONS)
def test_dis_text_matches_recorded(version):
    dump = recorded_text(version)
    assert dump["version"] == version
    problems = text_differences(version, dump)
    assert not problems, f"{len(problems)} files differ from CPython {version}'s dis.dis:\n" + "\n".join(problems[:10])


@pytest.mark.parametrize("version", VERSIONS)
def test_dis_text_matches_live(version):
    exe = shutil.which(f"python{version}")
    if exe is None:
        pytest.skip(f"python{version} is not on PATH")
    dump = make_fixtures.native_dump(exe, CORPUS_PYC / version, make_fixtures.corpus_pycs(version), text=True)
    problems = text_differences(version, dump)
    assert not problems, f"{len(problems)} files differ from CPython {version}'s dis.dis:\n" + "\n".join(problems[:10])


def test_dis_text_extended_arg_and_wide_lines(tmp_path):
    """EXTENDED_ARG prefixes are lines of their own (no corpus program needs one)."""
    exe = shutil.which("python3.13")
    if exe is None:
        pytest.skip("python3.13 is not on PATH")
    from pyctk.disassemble import dis_text

    source = tmp_path / "wide.py"
    source.write_text("\n".join([f"v{i} = {i + 1000}" for i in range(300)] + ["for i in range(3):", "    x = v299"]) + "\n")
    compiled = tmp_path / "wide.pyc"
    subprocess.run([exe, "-c", f"import py_compile; py_compile.compile({str(source)!r}, {str(compiled)!r}, doraise=True)"],
                   check=True)
    native = make_fixtures.native_dump(exe, tmp_path, ["wide.pyc"], text=True)["files"]["wide.pyc"]
    mine = dis_text(pyc.load(compiled))
    assert "EXTENDED_ARG" in mine
    assert comparable_text(mine) == comparable_text(native)


def test_dis_text_of_a_constant_past_the_digit_limit(tmp_path):
    """2.7 folds ``7 ** 6000`` into a 5,072-digit constant; the host's int-to-str limit must
    not stop the listing (it printed pyctk's traceback)."""
    exe = shutil.which("python2.7")
    if exe is None:
        pytest.skip("python2.7 is not on PATH")
    from pyctk.disassemble import dis_text

    source = tmp_path / "big.py"
    source.write_text("x = 7 ** 6000\nprint(len(str(x)))\n")
    compiled = tmp_path / "big.pyc"
    subprocess.run([exe, "-c", f"import py_compile; py_compile.compile({str(source)!r}, {str(compiled)!r}, doraise=True)"],
                   check=True)
    native = make_fixtures.native_dump(exe, tmp_path, ["big.pyc"], text=True)["files"]["big.pyc"]
    mine = dis_text(pyc.load(compiled))
    assert "38747178686649664520581893818182635648569701468626" in mine and "L)" in mine
    assert comparable_text(mine) == comparable_text(native)
