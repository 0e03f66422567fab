"""The benchmark runner (benchmarks/run.py) on tiny workloads (``--quick``): a check of the
report's structure and that pyctk computed what native CPython computed. Not a timing.

Versions: the host's own (always present), plus one other native CPython when one is on
PATH (the oldest found: its bytecode differs most), or those named by
PYCTK_BENCH_TEST_VERSIONS (comma-separated X.Y).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN = os.path.join(REPO, "benchmarks", "run.py")
PROGRAMS = os.path.join(REPO, "benchmarks", "programs")
HOST_VERSION = "%d.%d" % sys.version_info[:2]
CANDIDATES = ["2.7", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13"]
STATUSES = {"ok", "error", "mismatch", "native-error", "compile-error"}
NAMES = sorted(f[3:-3] for f in os.listdir(PROGRAMS) if f.startswith("bm_") and f.endswith(".py"))


def _runs(version) -> bool:
    path = shutil.which("python" + version)
    if not path:
        return False
    try:
        out = subprocess.run(
            [path, "-c", "import sys; sys.stdout.write('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return out.returncode == 0 and out.stdout.strip() == version


def _versions() -> list:
    chosen = os.environ.get("PYCTK_BENCH_TEST_VERSIONS")
    if chosen:
        return [v.strip() for v in chosen.split(",") if v.strip()]
    versions = [HOST_VERSION]
    for v in CANDIDATES:
        if v != HOST_VERSION and _runs(v):
            versions.append(v)
            break
    return versions


VERSIONS = _versions()


def _run(*args, timeout=600):
    return subprocess.run(
        [sys.executable, RUN, "--quick", "--silent", *args], capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench")
    proc = _run(
        "--jobs",
        "2",
        "--versions",
        ",".join(VERSIONS),
        "--json",
        str(out / "report.json"),
        "--markdown",
        str(out / "report.md"),
    )
    if proc.returncode == 2 and "no native interpreter" in proc.stderr:
        pytest.skip(proc.stderr.strip())
    assert proc.returncode == 0, proc.stderr
    with open(out / "report.json") as f:
        data = json.load(f)
    with open(out / "report.md") as f:
        md = f.read()
    assert proc.stdout == md  # Markdown on stdout when the JSON goes to a file
    return data, md


def test_there_are_enough_programs():
    assert len(NAMES) >= 10


def test_report_structure(report):
    data, _ = report
    for key in ("host", "settings", "interpreters", "versions", "benchmarks", "results", "summary", "startup"):
        assert key in data
    assert data["settings"]["quick"] is True
    assert data["settings"]["repeat"] == 1 and data["settings"]["inner"] == 1
    assert HOST_VERSION in data["versions"] or HOST_VERSION not in VERSIONS
    assert set(data["versions"]) <= set(VERSIONS)
    assert [n[3:] for n in data["benchmarks"]] == NAMES
    keys = [(r["version"], r["benchmark"]) for r in data["results"]]
    assert sorted(keys) == sorted((v, n) for v in data["versions"] for n in NAMES)
    for r in data["results"]:
        assert r["status"] in STATUSES, r
        if r["status"] == "ok":
            assert r["native"]["seconds"] > 0 and r["pyctk"]["seconds"] > 0
            assert r["ratio"] == pytest.approx(r["pyctk"]["seconds"] / r["native"]["seconds"])
        else:
            assert r["reason"] and r["ratio"] is None
    for v in data["versions"]:
        s = data["summary"][v]
        assert s["ok"] + s["failed"] == s["benchmarks"] == len(NAMES)
        if s["ok"]:
            assert s["geomean"] > 0
            assert s["worst"]["benchmark"] in NAMES and s["worst"]["ratio"] >= s["geomean"] * 0.999
    st = data["startup"]
    assert st["baseline"]["status"] == "ok" and st["baseline"]["seconds"] > 0
    assert set(st["pyctk"]) == set(data["versions"])


@pytest.mark.parametrize("version", VERSIONS)
def test_checksums_match(report, version):
    data, _ = report
    if version not in data["versions"]:
        pytest.skip("no native CPython %s" % version)
    rows = [r for r in data["results"] if r["version"] == version]
    bad_native = [r for r in rows if r["status"] in ("native-error", "compile-error")]
    assert not bad_native, [(r["benchmark"], r["reason"]) for r in bad_native]
    # A mismatch is pyctk computing something else than CPython: always a failure.
    mismatches = [r for r in rows if r["status"] == "mismatch"]
    assert not mismatches, [(r["benchmark"], r["reason"]) for r in mismatches]
    # pyctk runs every benchmark of every supported version: an error is a failure.
    errors = [r for r in rows if r["status"] == "error"]
    assert not errors, [(r["benchmark"], r["reason"]) for r in errors]
    for r in rows:
        assert r["pyctk"]["checksums"] == [r["checksum"]] * len(r["pyctk"]["checksums"])


def test_markdown(report):
    data, md = report
    lines = md.splitlines()
    header = next(line for line in lines if line.startswith("| benchmark |"))
    for v in data["versions"]:
        assert "| %s native s | %s pyctk s | %s × |" % (v, v, v) in header
    for name in NAMES:
        assert any(line.startswith("| %s |" % name) for line in lines), name
    assert any(line.startswith("| **geometric mean** |") for line in lines)
    assert any(line.startswith("| worst |") for line in lines)
    assert "Start-up" in md


def test_json_on_stdout():
    proc = _run("--versions", HOST_VERSION, "--only", "fib", "--no-startup", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [r["benchmark"] for r in data["results"]] == ["fib"]
    assert data["startup"] is None


def test_mismatch_is_a_failure(tmp_path):
    """A "pyctk" that prints another checksum is reported as FAIL, not timed."""
    fake = tmp_path / "fake_host.py"
    fake.write_text(
        textwrap.dedent(
            """\
            import os, sys
            if sys.argv[1] == "-c":  # the runner asking for the version: the real interpreter
                os.execv(sys.executable, [sys.executable] + sys.argv[1:])
            print("PYCTK_BENCH_CHECKSUM wrong")
            print("PYCTK_BENCH 0.5")
            print("PYCTK_BENCH_CPU 0.5")
            """
        )
    )
    proc = _run(
        "--versions",
        HOST_VERSION,
        "--only",
        "fib",
        "--no-startup",
        "--json",
        "--host",
        "%s %s" % (sys.executable, fake),
    )
    assert proc.returncode == 0, proc.stderr
    (r,) = json.loads(proc.stdout)["results"]
    assert r["status"] == "mismatch" and r["ratio"] is None and "wrong" in r["reason"]
    md = _run("--versions", HOST_VERSION, "--only", "fib", "--no-startup", "--host", "%s %s" % (sys.executable, fake))
    assert "| fib |" in md.stdout and "FAIL" in md.stdout.split("| fib |")[1].splitlines()[0]


def test_translated_share(report):
    """Every program's share of instructions run translated is measured, its counts
    consistent (a block counts only what it ran), and translation takes hold of plain
    recursion (fib), unless it is turned off."""
    data, md = report
    assert data["settings"]["share_scale"] == 0.01
    for r in data["results"]:
        if r["status"] != "ok":
            continue
        share = r["share"]
        assert "error" not in share, (r["version"], r["benchmark"], share)
        assert 0 <= share["translated"] <= share["total"] and share["total"] > 0, (r["version"], r["benchmark"])
        if r["benchmark"] == "fib":
            if os.environ.get("PYCTK_TRANSLATE") == "0":
                assert share["translated"] == 0
            else:
                assert share["translated"] > share["total"] / 2, (r["version"], share)
    assert "Share of the instructions run translated" in md
