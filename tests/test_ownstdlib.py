"""``--stdlib``: the guest version's own standard library, run in the VM
(runtime/ownstdlib.py). What it prints is checked against the real interpreters by the
corpus (``programs/ownstdlib/``, ``# needs: own-stdlib``); here: the choice (host, auto,
a directory, a zip archive, PYCTK_STDLIB), bad directories, the kept host modules, and
that the host's modules are left alone."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pyctk.errors import StdlibError
from pyctk.runtime.ownstdlib import installed_stdlib, resolve
from pyctk.version import Version
from pyctk.versions.stdlibfacts import HIDDEN_C_NAMES, KEPT_ALWAYS, KEPT_BY_VERSION, kept_host_modules

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "corpus" / "programs" / "ownstdlib"
PYC = ROOT / "tests" / "corpus" / "pyc"
V38 = Version.parse("3.8")

HELP_PROGRAM = """\
import argparse, sys
import re, os
p = argparse.ArgumentParser(prog="demo")
p.add_argument("--x", help="an x")
p.print_help()
print(argparse.__file__)
print(re.__file__ == os.__file__.replace("os.py", "re/__init__.py") or re.__file__)
"""


def _lib(version: str) -> str:
    found = installed_stdlib(Version.parse(version))
    if found is None:
        pytest.skip(f"no python{version} on PATH: its own standard library is not there")
    return found


def _compile(tmp_path, version: str, source: str, name="prog") -> Path:
    src = tmp_path / f"{name}.py"
    src.write_text(source)
    out = tmp_path / f"{name}{version}.pyc"
    from pyctk.runtime.compilers import find_python

    exe = find_python(Version.parse(version))
    if exe is None:
        pytest.skip(f"no python{version} on PATH")
    subprocess.run([exe, "-c", f"import py_compile; py_compile.compile({str(src)!r}, {str(out)!r}, doraise=True)"],
                   check=True)
    return out


def _pyctk(*argv, env_extra=None, cwd=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("PYCTK_STDLIB", None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "pyctk", *map(str, argv)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)


def test_auto_and_dir_run_the_versions_own_argparse(tmp_path):
    lib = _lib("3.8")
    pyc = _compile(tmp_path, "3.8", HELP_PROGRAM)
    for choice in ("auto", lib):
        proc = _pyctk("run", "--stdlib", choice, pyc)
        assert proc.returncode == 0, proc.stderr
        assert "optional arguments:" in proc.stdout  # 3.8's wording
        assert f"{lib}/argparse.py" in proc.stdout  # the module's file is the version's own
        assert "True" in proc.stdout.splitlines()[-1] or "python3.8" not in proc.stdout.splitlines()[-1]
    # PYCTK_STDLIB gives the default; --stdlib host wins over it
    proc = _pyctk("run", pyc, env_extra={"PYCTK_STDLIB": "auto"})
    assert "optional arguments:" in proc.stdout
    host = _pyctk("run", "--stdlib", "host", pyc, env_extra={"PYCTK_STDLIB": "auto"})
    assert host.returncode == 0 and "python3.8" not in host.stdout
    default = _pyctk("run", pyc)
    assert default.stdout == proc.stdout  # the default is auto: the version's own library
    assert default.stdout != host.stdout


def test_a_zip_archive_as_the_library(tmp_path):
    """An application's library archive: its modules are the version's; what it lacks
    stays the host's."""
    lib = _lib("3.8")
    archive = tmp_path / "python38.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name in ("os.py", "argparse.py"):
            zf.write(os.path.join(lib, name), name)
    pyc = _compile(tmp_path, "3.8", HELP_PROGRAM)
    proc = _pyctk("run", "--stdlib", archive, pyc)
    assert proc.returncode == 0, proc.stderr
    assert "optional arguments:" in proc.stdout
    assert f"{archive}/argparse.py" in proc.stdout


