#!/usr/bin/env python3
"""Build the pyctk test corpus: compile every guest program with each available CPython
version and record its native result.

    python tests/corpus/build.py [--versions 2.7,3.8] [--only area/name] [--check] [-j N]

For every interpreter python2.7, python3.6 ... python3.13 found on PATH and every program
(tests/corpus/programs/<area>/<name>.py with a ``# versions:`` header) valid for it:

* the program and every helper module / package of its area are compiled by that
  interpreter with py_compile into pyc/<X.Y>/<area>/ (legacy in-place layout, reproducible:
  CHECKED_HASH pycs for 3.7+, a fixed source mtime for 2.7 and 3.6);
* the .pyc is run natively from programs/<area> and the result written to
  expected/<X.Y>/<area>/<name>.json.

``--check`` builds into a temporary directory and compares with the committed files
(exit status 1 when anything differs).  Stdlib only; runs on Python 3.10+.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import filecmp
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parent.parent


def _load_cases_module():
    spec = importlib.util.spec_from_file_location("_corpus_cases", HERE / "cases.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses needs the module registered
    spec.loader.exec_module(module)
    return module


cases_mod = _load_cases_module()
ALL_VERSIONS = cases_mod.ALL_VERSIONS

FIXED_MTIME = 1_000_000_000
RUN_TIMEOUT = 60

# Run inside the target interpreter (must stay valid for Python 2.7 and 3.6+).
COMPILE_SCRIPT = r"""
import json, os, py_compile, shutil, sys, tempfile
jobs = json.loads(sys.stdin.read())
fixed_mtime = int(sys.argv[1])
modes = getattr(py_compile, "PycInvalidationMode", None)
tmpdir = tempfile.mkdtemp(prefix="pyctk-corpus-")
try:
    for job in jobs:
        src, cfile, dfile, mode = job
        if modes is not None and mode != "timestamp":
            kind = modes.UNCHECKED_HASH if mode == "unchecked-hash" else modes.CHECKED_HASH
            py_compile.compile(src, cfile=cfile, dfile=dfile, doraise=True, invalidation_mode=kind)
        else:
            # Timestamp pycs (2.7, 3.6, or asked for): compile a copy with a fixed mtime (same size).
            copy = os.path.join(tmpdir, os.path.basename(src))
            shutil.copyfile(src, copy)
            os.utime(copy, (fixed_mtime, fixed_mtime))
            py_compile.compile(copy, cfile=cfile, dfile=dfile, doraise=True)
            os.remove(copy)
finally:
    shutil.rmtree(tmpdir, ignore_errors=True)
