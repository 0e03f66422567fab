"""``pyctk info`` and ``pyctk dis``: on one corpus file of every version, and on bad input.

Bad input gives one line on stderr, ``pyctk: <what is wrong>``, the exit status of its
error class (pyctk/errors.py, README.md), never a traceback, and leaves the file as it was.
"""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from pyctk import pyc
from pyctk.cli import main
from pyctk.disassemble import instructions
from pyctk.versions import VERSION_NAMES

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
CORPUS = TESTS / "corpus"
CORPUS_PYC = CORPUS / "pyc"
FIXTURES = TESTS / "fixtures" / "pyc"
VERSIONS = list(VERSION_NAMES)  # the one list: pyctk/versions/__init__.py
SAMPLE = "functions/defaults.pyc"  # in the corpus of every version


def sample(version: str) -> Path:
    return CORPUS_PYC / version / SAMPLE


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def snapshot(path: Path):
    if not path.exists():
        return None
    if path.is_dir():
        return ("dir", path.stat().st_mtime_ns)
    return (path.read_bytes(), path.stat().st_mtime_ns)


# --------------------------------------------------------------------------------------
# Every version
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_info_text(capsys, version):
    path = sample(version)
    before = snapshot(path)
    status, out, err = run_cli(capsys, "info", path)
    assert (status, err) == (0, "")
    loaded = pyc.load(path)
    assert f"version:      CPython {version}\n" in out
    assert f"magic:        {loaded.header.magic} " in out
    if version in ("2.7", "3.6"):
        assert "flags:        none before 3.7: timestamp-based" in out
        assert "mtime:        2001-09-09T01:46:40+00:00 (1000000000)" in out
    else:
        assert "flags:        0x00000003: hash-based, checked" in out
        assert f"source hash:  {loaded.header.source_hash.hex()}" in out
    codes = list(loaded.code.walk())
    assert f"code objects: {len(codes)}\n" in out
    for code in codes:
        assert f"{code.co_qualname}  line {code.co_firstlineno};" in out
        assert f"; {len(instructions(code))} instructions; {len(code.nested_code)} nested" in out
    assert "greet  line 2; args 3 (positional-only 0, keyword-only 0); flags 0x" in out
    assert snapshot(path) == before


@pytest.mark.parametrize("version", VERSIONS)
def test_info_json(capsys, version):
    path = sample(version)
    status, out, err = run_cli(capsys, "info", "--json", path)
    assert (status, err) == (0, "")
    data = json.loads(out)
    loaded = pyc.load(path)
    h = loaded.header
    assert data["version"] == version and data["magic"] == h.magic and data["header_size"] == h.header_size
    assert data["mtime"] == h.mtime and data["source_size"] == h.source_size
    assert data["source_hash"] == (h.source_hash.hex() if h.source_hash else None)
    assert data["invalidation"] == ("timestamp" if version in ("2.7", "3.6") else "checked-hash")
    codes = list(loaded.code.walk())
    assert [c["qualname"] for c in data["code_objects"]] == [c.co_qualname for c in codes]
    assert [c["instructions"] for c in data["code_objects"]] == [len(instructions(c)) for c in codes]
    greet = data["code_objects"][1]
    assert greet["name"] == "greet" and greet["depth"] == 1 and greet["argcount"] == 3
    assert {"OPTIMIZED", "NEWLOCALS"} <= set(greet["flag_names"])