def test_bad_directories_are_one_line_errors(tmp_path):
    pyc = PYC / "3.8" / "control" / "for_else.pyc"
    empty = tmp_path / "empty"
    empty.mkdir()
    wrong = tmp_path / "python3.9"
    wrong.mkdir()
    (wrong / "os.py").write_text("")
    notzip = tmp_path / "lib.zip"
    notzip.write_bytes(b"not a zip")
    for bad, says in ((tmp_path / "missing", "no such directory"), (empty, "not a standard library"),
                      (wrong, "the standard library of 3.9, and the file is 3.8"),
                      (notzip, "not a directory or a zip archive")):
        proc = _pyctk("run", "--stdlib", bad, pyc)
        assert proc.returncode == StdlibError.exit_status == 11
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("pyctk: --stdlib ") and says in proc.stderr
        with pytest.raises(StdlibError):
            resolve(str(bad), V38)


def test_host_choice_and_missing_interpreter(monkeypatch):
    monkeypatch.delenv("PYCTK_STDLIB", raising=False)
    assert resolve("host", V38) is None
    assert resolve(None, V38) == installed_stdlib(V38)  # the default: auto
    monkeypatch.setenv("PYCTK_STDLIB", "host")
    assert resolve(None, V38) is None
    # auto without the interpreter: the host's library, no error
    from pyctk.runtime import ownstdlib

    monkeypatch.setenv("PYCTK_PYTHON38", "none")
    monkeypatch.setattr(ownstdlib, "_FOUND", {})
    assert resolve("auto", V38) is None


def test_kept_modules_stay_the_hosts(tmp_path):
    """re (its sre_compile checks the host's _sre), os (the host's posix), dis, json (the
    guest's recursion limit on its C encoder): the host's files, even with the version's
    library; the version's argparse uses that re."""
    _lib("3.8")
    program = ("import re, os, dis, argparse, json, textwrap\n"
               "for m in (re, os, dis, argparse, json, textwrap): print(m.__name__, 'python3.8' in m.__file__)\n"
               "print(argparse._re is re)\n")
    pyc = _compile(tmp_path, "3.8", program)
    proc = _pyctk("run", "--stdlib", "auto", pyc)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\n") == ["re False", "os False", "dis False", "argparse True", "json False",
                                       "textwrap True", "True", ""]


def test_the_facts_say_why():
    for table in (KEPT_ALWAYS, *KEPT_BY_VERSION.values(), *HIDDEN_C_NAMES.values()):
        for name, why in table.items():
            assert why and isinstance(why, str), name
    assert "re" in kept_host_modules("3.8") and "typing" in kept_host_modules("3.13")
    assert "typing" not in kept_host_modules("3.8")


def test_own_library_run_leaves_the_host_as_it_was(capsys):
    """Two runs with the version's own library (2.7 and 3.8) in one process: the host's
    sys.modules, sys.path, builtins, warnings, logging, threads are as they were."""
    from test_isolation import assert_same, snapshot

    import pyctk

    libs = {v: _lib(v) for v in ("2.7", "3.8")}
    runs = [(v, PYC / v / "ownstdlib" / f"{name}.pyc") for v, name in
            (("2.7", "argparse_help"), ("2.7", "unittest_report"), ("3.8", "collections_reprs"))]
    for version, pyc in runs:  # pyctk's own lazy imports happen once
        pyctk.run(str(pyc), stdlib=libs[version])
    capsys.readouterr()
    before = snapshot()
    for version, pyc in runs:
        assert pyctk.run(str(pyc), stdlib=libs[version]) == 0
    out = capsys.readouterr().out
    assert_same(before, snapshot())
    assert "optional arguments:" in out and "OrderedDict([('b', 2), ('a', 1)])" in out


def _fake_pyenv(tmp_path, versions=("3.8.99",)):
    """A pyenv tree whose shim fails if run: finding the library must not start it."""
    root = tmp_path / "pyenv"
    (root / "shims").mkdir(parents=True)
    shim = root / "shims" / "python3.8"
    shim.write_text("#!/bin/sh\nexit 1\n")
    shim.chmod(0o755)
    for name in versions:
        bindir = root / "versions" / name / "bin"
        bindir.mkdir(parents=True)
        exe = bindir / "python3.8"
        exe.write_text("#!/bin/sh\nexit 1\n")
        exe.chmod(0o755)
        lib = root / "versions" / name / "lib" / "python3.8"
        lib.mkdir(parents=True)
        (lib / "os.py").write_text("")
    return root, shim