"""

# Environment variables removed for both compiling and running (they change behaviour).
DROP_ENV = (
    "PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONHOME", "PYTHONOPTIMIZE",
    "PYTHONINSPECT", "PYTHONVERBOSE", "PYTHONDEBUG", "PYTHONSAFEPATH", "PYTHONDEVMODE",
    "PYTHONUNBUFFERED", "PYTHONNOUSERSITE", "PYTHONUTF8", "PYTHONCOERCECLOCALE",
    "PYTHONTRACEMALLOC", "PYTHONFAULTHANDLER", "PYTHONBREAKPOINT", "PYTHONINTMAXSTRDIGITS",
    "PYTHON_COLORS", "FORCE_COLOR", "NO_COLOR", "PYTHON_GIL", "PYTHON_CPU_COUNT",
    "PYTHON_BASIC_REPL", "PYTHON_PERF_JIT_SUPPORT",
)

ADDRESS_RE = re.compile(r" at 0x[0-9a-fA-F]+")


class BuildError(Exception):
    pass


def native_env() -> dict[str, str]:
    env = dict(os.environ)
    for key in DROP_ENV:
        env.pop(key, None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    return env


def find_interpreters(wanted: list[str]) -> dict[str, str]:
    """version -> real executable path, for every wanted pythonX.Y on PATH."""
    found: dict[str, str] = {}
    env = native_env()
    for version in wanted:
        exe = shutil.which(f"python{version}")
        if exe is None:
            continue
        try:
            proc = subprocess.run(
                [exe, "-c", "import sys; sys.stdout.write('%d.%d\\n%s' % "
                 "(sys.version_info[0], sys.version_info[1], sys.executable))"],
                capture_output=True, text=True, env=env, timeout=60,
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if proc.returncode != 0:
            continue
        reported, _, real = proc.stdout.partition("\n")
        if reported.strip() != version:
            continue
        found[version] = real.strip() or exe
    return found


# ---------------------------------------------------------------------------------------
# Discovering sources


# A helper whose leading comments hold this line is laid out as source only (no .pyc):
# the guest's version must compile it at import time.
SOURCE_ONLY_RE = re.compile(r"^#\s*build:\s*source-only\s*$", re.M)
# In a stale cache's old source ("X.py.old"): how its pyc is invalidated.
PYC_MODE_RE = re.compile(r"^#\s*pyc:\s*(timestamp|checked-hash|unchecked-hash)\s*$", re.M)


class Area:
    def __init__(self, name: str, path: Path):
        self.name = name
        self.path = path
        self.programs: dict[str, object] = {}  # name -> Header
        self.helpers: list[Path] = []  # helper modules and package files (relative paths)
        self.sources: list[Path] = []  # laid out as source only (relative paths)
        self.stale: list[tuple[Path, str]] = []  # (X.py.old, invalidation mode): X's stale cache
        self.data: list[Path] = []  # data files inside subdirectories (copied as they are)
        self.zips: list[Path] = []  # NAME.zip/ directories: built into the archive NAME.zip

    def scan(self) -> None:
        for entry in sorted(self.path.iterdir()):
            if entry.name.startswith(".") or entry.name == "__pycache__":
                continue
            if entry.is_file() and entry.suffix == ".py":
                header = cases_mod.parse_header(entry)
                if header.is_program:
                    self.programs[entry.stem] = header
                else:
                    self._add_helper(entry)
            elif entry.is_file() and entry.name.endswith(".py.old"):
                self._add_stale(entry)
            elif entry.is_dir() and entry.suffix == ".zip":
                self.zips.append(entry.relative_to(self.path))
            elif entry.is_dir():
                self._scan_dir(entry)

    def _scan_dir(self, directory: Path) -> None:
        for sub in sorted(directory.rglob("*")):
            if "__pycache__" in sub.parts or not sub.is_file():
                continue
            if sub.suffix == ".py":
                self._add_helper(sub)
            elif sub.name.endswith(".py.old"):
                self._add_stale(sub)
            else:
                self.data.append(sub.relative_to(self.path))

    def _add_helper(self, path: Path) -> None:
        rel = path.relative_to(self.path)
        if path.with_name(path.name + ".old").is_file():
            return  # laid out by _add_stale
        if SOURCE_ONLY_RE.search(path.read_text(encoding="utf-8")):
            self.sources.append(rel)
        else:
            self.helpers.append(rel)

    def _add_stale(self, old: Path) -> None:
        match = PYC_MODE_RE.search(old.read_text(encoding="utf-8"))
        self.stale.append((old.relative_to(self.path), match.group(1) if match else "timestamp"))


def cache_file(rel: Path, version: str) -> Path:
    """Where pythonX.Y keeps the cache of source ``rel``: __pycache__ (3.x), beside it (2.7)."""
    stem = rel.name[: -len(".py")]
    if version.startswith("2."):
        return rel.with_name(stem + ".pyc")
    return rel.parent / "__pycache__" / f"{stem}.cpython-{version.replace('.', '')}.pyc"


def zip_tree(source: Path, archive: Path) -> None:
    """``source``'s files into the zip ``archive``, reproducibly (sorted, stored, one date)."""
    import zipfile

    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(path.relative_to(source).as_posix(), date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, path.read_bytes())


def scan_areas(programs_dir: Path) -> dict[str, Area]:
    areas = {}
    for entry in sorted(programs_dir.iterdir()):
        if entry.is_dir() and not entry.name.startswith(".") and entry.name != "__pycache__":
            area = Area(entry.name, entry)
            area.scan()
            areas[entry.name] = area
    return areas


# ---------------------------------------------------------------------------------------
# Building


def compile_batch(exe: str, jobs: list[tuple[str, str, str, str]], env: dict[str, str]) -> None:
    for _, cfile, _, _ in jobs:
        Path(cfile).parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [exe, "-c", COMPILE_SCRIPT, str(FIXED_MTIME)],
        input=json.dumps(jobs).encode("utf-8"),
        capture_output=True, env=env, timeout=600,
    )
    if proc.returncode != 0:
        raise BuildError(
            f"compiling with {exe} failed:\n"
            + proc.stderr.decode("utf-8", "replace")
        )