@pytest.mark.parametrize("version", VERSIONS)
def test_dis_text(capsys, version):
    """``pyctk dis`` prints what the version's ``dis.dis(code)`` prints (tests/test_dis.py
    compares every corpus file); here, the shape as a user sees it."""
    path = sample(version)
    status, out, err = run_cli(capsys, "dis", path)
    assert (status, err) == (0, "")
    codes = list(pyc.load(path).code.walk())
    headers = [line for line in out.splitlines() if line.startswith("Disassembly of ")]
    if version in ("2.7", "3.6"):  # dis.dis(code) does not go into nested code objects
        assert headers == []
    else:  # the module's own listing has no header; each nested one has, with an address
        assert [re.sub(r" at 0x[0-9a-f]+", "", h) for h in headers] == [
            f'Disassembly of <code object {c.co_name}, file "{c.co_filename}", line {c.co_firstlineno}>:'
            for c in codes[1:]
        ]
    absolute = [line for line in out.splitlines() if "JUMP_ABSOLUTE" in line or "POP_JUMP_IF" in line]
    if version in ("2.7", "3.6", "3.7", "3.8", "3.9"):  # no "(to N)" on an absolute jump
        assert absolute and not any("(to " in line for line in absolute)
    else:
        assert all("(to " in line for line in absolute)
    assert ("(to L" in out) == (version == "3.13")
    assert "('Ann')" in out
    assert ("RESUME" in out) == (version in ("3.11", "3.12", "3.13"))
    assert ("ExceptionTable:" in out) == (version in ("3.11", "3.12", "3.13"))


@pytest.mark.parametrize("version", VERSIONS)
def test_dis_show(capsys, version):
    path = sample(version)
    status, out, err = run_cli(capsys, "dis", "--show=none", path)
    assert (status, err) == (0, "")
    codes = list(pyc.load(path).code.walk())
    headers = [line for line in out.splitlines() if line.startswith("Disassembly of ")]
    assert headers == [
        f'Disassembly of <code object {c.co_name}, file "{c.co_filename}", line {c.co_firstlineno}>:' for c in codes
    ]
    assert "(to " in out and "(greet)" in out
    status, out, err = run_cli(capsys, "dis", "--show", "positions,caches", "--show=exception-table", path)
    if version in ("3.11", "3.12", "3.13"):
        assert (status, err) == (0, "")
        assert re.search(r"^\d+:\d+-\d+:\d+ ", out, re.M) and " CACHE " in out
    else:
        assert status == 2 and "3.11+ only" in err
    status, out, err = run_cli(capsys, "dis", "--show=colours", path)
    assert status == 2 and err.startswith("pyctk: --show colours: nothing of that name to show")


@pytest.mark.parametrize("version", VERSIONS)
def test_dis_json(capsys, version):
    path = sample(version)
    status, out, err = run_cli(capsys, "dis", "--json", path)
    assert (status, err) == (0, "")
    data = json.loads(out)
    codes = list(pyc.load(path).code.walk())
    assert data["version"] == version and data["file"] == str(path)
    assert len(data["code_objects"]) == len(codes)
    for entry, code in zip(data["code_objects"], codes, strict=True):
        assert entry["co_name"] == code.co_name and entry["co_varnames"] == list(code.co_varnames)
        assert entry["co_cellvars"] == list(code.co_cellvars) and entry["co_freevars"] == list(code.co_freevars)
        assert [i["offset"] for i in entry["instructions"]] == [i.offset for i in instructions(code)]
        assert [i["opname"] for i in entry["instructions"]] == [i.opname for i in instructions(code)]
        assert ("exception_table" in entry) == (version in ("3.11", "3.12", "3.13"))
    greet = data["code_objects"][1]
    loads = [i for i in greet["instructions"] if i["opname"].startswith("LOAD_FAST")]
    assert loads and all(i["argrepr"] for i in loads)


def test_dis_example_listing(capsys):
    """A whole listing, to see the format (3.8, the bundled example's version)."""
    status, out, err = run_cli(capsys, "dis", ROOT / "examples" / "hello.pyc")
    assert status == 0, err
    assert re.match(r"  \d+           0 LOAD_CONST ", out)  # no header: dis.dis(code) prints none
    assert "LOAD_CONST" in out and "RETURN_VALUE" in out


def test_version_and_opset_accepted(capsys):
    path = sample("3.8")
    assert run_cli(capsys, "dis", "--version", "3.8", path)[0] == 0
    assert run_cli(capsys, "info", "--opset", "3.8", path)[0] == 0
    assert run_cli(capsys, "dis", "--opset", "CPython 3.8", path)[0] == 0


