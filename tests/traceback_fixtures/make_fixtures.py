#!/usr/bin/env python3
"""Regenerate the traceback fixtures from the real interpreters.

    python tests/traceback_fixtures/make_fixtures.py [--versions 2.7,3.11] [--only CASE,...]

For every interpreter python2.7, python3.6 ... python3.13 found on PATH and every case
script cases/<name>.py whose ``# versions:`` header lists that version, the script is run
twice with cwd = cases/:

1. ``pythonX.Y <name>.py`` as is: its stderr is what CPython shows for the uncaught
   exception;
2. the same with recorder/ on PYTHONPATH: recorder/sitecustomize.py installs an
   excepthook that writes, as JSON, the data pyctk's VM has for that exception (types,
   args, str, traceback entries with positions, chained / grouped exceptions, notes) and
   then calls ``sys.__excepthook__``, whose output must equal run 1.

The absolute path of cases/ is replaced by ``{CASES}`` in both, and the result is written to
expected/<X.Y>.json: ``{"version", "python", "cases": {name: {"stderr", "exceptions"}}}``.
Stdlib only; runs on Python 3.10+.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pyctk.versions import VERSION_NAMES

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
RECORDER = HERE / "recorder"
EXPECTED = HERE / "expected"
PLACEHOLDER = "{CASES}"

ALL_VERSIONS = list(VERSION_NAMES)  # the one list: pyctk/versions/__init__.py
_HEADER_RE = re.compile(r"^#\s*versions\s*:(.*)$")


def vkey(v: str) -> tuple[int, int]:
    major, minor = v.split(".")
    return int(major), int(minor)


def expand_versions(spec: str) -> list[str]:
    """``"2.7 3.6+"`` / ``"3.8-3.10"`` / ``"3.11"`` -> the listed versions, ascending."""
    out: set[str] = set()
    for token in spec.split():
        if token.endswith("+"):
            lo = vkey(token[:-1])
            out.update(v for v in ALL_VERSIONS if vkey(v) >= lo and vkey(v)[0] == lo[0])
        elif "-" in token:
            a, b = token.split("-")
            out.update(v for v in ALL_VERSIONS if vkey(a) <= vkey(v) <= vkey(b))
        else:
            vkey(token)
            out.add(token)
    return sorted(out, key=vkey)


def case_versions(path: Path) -> list[str] | None:
    with open(path, "rb") as f:
        for _ in range(3):
            m = _HEADER_RE.match(f.readline().decode("latin-1").strip())
            if m:
                return expand_versions(m.group(1))
    return None


def case_names() -> list[str]:
    return sorted(p.stem for p in CASES.glob("*.py") if case_versions(p) is not None)


def _ensure_pyenv_versions() -> None:
    """With pyenv shims, make every installed version reachable (as PYENV_VERSION=a:b:...)."""
    if ":" in os.environ.get("PYENV_VERSION", "") or not shutil.which("pyenv"):
        return
    try:
        out = subprocess.run(["pyenv", "versions", "--bare"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return
    names = [n.strip() for n in out.stdout.split() if re.match(r"^\d+\.\d+\.\d+$", n.strip())]
    if names:
        names.sort(key=lambda n: tuple(int(p) for p in n.split(".")), reverse=True)
        os.environ["PYENV_VERSION"] = ":".join(names)


def _usable(exe: str | None) -> bool:
    if exe is None:
        return False
    try:
        return subprocess.run([exe, "-c", "pass"], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def find_interpreter(version: str) -> str | None:
    exe = shutil.which(f"python{version}")
    if not _usable(exe):
        _ensure_pyenv_versions()
        exe = shutil.which(f"python{version}")
    return exe if _usable(exe) else None


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PYTHON") and k not in ("FORCE_COLOR", "NO_COLOR", "TERM")
    }
    if "PYENV_VERSION" in os.environ:
        env["PYENV_VERSION"] = os.environ["PYENV_VERSION"]
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    env["PYTHONHASHSEED"] = "0"
    env.update(extra)
    return env


def _decode(version: str, data: bytes) -> str:
    # 2.7 writes bytes: keep one code point per byte (pyctk's convention for 2.7 str).
    if version == "2.7":
        return data.decode("latin-1")
    return data.decode("utf-8", "surrogateescape")


def _normalize(text: str, cases_dir: str) -> str:
    return text.replace(cases_dir, PLACEHOLDER)


def _normalize_json(value, cases_dir: str):
    if isinstance(value, str):
        return _normalize(value, cases_dir)
    if isinstance(value, list):
        return [_normalize_json(v, cases_dir) for v in value]
    if isinstance(value, dict):
        return {k: _normalize_json(v, cases_dir) for k, v in value.items()}
    return value


def run_case(exe: str, version: str, name: str, cases_dir: Path = CASES, timeout: float = 120) -> dict:
    """Run one case under ``exe`` (twice, see the module doc) and return
    ``{"stderr": ..., "exceptions": [...]}`` with the cases path normalized."""
    script = f"{name}.py"
    cdir = str(cases_dir)
    plain = subprocess.run(
        [exe, script], cwd=cdir, env=_env({}), capture_output=True, timeout=timeout
    )
    if plain.returncode == 0:
        raise RuntimeError(f"{name} under {version}: exited 0, expected an uncaught exception")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "record.json")
        hooked = subprocess.run(
            [exe, script],
            cwd=cdir,
            env=_env({"PYTHONPATH": str(RECORDER), "PYCTK_TB_RECORD": out}),
            capture_output=True,
            timeout=timeout,
        )
        with open(out, encoding="utf-8") as f:
            raw = f.read()
    if raw.startswith("RECORDER FAILED"):
        raise RuntimeError(f"{name} under {version}: {raw}")
    payload = json.loads(raw)
    stderr = _decode(version, plain.stderr)
    if _decode(version, hooked.stderr) != stderr:
        raise RuntimeError(
            f"{name} under {version}: sys.__excepthook__ output differs from the plain run\n"
            f"--- plain\n{stderr}\n--- hooked\n{_decode(version, hooked.stderr)}"
        )
    result = {
        "stderr": _normalize(stderr, cdir),
        "exceptions": _normalize_json(payload["exceptions"], cdir),
    }
    if payload.get("tracebacklimit") is not None:
        result["tracebacklimit"] = payload["tracebacklimit"]
    return result


def interpreter_version_string(exe: str) -> str:
    out = subprocess.run(
        [exe, "-c", "import sys; sys.stdout.write(sys.version.split()[0])"],
        capture_output=True,
        env=_env({}),
        check=True,
    )
    return out.stdout.decode()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", help="comma-separated X.Y list (default: all found)")
    parser.add_argument("--only", help="comma-separated case names")
    args = parser.parse_args(argv)
    versions = args.versions.split(",") if args.versions else ALL_VERSIONS
    only = set(args.only.split(",")) if args.only else None
    EXPECTED.mkdir(exist_ok=True)
    failures = 0
    for version in versions:
        exe = find_interpreter(version)
        if exe is None:
            print(f"python{version}: not found, skipped")
            continue
        target = EXPECTED / f"{version}.json"
        if target.exists():
            doc = json.loads(target.read_text(encoding="utf-8"))
        else:
            doc = {"version": version, "cases": {}}
        doc["version"] = version
        doc["python"] = interpreter_version_string(exe)
        cases = doc.setdefault("cases", {})
        names = case_names()
        for stale in [n for n in cases if n not in names]:
            del cases[stale]
        for name in names:
            if only is not None and name not in only:
                continue
            if version not in (case_versions(CASES / f"{name}.py") or []):
                cases.pop(name, None)
                continue
            try:
                cases[name] = run_case(exe, version, name)
            except Exception as exc:  # report and go on with the other cases
                failures += 1
                print(f"FAILED {version} {name}: {exc}")
        doc["cases"] = dict(sorted(cases.items()))
        target.write_text(json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"python{version} ({doc['python']}): {len(doc['cases'])} cases -> {target.relative_to(HERE)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
