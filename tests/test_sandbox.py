"""``pyctk run --sandbox``: hostile programs of every version are refused or cut off,
nothing is written outside the run's scratch directory, the report lists each attempt
with the guest's file and line, and well-behaved programs give exactly their native
output (the corpus's recorded native runs).

The hostile program is ``tests/sandbox_programs/hostile.py``, compiled by each version's
own CPython (``tests/sandbox_programs/build.py``; the .pyc files are committed). Each
attack's line carries a marker (``# attack:NAME``) that the report's lines are checked
against.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import pyctk
from pyctk import sandbox as sandbox_module
from pyctk.cli import main
from pyctk.versions import VERSION_NAMES

HERE = Path(__file__).parent
PROGRAMS = HERE / "sandbox_programs"
VERSIONS = list(VERSION_NAMES)  # the one list: pyctk/versions/__init__.py
REPO = HERE.parent
MISSING = sandbox_module.missing_protections()
needs_kernel = pytest.mark.skipif(
    bool(MISSING), reason=f"this kernel or installation lacks: {', '.join(MISSING.values())}")


def hostile(version: str) -> Path:
    return PROGRAMS / "pyc" / version / "hostile.pyc"


def markers() -> dict[str, int]:
    lines = (PROGRAMS / "hostile.py").read_text().splitlines()
    return {m.group(1): i for i, line in enumerate(lines, 1) for m in [re.search(r"# attack:(\w+)", line)] if m}


def pyctk_cli(args, cwd, env=None, stdin=b"", timeout=300):
    """``pyctk ARGS`` as a user runs it: a fresh process."""
    env = dict(os.environ if env is None else env)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run([sys.executable, "-m", "pyctk", *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, timeout=timeout)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def snapshot(*tops: Path) -> dict:
    """Every file and directory under each top, with its size and modification time."""
    seen = {}
    for top in tops:
        for root, dirs, files in os.walk(top):
            for name in dirs + files:
                path = os.path.join(root, name)
                st = os.lstat(path)
                seen[path] = (st.st_size, st.st_mtime_ns)
    return seen


def pwned_in_tmp() -> set:
    return {name for name in os.listdir("/tmp") if name.startswith("pyctk-sandbox-pwned")}


@needs_kernel
@pytest.mark.parametrize("version", VERSIONS)
def test_hostile_program_refused(version, tmp_path):
    home = tmp_path / "home"
    cwd = tmp_path / "cwd"
    home.mkdir()
    cwd.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret\n")
    report = tmp_path / "report.json"
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    areas = (home, cwd, tmp_path, hostile(version).parent)
    before, tmp_before = snapshot(*areas), pwned_in_tmp()
    env = dict(os.environ, HOME=str(home))
    status, out, err = pyctk_cli(["run", "--sandbox", "--report", str(report), str(hostile(version)), "all",
                                  str(home), str(secret), str(port)], cwd, env)
    after = snapshot(*areas)
    del after[str(report)]
    # nothing written outside the scratch directory, which is gone
    assert after == before
    assert pwned_in_tmp() == tmp_before
    with pytest.raises(BlockingIOError):
        listener.accept()  # nobody connected
    listener.close()
    assert status == 0, err
    lines = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)
    for attack in ("listen", "connect", "subprocess", "fork", "ctypes"):
        assert lines[attack] == "refused: PermissionError errno=1" or (
            attack == "ctypes" and lines[attack] == "refused: OSError errno=1"), (attack, out)
    # what open() raises: 2.7's IOError (2.7 has no PermissionError), 3.x's PermissionError
    refused_open = "IOError" if version == "2.7" else "PermissionError"
    for attack in ("home", "tmp", "read"):
        assert lines[attack] == f"refused: {refused_open} errno=13", (attack, out)
    assert lines["system"] in ("returned 32512", "returned -1")  # the shell could not be started
    assert lines["memory"] == "refused: MemoryError"
    assert out.endswith("still running\n")
    data = json.loads(report.read_text())
    assert not os.path.exists(data["sandbox"]["scratch"])
    assert data["exit_status"] == 0 and data["sandbox"]["missing"] == {}
    at = markers()
    seen = {(r["call"], r["file"], r["line"]) for r in data["refused"]}
    for call, attack in [("socket.socket", "listen"), ("socket.socket", "connect"), ("os.system", "system"),
                         ("subprocess.Popen", "subprocess"), ("os.fork", "fork"), ("open", "home"),
                         ("open", "tmp"), ("open", "read"), ("ctypes", "ctypes")]:
        assert (call, "hostile.py", at[attack]) in seen, (call, attack, data["refused"])
    paths = {r.get("path") for r in data["refused"]}
    assert str(secret) in paths and str(home / "pwned-home") in paths


@needs_kernel
@pytest.mark.parametrize("version", ["2.7", "3.13"])
def test_spinning_cut_off(version, tmp_path):
    report = tmp_path / "r.json"
    status, out, err = pyctk_cli(["run", "--sandbox", "--cpu-seconds", "1", "--report", str(report),
                                  str(hostile(version)), "spin"], tmp_path)
    assert status == 9
    assert "used its 1 s of processor time (--cpu-seconds)" in err
    assert json.loads(report.read_text())["cut_off"][0]["limit"] == "cpu-seconds"


@needs_kernel
@pytest.mark.parametrize("version", ["3.6", "3.12"])
def test_filling_the_disk_cut_off(version, tmp_path):
    report = tmp_path / "r.json"
    before = snapshot(tmp_path)
    status, out, err = pyctk_cli(["run", "--sandbox", "--disk", "24M", "--file-size", "4M", "--keep-scratch",
                                  "--report", str(report), str(hostile(version)), "disk"], tmp_path)
    assert status == 9, err
    assert "more than 24 MiB into its scratch directory (--disk)" in err
    data = json.loads(report.read_text())
    assert data["cut_off"][0]["limit"] == "disk"
    scratch = Path(data["sandbox"]["scratch"])
    try:
        sizes = [f.stat().st_size for f in scratch.iterdir()]
        assert sizes and max(sizes) <= 4 << 20  # one file never past --file-size
        assert {w["path"] for w in data["written"]} == {f.name for f in scratch.iterdir()}
    finally:
        import shutil

        shutil.rmtree(scratch)
    assert snapshot(tmp_path).keys() - before.keys() == {str(report)}


@needs_kernel
@pytest.mark.parametrize("version", ["2.7", "3.8", "3.13"])
def test_streams_and_status_pass_through(version, tmp_path):
    status, out, err = pyctk_cli(["run", "--sandbox", str(hostile(version)), "echo"], tmp_path, stdin=b"some input\n")
    assert (status, out, err) == (3, "SOME INPUT\n", "to stderr\n")


WELL_BEHAVED_AREAS = ("exceptions", "async", "concurrency")


def _well_behaved():
    """A corpus program of each area per version; with ``PYCTK_SANDBOX_AREAS=N`` (tox's
    hosts but py311, for CI's time) the first N areas, their order turning with the
    version, so that each area is run in the sandbox on each host all the same."""
    sys.path.insert(0, str(HERE / "corpus"))
    from cases import cases

    per_version = int(os.environ.get("PYCTK_SANDBOX_AREAS", len(WELL_BEHAVED_AREAS)))
    chosen = []
    for turn, version in enumerate(VERSIONS):
        mine = [c for c in cases() if c.version == version and not c.path and not c.argv]
        areas = WELL_BEHAVED_AREAS[turn % 3:] + WELL_BEHAVED_AREAS[:turn % 3]
        found = [next(c for c in mine if c.id.split("/")[1] == area) for area in areas
                 if any(c.id.split("/")[1] == area for c in mine)]
        chosen += found[:per_version]
    return chosen


WELL_BEHAVED = _well_behaved()


@needs_kernel
@pytest.mark.parametrize("case", WELL_BEHAVED, ids=[c.id for c in WELL_BEHAVED])
def test_well_behaved_program_gives_native_output(case):
    # its source (for the traceback's lines) is beside its name in the working directory
    status, out, err = pyctk_cli(["run", "--sandbox", "--allow-read", ".", os.path.relpath(case.pyc, case.cwd)],
                                 case.cwd, stdin=case.stdin.encode())
    assert (out, err, status) == (case.expected_stdout, case.expected_stderr, case.expected_exit)


def test_missing_protection_refused_unless_best_effort(monkeypatch, capsys):
    monkeypatch.setattr(sandbox_module, "missing_protections",
                        lambda: {"landlock": "the kernel has no Landlock (pretended by the test)"})
    assert main(["run", "--sandbox", str(hostile("3.11")), "echo"]) == 10
    err = capsys.readouterr().err
    assert err.startswith("pyctk: --sandbox: missing protection: file writes only in the scratch directory")
    assert "(--sandbox=best-effort runs without it)" in err and len(err.splitlines()) == 1


@needs_kernel
def test_best_effort_runs_without_what_is_missing(monkeypatch, capfd):
    monkeypatch.setattr(sandbox_module, "missing_protections",
                        lambda: {"landlock": "the kernel has no Landlock (pretended by the test)"})
    assert main(["run", "--sandbox=best-effort", str(hostile("3.11")), "echo"]) == 3
    captured = capfd.readouterr()
    assert "pyctk: sandbox: running without: file writes only in the scratch directory" in captured.err


def test_sandbox_options_need_sandbox(capsys):
    assert main(["run", "--memory", "1G", str(hostile("3.11")), "echo"]) == 2
    assert capsys.readouterr().err == "pyctk: --memory needs --sandbox\n"
    assert main(["run", "--sandbox", "--memory", "lots", str(hostile("3.11")), "echo"]) == 2


@needs_kernel
def test_library_run_in_the_sandbox(tmp_path, capsys):
    pyc = pyctk.load(str(hostile("3.12")))
    status = pyctk.run(pyc, ["all", str(tmp_path), str(tmp_path / "none"), "1"], sandbox="strict")
    assert status == 0
    out = capsys.readouterr().out
    assert "home: refused: PermissionError errno=13" in out and out.endswith("still running\n")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError):
        pyctk.run(pyc, sandbox="sometimes")