# --------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------


def _good(version="3.8") -> bytes:
    return sample(version).read_bytes()


def _with_magic(magic: int) -> bytes:
    return struct.pack("<H", magic) + b"\r\n" + _good()[4:]


def _unknown_opcode() -> bytes:
    # 3.8: the code object's first field after the header is co_code ('s', length, bytes)
    # at a fixed place; opcode 0 is unassigned in 3.8.
    data = bytearray(_good())
    assert data[16] & 0x7F == ord("c") and data[41] & 0x7F == ord("s")
    data[46] = 0
    return bytes(data)


def _bad_const_index() -> bytes:
    data = bytearray(_good())
    data[46:48] = bytes([100, 250])  # LOAD_CONST 250
    return bytes(data)


def _corrupt_line_table() -> bytes:
    """A 3.12 location table ending in a one-line entry without its column bytes."""
    path = FIXTURES / "3.12" / "hello.pyc"
    data = path.read_bytes()
    table = pyc.load(path).code.co_linetable
    old = struct.pack("<I", len(table)) + table
    assert data.count(old) == 1
    new = struct.pack("<I", len(table) + 1) + table + bytes([0x80 | (10 << 3)])
    return data.replace(old, new)


BAD_INPUTS = {
    # name: (file content or None for missing, "dir" for a directory, argv extra, status, message part)
    "missing": (None, [], 3, "No such file or directory"),
    "directory": ("dir", [], 3, "is a directory"),
    "not_a_pyc": (b"print('hello')\n", [], 4, "not a .pyc file"),
    "empty": (b"", [], 4, "not a .pyc file"),
    "truncated_header": (lambda: _good()[:10], [], 4, "truncated .pyc header"),
    "header_only": (lambda: _good()[:16], [], 4, "truncated .pyc"),
    "unknown_magic": (lambda: _with_magic(4321), [], 5, "unknown magic number 4321"),
    "python35": (lambda: _with_magic(3351), [], 6, "CPython 3.5 bytecode (magic 3351) is not supported"),
    "python314": (lambda: _with_magic(3627), [], 6, "CPython 3.14 bytecode (magic 3627) is not supported"),
    "version_mismatch": (lambda: _good(), ["--version", "3.9"], 7, "not 3.9 as --version says"),
    "opset_mismatch": (lambda: _good(), ["--opset", "3.9"], 7, "not 3.9 as --opset 3.9 says"),
    "truncated_marshal": (lambda: _good()[: len(_good()) // 2], [], 4, "truncated marshal data"),
    "corrupt_marshal": (lambda: _good()[:16] + b"?" + _good()[17:], [], 4, "unknown marshal type code 0x3f"),
    "bad_version_option": (lambda: _good(), ["--version", "3.x"], 2, "not a Python version"),
    "unknown_opset": (lambda: _good(), ["--opset", "nonesuch"], 2, "no opcode set named 'nonesuch'"),
    "unimportable_opset": (lambda: _good(), ["--opset", "nosuch:THING"], 2, "cannot load opcode set 'nosuch:THING'"),
}
BAD_BYTECODE = {
    "unknown_opcode": (_unknown_opcode, 8, "<module> at offset 0: unknown opcode 0"),
    "bad_const_index": (_bad_const_index, 8, "LOAD_CONST 250 refers to constant 250"),
    "corrupt_line_table": (_corrupt_line_table, 8, "corrupt line table"),
}


def _make(tmp_path: Path, name: str, content) -> Path:
    path = tmp_path / f"{name}.pyc"
    if content is None:
        return path
    if content == "dir":
        path.mkdir()
        return path
    path.write_bytes(content() if callable(content) else content)
    os.utime(path, ns=(1_234_567_890_000_000_000, 1_234_567_890_000_000_000))
    return path


def _check_error(status, out, err, want_status, message, path):
    assert status == want_status, (status, err)
    assert err.count("\n") == 1 and err.startswith("pyctk: ") and err.endswith("\n"), err
    assert "Traceback" not in err
    assert message in err
    if want_status != 2:
        # the file as given when it cannot be read, else its name
        assert err.startswith((f"pyctk: {path}: ", f"pyctk: {path.name}: ")), err


COMMANDS = [["info"], ["info", "--json"], ["dis"], ["dis", "--json"]]
# ``info --json DIR`` is the batch mode, tested by test_info_json_walks_a_directory.
BAD_INPUT_RUNS = [
    (case, command)
    for case in sorted(BAD_INPUTS)
    for command in COMMANDS
    if not (case == "directory" and command == ["info", "--json"])
]


@pytest.mark.parametrize("case,command", BAD_INPUT_RUNS)
def test_bad_input(capsys, tmp_path, case, command):
    content, extra, want_status, message = BAD_INPUTS[case]
    path = _make(tmp_path, case, content)
    before = snapshot(path)
    status, out, err = run_cli(capsys, *command, *extra, path)
    _check_error(status, out, err, want_status, message, path)
    assert out == ""
    assert snapshot(path) == before


@pytest.mark.parametrize(
    "case, command",
    [
        (case, command)
        for case in sorted(BAD_BYTECODE)
        for command in (["dis"], ["dis", "--json"], ["info"])
        # info decodes instructions (to count them) but does not resolve their arguments
        if not (case == "bad_const_index" and command == ["info"])
    ],
)
def test_bad_bytecode(capsys, tmp_path, case, command):
    make, want_status, message = BAD_BYTECODE[case]
    path = _make(tmp_path, case, make)
    before = snapshot(path)
    status, out, err = run_cli(capsys, *command, path)
    _check_error(status, out, err, want_status, message, path)
    if command[0] == "dis":
        assert out == ""  # nothing half-written
    assert snapshot(path) == before


def test_real_process_exit_statuses(tmp_path):
    """The same through ``python -m pyctk``: the process's own exit status and stderr."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cases = [
        (["info", str(tmp_path / "missing.pyc")], 3),
        (["dis", str(_make(tmp_path, "magic", lambda: _with_magic(4321)))], 5),
        (["dis", str(_make(tmp_path, "opcode", _unknown_opcode))], 8),
        (["info", str(sample("3.13"))], 0),
    ]
    for argv, want in cases:
        proc = subprocess.run([sys.executable, "-m", "pyctk", *argv], capture_output=True, text=True, env=env)
        assert proc.returncode == want, proc.stderr
        assert "Traceback" not in proc.stderr
        assert proc.stderr.count("\n") == (0 if want == 0 else 1)


def test_info_json_walks_a_directory(capsys, tmp_path):
    """Batch inspection: one JSON line per .pyc under the tree, in path order; a bad
    file gets an error line and the status of a bad .pyc."""
    import shutil

    bundle = tmp_path / "bundle"
    shutil.copytree(CORPUS_PYC / "3.8" / "imports", bundle / "lib")
    shutil.copy(CORPUS_PYC / "2.7" / "numbers" / "int_arith.pyc", bundle / "old.pyc")
    (bundle / "lib" / "broken.pyc").write_bytes(b"not a pyc at all")
    status, out, err = run_cli(capsys, "info", "--json", bundle)
    lines = [json.loads(line) for line in out.splitlines()]
    files = sorted(str(p) for p in bundle.rglob("*.pyc"))
    assert sorted(line["file"] for line in lines) == files
    by_name = {os.path.basename(line["file"]): line for line in lines}
    assert by_name["old.pyc"]["version"] == "2.7" and by_name["old.pyc"]["source"] == "int_arith.py"
    assert by_name["helper.pyc"]["version"] == "3.8" and by_name["helper.pyc"]["invalidation"] == "checked-hash"
    assert "not a .pyc file" in by_name["broken.pyc"]["error"]
    assert status == 4


def test_error_stays_one_line(capsys, monkeypatch):
    """A name from a damaged file may hold line breaks or control characters (found by
    the fuzz test): the error is still one line, with them as escapes."""
    from pyctk import cli
    from pyctk.errors import BadBytecodeError

    def broken(args):
        raise BadBytecodeError("\x03\xf3\rse_record\x1c at offset 0: unknown opcode 31")

    monkeypatch.setitem(cli.COMMANDS, "info", broken)
    status = main(["info", "whatever.pyc"])
    err = capsys.readouterr().err
    assert status == BadBytecodeError.exit_status
    assert err == "pyctk: \\x03\xf3\\rse_record\\x1c at offset 0: unknown opcode 31\n"


def _readme_statuses() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("### Exit statuses", 1)[1].split("\n\n", 2)[1]
    return [line.split("|")[1].strip() for line in table.splitlines()[2:] if line.startswith("|")]


def _status_cases(tmp_path) -> dict:
    """README's exit-status table, row by row (its first column): commands run as a user
    runs them, each with the status it must end with."""
    corpus = CORPUS_PYC
    bad_dir = tmp_path / "bundle"
    bad_dir.mkdir()
    (bad_dir / "broken.pyc").write_bytes(b"not a pyc")
    (bad_dir / "empty").mkdir()
    return {
        "0, n": [
            (["run", str(corpus / "3.12" / "control" / "for_else.pyc")], {}, 0),
            (["run", str(corpus / "3.12" / "errors" / "sys_exit_code.pyc")], {}, None),  # its own status
            (["run", str(corpus / "3.12" / "errors" / "uncaught_basic.pyc")], {}, 1),
        ],
        "2": [
            (["run", "--trace=nosuch", "x.pyc"], {}, 2),
            (["run", "--max-steps", "0", "x.pyc"], {}, 2),
            (["run", "--max-steps", "-5", "x.pyc"], {}, 2),
            (["run", "--opset", "foo", "x.pyc"], {}, 2),
            (["run", "--opset", "nosuch:THING", "x.pyc"], {}, 2),
            (["dis", "--show=colours", "x.pyc"], {}, 2),
            (["frobnicate"], {}, 2),
        ],
        "3": [(["run", str(tmp_path / "missing.pyc")], {}, 3), (["info", str(tmp_path / "bundle" / "empty")], {}, 3)],
        "4": [(["run", str(_make(tmp_path, "notpyc", b"print(1)\n"))], {}, 4), (["info", str(bad_dir)], {}, 4),
              (["info", "--json", str(bad_dir)], {}, 4)],
        "5": [(["run", str(_make(tmp_path, "magic", lambda: _with_magic(4321)))], {}, 5)],
        "6": [
            (["run", str(_make(tmp_path, "py35", lambda: _with_magic(3351)))], {}, 6),
            (["run", str(corpus / "2.7" / "py2" / "flow_exec.pyc")], {"PYCTK_PYTHON27": "/nonexistent/python2.7"}, 6),
        ],
        "7": [(["run", "--version", "3.9", str(sample("3.8"))], {}, 7)],
        "8": [(["run", str(_make(tmp_path, "unknown_opcode", _unknown_opcode))], {}, 8)],
        "9": [
            (["run", "--max-steps", "5", str(corpus / "3.12" / "control" / "for_else.pyc")], {}, 9),
            (["run", "--timeout", "0.2", str(_make_loop(tmp_path))], {}, 9),
        ],
        # an installation without libseccomp: pyseccomp fails to load, as it does then
        "10": [(["run", "--sandbox", str(corpus / "3.12" / "control" / "for_else.pyc")],
                {"PYTHONPATH": str(_without_libseccomp(tmp_path))}, 10)],
        "11": [
            (["run", "--stdlib", str(tmp_path / "nosuchlib"), str(sample("3.8"))], {}, 11),
            (["run", "--stdlib", str(bad_dir), str(sample("3.8"))], {}, 11),
            (["run", str(sample("3.8"))], {"PYCTK_STDLIB": str(tmp_path / "nosuchlib")}, 11),
        ],
    }


def _without_libseccomp(tmp_path) -> Path:
    fake = tmp_path / "no_libseccomp"
    fake.mkdir()
    (fake / "pyseccomp.py").write_text('raise RuntimeError("Unable to find libseccomp")\n')
    return fake


def _make_loop(tmp_path) -> Path:
    source = tmp_path / "forever.py"
    source.write_text("while True:\n    pass\n")
    compiled = tmp_path / "forever.pyc"
    import py_compile

    py_compile.compile(str(source), str(compiled), doraise=True)
    return compiled


def test_every_exit_status_in_readme_has_a_case(tmp_path):
    """Each row of README's exit-status table, through ``python -m pyctk`` in a process of
    its own: the status, and on failure one line of stderr, ``pyctk: ...``."""
    cases = _status_cases(tmp_path)
    assert _readme_statuses() == list(cases)
    cwd = tmp_path / "cwd"  # where nothing the host could import lies
    cwd.mkdir()
    for row, commands in cases.items():
        for argv, env_extra, want in commands:
            env = dict(os.environ, **env_extra)
            env["PYTHONPATH"] = os.pathsep.join(
                p for p in (env_extra.get("PYTHONPATH"), str(ROOT), os.environ.get("PYTHONPATH")) if p)
            proc = subprocess.run([sys.executable, "-m", "pyctk", *argv], capture_output=True, text=True, env=env,
                                  cwd=cwd, timeout=60)
            if want is None:  # sys.exit(n): the program's own n
                want = json.loads((CORPUS / "expected" / "3.12" / "errors" / "sys_exit_code.json").read_text())["exit"]
                assert want not in (0, 1)
            assert proc.returncode == want, (row, argv, proc.stderr)
            assert "Traceback" not in proc.stderr or row == "0, n"
            if row != "0, n" and argv[0] != "frobnicate":
                last = proc.stderr.splitlines()[-1]
                assert last.startswith("pyctk: "), (argv, proc.stderr)


def test_cli_trace_max_steps_and_version_rules(capsys, tmp_path):
    path = CORPUS_PYC / "3.8" / "classes" / "point_repr.pyc"
    status, out, err = run_cli(capsys, "run", "--trace", "calls", path)
    assert status == 0 and err.startswith("call <module>") and "stack=" not in err
    status, out, err = run_cli(capsys, "run", "--version", "3.8.18", path)
    assert status == 0 and out.startswith("Point(1, 2)")
    status, out, err = run_cli(capsys, "run", "--max-steps", "0", path)
    assert status == 2 and "--max-steps must be at least 1" in err
    status, out, err = run_cli(capsys, "run", "--trace=nosuch", path)
    assert status == 2 and "no such trace view" in err
    # after FILE, "--trace calls" belongs to the program
    status, out, err = run_cli(capsys, "run", CORPUS_PYC / "3.12" / "errors" / "argv_stdin.pyc", "--trace", "calls")
    assert "--trace" in out and "call <module>" not in err


def test_version_option_of_pyctk_itself(capsys):
    import pyctk

    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("pyctk ") and out.split()[1] == getattr(pyctk, "__version__", out.split()[1])


def test_info_directory_summary(capsys, tmp_path):
    import shutil

    shutil.copy(CORPUS_PYC / "3.8" / "classes" / "point_repr.pyc", tmp_path / "ok.pyc")
    (tmp_path / "broken.pyc").write_bytes(b"nope")
    status, out, err = run_cli(capsys, "info", tmp_path)
    assert status == 4
    assert out.splitlines() == [
        f"{tmp_path / 'broken.pyc'}: error: broken.pyc: not a .pyc file (no magic number)",
        f"{tmp_path / 'ok.pyc'}: CPython 3.8, point_repr.py, 7 code objects, checked-hash",
    ]
    assert err == "pyctk: 1 of 2 files could not be read as .pyc files\n"
    status, out, err = run_cli(capsys, "info", "--json", tmp_path)
    assert status == 4 and len(out.splitlines()) == 2 and err == "pyctk: 1 of 2 files could not be read as .pyc files\n"