def run_case(exe: str, version: str, area: str, name: str, header, programs_dir: Path,
             env: dict[str, str]) -> dict:
    cwd = programs_dir / area
    rel_pyc = f"../../pyc/{version}/{area}/{name}.pyc"
    cmd = [exe, rel_pyc] + list(header.argv)
    if header.path:  # like pyctk's --path: after the program's directory, before the rest
        pyc_area = (cwd / rel_pyc).resolve().parent
        env = dict(env, PYTHONPATH=os.pathsep.join(str(pyc_area / p) for p in header.path))
    stdin_text = header.stdin_text
    try:
        proc = subprocess.run(
            cmd, cwd=str(cwd), input=stdin_text.encode("utf-8"),
            capture_output=True, env=env, timeout=RUN_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise BuildError(f"{version}/{area}/{name}: timed out after {RUN_TIMEOUT} s")
    result = {
        "argv": list(header.argv),
        "stdin": stdin_text,
        "stdout": proc.stdout.decode("utf-8", "surrogateescape"),
        "stderr": proc.stderr.decode("utf-8", "surrogateescape"),
        "exit": proc.returncode,
    }
    if header.path:
        result["path"] = list(header.path)
    return result


def dump_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=True, indent=1, sort_keys=True) + "\n"


def build(out_root: Path, programs_dir: Path, interpreters: dict[str, str],
          only: str | None, jobs: int, forbidden: list[str]) -> tuple[list[str], dict]:
    """Build pyc/ and expected/ under out_root. Returns (problems, stats)."""
    env = native_env()
    areas = scan_areas(programs_dir)
    only_area = only_name = None
    if only:
        only_area, _, only_name = only.partition("/")
        if only_area not in areas or (only_name and only_name not in areas[only_area].programs):
            raise BuildError(f"--only {only}: no such program")
    problems: list[str] = []
    stats = {"per_version": {}, "per_area": {}}
    for area in areas.values():
        stats["per_area"][area.name] = len(area.programs)

    # Plan: (version, area, name, header) to run; compile jobs per version.
    planned: list[tuple[str, str, str, object]] = []
    compile_jobs: dict[str, list[tuple[str, str, str, str]]] = {}
    layouts: list[tuple[Path, Path]] = []  # files copied as they are (sources, data)
    zip_builds: list[tuple[Path, Path]] = []  # (staging directory, archive)
    for version in interpreters:
        batch: list[tuple[str, str, str]] = []
        for area in areas.values():
            if only_area and area.name != only_area:
                continue
            names = [
                n for n, h in sorted(area.programs.items())
                if version in h.versions and (not only_name or n == only_name)
            ]
            if not names:
                continue
            pyc_area = out_root / "pyc" / version / area.name
            for rel in area.helpers:
                batch.append((
                    str(area.path / rel),
                    str((pyc_area / rel).with_suffix(".pyc")),
                    rel.as_posix(),
                    "default",
                ))
            for old, mode in area.stale:
                rel = old.with_name(old.name[: -len(".old")])
                batch.append((str(area.path / old), str(pyc_area / cache_file(rel, version)), rel.as_posix(), mode))
                layouts.append((area.path / rel, pyc_area / rel))
            for rel in area.sources + area.data:
                layouts.append((area.path / rel, pyc_area / rel))
            for rel in area.zips:
                staging = pyc_area / (rel.name + ".build")
                zip_builds.append((staging, pyc_area / rel))
                for sub in sorted((area.path / rel).rglob("*")):
                    if not sub.is_file() or "__pycache__" in sub.parts:
                        continue
                    inner = sub.relative_to(area.path / rel)
                    if sub.suffix == ".py":
                        # timestamp pycs, as application archives hold (3.7's zipimport
                                        # refuses checked hash-based ones)
                        batch.append((str(sub), str((staging / inner).with_suffix(".pyc")),
                                      (rel / inner).as_posix(), "timestamp"))
                    else:
                        layouts.append((sub, staging / inner))
            for n in names:
                batch.append((str(area.path / (n + ".py")), str(pyc_area / (n + ".pyc")), n + ".py", "default"))
                planned.append((version, area.name, n, area.programs[n]))
        compile_jobs[version] = batch

    if not only:
        # Full build: start the selected versions from scratch (removes stale files).
        for version in interpreters:
            for sub in ("pyc", "expected"):
                shutil.rmtree(out_root / sub / version, ignore_errors=True)

    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [
            pool.submit(compile_batch, interpreters[v], batch, env)
            for v, batch in compile_jobs.items() if batch
        ]
        for fut in futures:
            fut.result()
        for src, dst in layouts:
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
        for staging, archive in zip_builds:
            zip_tree(staging, archive)
            shutil.rmtree(staging)

        def one(item):
            version, area, name, header = item
            return item, run_case(interpreters[version], version, area, name, header,
                                  programs_dir, env)

        for item, result in pool.map(one, planned):
            version, area, name, _ = item
            case_id = f"{version}/{area}/{name}"
            for text in (result["stdout"], result["stderr"]):
                for bad in forbidden:
                    if bad and bad in text:
                        problems.append(f"{case_id}: output contains the path {bad!r}")
                if ADDRESS_RE.search(text):
                    problems.append(f"{case_id}: output contains an object address")
            target = out_root / "expected" / version / area / (name + ".json")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(dump_json(result), encoding="utf-8", newline="\n")
            stats["per_version"][version] = stats["per_version"].get(version, 0) + 1

    remove_pycache(programs_dir)
    return problems, stats


