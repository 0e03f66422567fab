"""The pyctk test corpus: guest programs compiled by each CPython version, with their
natively recorded results.  Stdlib only; imported by the tests and by build.py.

Layout (all under CORPUS, this file's directory):

    programs/<area>/<name>.py                  guest source (header comment, see below)
    pyc/<X.Y>/<area>/<name>.pyc                compiled by pythonX.Y (legacy in-place layout)
    expected/<X.Y>/<area>/<name>.json          {"argv", "stdin", "stdout", "stderr", "exit"}

A program's header is made of its leading comment lines:

    # versions: 2.7 3.6+        tokens X.Y, X.Y+, X.Y-X.Z (space separated)
    # argv: one two             optional extra command-line arguments (shell-like quoting)
    # stdin: some text          optional single line fed on stdin (a newline is appended)
    # needs: host-stdlib        the program needs its version's standard library: a host
                                older than the guest skips it (it says why)
    # needs: own-stdlib         what it prints is its version's standard library's: the
                                test runs it with --stdlib (the version's own library of
                                pythonX.Y on PATH), and skips it, saying why, without one
                                or on a host older than the guest (its library needs its
                                version's C modules)
    # needs: host-words         error messages whose guest wording holds what an older
                                host's does not say (a class name, which operator): a host
                                older than the guest skips it (it says why)
    # path: sub/dir lib.zip     optional search path after the program's own directory,
                                relative to it (native: PYTHONPATH; pyctk: ``path=``)

A ``.py`` file without a ``# versions:`` line is a helper module of its area.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from pyctk.versions import VERSION_NAMES

CORPUS = Path(__file__).resolve().parent
PROGRAMS = CORPUS / "programs"
PYC = CORPUS / "pyc"
EXPECTED = CORPUS / "expected"

ALL_VERSIONS = list(VERSION_NAMES)  # the one list: pyctk/versions/__init__.py

_HEADER_RE = re.compile(r"^#\s*(versions|argv|stdin|path|needs)\s*:(.*)$")
_VERSION_RE = re.compile(r"^(\d+)\.(\d+)$")


def _vkey(text: str) -> tuple[int, int]:
    m = _VERSION_RE.match(text.strip())
    if not m:
        raise ValueError(f"not a version: {text!r}")
    return (int(m.group(1)), int(m.group(2)))


def version_key(text: str) -> tuple[int, int]:
    """``"3.10"`` -> ``(3, 10)``, for sorting versions."""
    return _vkey(text)


def expand_versions(spec: str, universe: list[str] | None = None) -> list[str]:
    """Expand a ``versions:`` spec (``"2.7 3.6+"``, ``"3.8-3.10"``) into the listed
    versions of ``universe`` (default ALL_VERSIONS), in ascending order."""
    universe = ALL_VERSIONS if universe is None else universe
    selected: set[str] = set()
    tokens = spec.split()
    if not tokens:
        raise ValueError("empty versions: spec")
    for token in tokens:
        if token.endswith("+"):
            low = _vkey(token[:-1])
            # "3.6+" stays within the same major version: 3.6+ never means 2.x.
            selected.update(v for v in universe if _vkey(v) >= low and _vkey(v)[0] == low[0])
        elif "-" in token:
            lo_text, hi_text = token.split("-", 1)
            low, high = _vkey(lo_text), _vkey(hi_text)
            if low > high:
                raise ValueError(f"empty version range: {token!r}")
            selected.update(v for v in universe if low <= _vkey(v) <= high)
        else:
            _vkey(token)
            if token in universe:
                selected.add(token)
    return sorted(selected, key=_vkey)


@dataclass
class Header:
    versions: list[str] | None  # None: a helper module (no ``# versions:`` line)
    argv: list[str] = field(default_factory=list)
    stdin: str | None = None  # the line fed on stdin (without its newline), or None
    path: list[str] = field(default_factory=list)  # search path entries, relative to the program
    # "host-stdlib": the program uses its version's standard library additions (a real
    # package branching on sys.version_info), so a host older than the guest cannot run it
    needs: list[str] = field(default_factory=list)

    @property
    def is_program(self) -> bool:
        return self.versions is not None

    @property
    def stdin_text(self) -> str:
        """What is actually written to the program's stdin."""
        return "" if self.stdin is None else self.stdin + "\n"


def parse_header(path: str | Path) -> Header:
    """Read the header comment of a corpus source file.

    Only the leading block of comment (and blank) lines is looked at, so a coding
    declaration (``# -*- coding: utf-8 -*-``) may come before or after the header lines.
    """
    versions = None
    argv: list[str] = []
    stdin = None
    search: list[str] = []
    needs: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            stripped = line.strip()
            if not stripped:
                continue
            if not stripped.startswith("#"):
                break
            m = _HEADER_RE.match(stripped)
            if not m:
                continue
            key, value = m.group(1), m.group(2)
            if key == "versions":
                versions = expand_versions(value)
            elif key == "argv":
                argv = shlex.split(value)
            elif key == "stdin":
                stdin = value[1:] if value.startswith(" ") else value
            elif key == "path":
                search = shlex.split(value)
            elif key == "needs":
                needs = value.split()
    return Header(versions, argv, stdin, search, needs)


def versions_of(path: str | Path) -> list[str] | None:
    """The versions a program is valid for (ascending), or None for a helper module."""
    return parse_header(path).versions


@dataclass
class Case:
    version: str  # "3.8"
    area: str
    name: str
    pyc: Path
    cwd: Path  # programs/<area>: run from here so tracebacks find the sources
    argv: list[str]  # extra arguments (sys.argv[1:])
    stdin: str  # full text fed on stdin ("" for none)
    expected_stdout: str
    expected_stderr: str
    expected_exit: int
    path: list[Path] = field(default_factory=list)  # the program's search path after its directory

    @property
    def id(self) -> str:
        return f"{self.version}/{self.area}/{self.name}"

    def __repr__(self) -> str:
        return f"Case({self.id})"


def cases(corpus: str | Path | None = None) -> list[Case]:
    """Every case that has an expected .json, sorted by (version, area, name). Its .pyc is
    not checked here: a missing one must fail the case that needs it, not drop it."""
    root = CORPUS if corpus is None else Path(corpus)
    found: list[Case] = []
    expected_root = root / "expected"
    if not expected_root.is_dir():
        return found
    for vdir in expected_root.iterdir():
        if not vdir.is_dir() or not _VERSION_RE.match(vdir.name):
            continue
        for adir in vdir.iterdir():
            if not adir.is_dir():
                continue
            for jfile in adir.glob("*.json"):
                name = jfile.stem
                pyc = root / "pyc" / vdir.name / adir.name / (name + ".pyc")
                data = json.loads(jfile.read_text(encoding="utf-8"))
                found.append(
                    Case(
                        version=vdir.name,
                        area=adir.name,
                        name=name,
                        pyc=pyc,
                        cwd=root / "programs" / adir.name,
                        argv=list(data.get("argv", [])),
                        stdin=data.get("stdin", ""),
                        expected_stdout=data["stdout"],
                        expected_stderr=data["stderr"],
                        expected_exit=data["exit"],
                        path=[pyc.parent / entry for entry in data.get("path", [])],
                    )
                )
    found.sort(key=lambda c: (_vkey(c.version), c.area, c.name))
    return found
