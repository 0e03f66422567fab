"""``pyctk info --json DIR``: one JSON line per .pyc under a directory tree (for example
an unpacked application bundle), read in parallel on all cores, in path order."""

from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor

from pyctk.errors import PyctkError


def find_pycs(root: str) -> list[str]:
    found = []
    for directory, subdirs, files in os.walk(root):
        subdirs.sort()
        found.extend(os.path.join(directory, f) for f in sorted(files) if f.endswith(".pyc"))
    return found


def describe(args: tuple) -> dict:
    """The header facts of one file, or its error; never raises for a bad file."""
    path, version = args
    from pyctk.cli import _header_json
    from pyctk.pyc import load

    try:
        pyc = load(path, version)
    except PyctkError as e:
        return {"file": path, "error": str(e), "exit_status": e.exit_status}
    line = _header_json(pyc)
    line["source"] = pyc.code.co_filename
    line["code_objects"] = sum(1 for _ in pyc.code.walk())
    return line


def info_tree(root: str, version=None, out=None, progress=None) -> int:
    """Write the lines; return 0, or 4 when any file could not be read as a .pyc."""
    out = out or sys.stdout
    if progress is None:
        progress = sys.stderr.isatty()
    paths = find_pycs(root)
    failed = 0
    workers = os.cpu_count() or 1
    jobs = [(p, version) for p in paths]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for done, line in enumerate(pool.map(describe, jobs, chunksize=16), 1):
            failed += "error" in line
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            if progress:
                sys.stderr.write(f"\r{_bar(done, len(jobs))}")
                sys.stderr.flush()
    if progress and jobs:
        sys.stderr.write("\n")
    return 4 if failed else 0


def _bar(done: int, total: int, width: int = 30) -> str:
    filled = width * done // max(total, 1)
    return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files"