def remove_pycache(programs_dir: Path) -> None:
    for cache in list(programs_dir.rglob("__pycache__")):
        shutil.rmtree(cache, ignore_errors=True)


# ---------------------------------------------------------------------------------------
# Checking


def compare_trees(built: Path, committed: Path, versions: list[str], only: str | None) -> list[str]:
    diffs: list[str] = []
    for sub in ("pyc", "expected"):
        for version in versions:
            a_root = built / sub / version
            b_root = committed / sub / version
            a_files = _files(a_root)
            b_files = _files(b_root)
            if only:
                area, _, name = only.partition("/")
                a_files = {f for f in a_files if _selected(f, area, name, sub)}
                b_files = {f for f in b_files if _selected(f, area, name, sub)}
            for rel in sorted(a_files | b_files):
                label = f"{sub}/{version}/{rel}"
                if rel not in b_files:
                    diffs.append(f"missing from the committed corpus: {label}")
                elif rel not in a_files:
                    diffs.append(f"stale (no longer built): {label}")
                elif not filecmp.cmp(a_root / rel, b_root / rel, shallow=False):
                    diffs.append(f"differs: {label}")
    return diffs


def _selected(rel: str, area: str, name: str, sub: str) -> bool:
    parts = rel.split("/")
    if parts[0] != area:
        return False
    if not name:
        return True
    if sub == "expected":
        return parts[-1] == name + ".json"
    # pyc: the program plus the area's helpers
    return True


def _files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


# ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--versions", help="comma-separated versions (default: all found)")
    parser.add_argument("--only", help="area or area/name")
    parser.add_argument("--check", action="store_true",
                        help="rebuild into a temp dir and compare with the committed files")
    parser.add_argument("-j", "--jobs", type=int, default=max(2, os.cpu_count() or 2))
    args = parser.parse_args(argv)

    wanted = ALL_VERSIONS
    if args.versions:
        wanted = [v.strip() for v in args.versions.split(",") if v.strip()]
        unknown = [v for v in wanted if v not in ALL_VERSIONS]
        if unknown:
            parser.error(f"unknown versions: {', '.join(unknown)}")
    start = time.monotonic()
    interpreters = find_interpreters(wanted)
    missing = [v for v in wanted if v not in interpreters]
    if missing:
        print(f"not found on PATH (skipped): {' '.join('python' + v for v in missing)}")
    if not interpreters:
        print("no interpreter found", file=sys.stderr)
        return 2
    print(f"interpreters: {' '.join(interpreters)}")

    programs_dir = HERE / "programs"
    forbidden = [str(CHECKOUT), str(HERE)]
    try:
        if args.check:
            with tempfile.TemporaryDirectory(prefix="pyctk-corpus-check-") as tmp:
                tmp_root = Path(tmp)
                tmp_programs = tmp_root / "programs"
                shutil.copytree(programs_dir, tmp_programs,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
                problems, stats = build(tmp_root, tmp_programs, interpreters, args.only,
                                        args.jobs, forbidden + [str(tmp_root)])
                diffs = compare_trees(tmp_root, HERE, list(interpreters), args.only)
        else:
            problems, stats = build(HERE, programs_dir, interpreters, args.only,
                                    args.jobs, forbidden)
            diffs = []
    except BuildError as exc:
        print(f"build error: {exc}", file=sys.stderr)
        return 2
    finally:
        remove_pycache(programs_dir)

    elapsed = time.monotonic() - start
    for version in interpreters:
        print(f"  {version}: {stats['per_version'].get(version, 0)} cases")
    print(f"{sum(stats['per_version'].values())} cases in {elapsed:.1f} s")
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    for diff in diffs:
        print(diff, file=sys.stderr)
    if args.check:
        print("check: " + ("OK, identical" if not diffs else f"{len(diffs)} difference(s)"))
    if diffs:
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