def test_pyenv_shim_is_read_not_run(tmp_path, monkeypatch):
    """pyenv's shim is a shell script (~0.2 s a start): the interpreter it would start is
    read from PYENV_VERSION or .python-version, and the compiler starts that directly."""
    from pyctk.runtime import compilers, ownstdlib

    root, shim = _fake_pyenv(tmp_path, ("3.8.98", "3.8.99"))
    monkeypatch.setenv("PYENV_ROOT", str(root))
    monkeypatch.setenv("PYCTK_PYTHON38", str(shim))
    monkeypatch.setattr(ownstdlib, "_FOUND", {})
    monkeypatch.setattr(compilers, "_EXECUTABLES", {})
    monkeypatch.setenv("PYENV_VERSION", "3.11.7:3.8.99")  # the first listed that has python3.8
    assert installed_stdlib(V38) == str(root / "versions" / "3.8.99" / "lib" / "python3.8")
    assert compilers._EXECUTABLES[str(shim)] == str(root / "versions" / "3.8.99" / "bin" / "python3.8")
    # no PYENV_VERSION: the nearest .python-version up from the working directory
    monkeypatch.delenv("PYENV_VERSION")
    monkeypatch.setattr(ownstdlib, "_FOUND", {})
    work = tmp_path / "project" / "sub"
    work.mkdir(parents=True)
    (tmp_path / "project" / ".python-version").write_text("3.8.98\n")
    monkeypatch.chdir(work)
    assert installed_stdlib(V38) == str(root / "versions" / "3.8.98" / "lib" / "python3.8")
    # "system" is not read: the shim is asked (here it fails: no library, the host's)
    monkeypatch.setenv("PYENV_VERSION", "system:3.8.99")
    monkeypatch.setattr(ownstdlib, "_FOUND", {})
    assert installed_stdlib(V38) is None


def test_library_code_is_decoded_once_and_runs_leave_nothing_on_it(capsys, monkeypatch):
    """The version's library modules are unmarshalled once per process and their
    programs kept on them (librarycache); each run still runs the modules (the same
    output twice), and a finished run's stubs and host frames are taken off the shared
    code objects. report()/warm() hand what a child decoded to its parent."""
    import pyctk
    from pyctk.runtime import librarycache

    lib = _lib("3.8")
    monkeypatch.setattr(librarycache, "_CODE", {})
    monkeypatch.setattr(librarycache, "_FILES", {})
    pyc = str(PYC / "3.8" / "ownstdlib" / "collections_reprs.pyc")
    assert pyctk.run(pyc, stdlib=lib) == 0
    first = capsys.readouterr().out
    decoded = dict(librarycache._CODE)
    assert any(key[1].startswith(lib) and key[2].endswith("collections/__init__.py") for key in decoded)
    assert pyctk.run(pyc, stdlib=lib) == 0
    assert capsys.readouterr().out == first
    assert librarycache._CODE == decoded  # nothing decoded again: the same code objects
    for code in decoded.values():
        for c in code.walk():
            assert not c.__dict__.get("_host_frames")
            assert not c.__dict__.get("_stubs")
    # A parent warmed with a child's report: the same files, the same programs made.
    text = librarycache.report()
    used = {path: set(indices) for _, path, _, indices in __import__("json").loads(text)}
    assert any(used.values())
    monkeypatch.setattr(librarycache, "_CODE", {})
    monkeypatch.setattr(librarycache, "_FILES", {})
    librarycache.warm(text)
    assert {key[1] for key in librarycache._CODE} == {key[1] for key in decoded if key[1].endswith(".pyc")}
    for key, code in librarycache._CODE.items():
        made = {i for i, c in enumerate(code.walk()) if c.__dict__.get("_programs")}
        assert made == used[key[1]]
    assert pyctk.run(pyc, stdlib=lib) == 0
    assert capsys.readouterr().out == first
