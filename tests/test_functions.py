"""Guest functions as host functions, and run-time compiles for the guest's version.

The corpus (``introspection/``, ``hostlibs/``, ``realpkg_pycodestyle/``) checks behaviour
against native runs; these tests cover what a corpus program cannot choose: which compiler
``compilers.compile_for`` uses when the guest's interpreter is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pyctk.runtime import compilers
from pyctk.version import Version

ROOT = Path(__file__).resolve().parent.parent
HOST = Version(*sys.version_info[:2])


def _needs(version: str):
    if shutil.which(f"python{version}") is None:
        pytest.skip(f"python{version} is not installed")


def test_host_version_compiles_with_the_host(monkeypatch):
    code = compilers.compile_for(HOST, "x = (y := 1)\n", "<s>", "exec")
    assert code.version == HOST and code.host_compiled


@pytest.mark.parametrize("version, source, line", [
    ("3.7", "x = (y := 1)\n", 1),
    ("3.7", "def f(a, /):\n    return a\n", 1),
    ("3.9", "match x:\n    case 1:\n        pass\n", 3),  # the host's parser points at the statement's end
])
def test_without_the_interpreter_newer_syntax_is_invalid(monkeypatch, version, source, line):
    v = Version.parse(version)
    monkeypatch.setenv(f"PYCTK_PYTHON{v.major}{v.minor}", "none")
    monkeypatch.setattr(compilers, "_compilers", {})
    with pytest.raises(SyntaxError) as info:
        compilers.compile_for(v, source, "<s>", "exec")
    assert info.value.msg == "invalid syntax" and info.value.lineno == line


def test_without_the_interpreter_older_syntax_compiles_with_the_host(monkeypatch):
    monkeypatch.setenv("PYCTK_PYTHON37", "none")
    monkeypatch.setattr(compilers, "_compilers", {})
    code = compilers.compile_for(Version(3, 7), "def f(a, b=2):\n    return a * b\n", "<s>", "exec")
    assert code.version == HOST and code.host_compiled


@pytest.mark.parametrize("version", ["3.6", "3.8", "3.12"])
def test_with_the_interpreter_the_code_is_the_versions(monkeypatch, version):
    _needs(version)
    monkeypatch.setattr(compilers, "_compilers", {})
    v = Version.parse(version)
    code = compilers.compile_for(v, "def f(a):\n    return a\n", "<s>", "exec")
    # the host's own version is compiled by the host's compiler, any other by its interpreter
    assert code.version == v and getattr(code, "host_compiled", False) == (v.tuple == sys.version_info[:2])
    with pytest.raises(SyntaxError) as info:
        compilers.compile_for(v, "x = ", "<bad>", "exec")
    assert info.value.filename == "<bad>" and info.value.lineno == 1


def _run(tmp_path, version: str, source: str, env=None) -> subprocess.CompletedProcess:
    _needs(version)
    src = tmp_path / "prog.py"
    src.write_text(textwrap.dedent(source))
    pyc = tmp_path / "prog.pyc"
    subprocess.run([f"python{version}", "-c", f"import py_compile; py_compile.compile({str(src)!r}, {str(pyc)!r}, doraise=True)"],
                   check=True)
    full = dict(os.environ, **(env or {}))
    full["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in [full.get("PYTHONPATH")] if p])
    return subprocess.run([sys.executable, "-m", "pyctk", "run", str(pyc)], capture_output=True, text=True,
                          env=full, cwd=tmp_path, timeout=120)


def test_a_guest_exec_without_its_interpreter_checks_its_syntax(tmp_path):
    proc = _run(tmp_path, "3.7", """
        try:
            exec("y = (z := 5)")
        except SyntaxError as e:
            print("SyntaxError", e.msg)
        exec("def f(a, b=2):\\n    return a * b\\nprint(f(3))")
        print(eval("len('abc')", {"__builtins__": {"len": len}}))
    """, env={"PYCTK_PYTHON37": "none"})
    assert proc.stdout == "SyntaxError invalid syntax\n6\n3\n", proc.stderr


def test_functional_api_classes_pickle_without_a_module_argument(tmp_path):
    proc = _run(tmp_path, "3.11", """
        import collections, enum, pickle
        Point = collections.namedtuple("Point", "x y")
        Color = enum.Enum("Color", "RED GREEN")
        print(Point.__module__, Color.__module__)
        print(pickle.loads(pickle.dumps(Point(1, 2))), pickle.loads(pickle.dumps(Color.RED)))
    """)
    assert proc.stdout == "__main__ __main__\nPoint(x=1, y=2) Color.RED\n", proc.stderr


def test_a_guest_function_has_the_guests_parameters(tmp_path):
    proc = _run(tmp_path, "3.11", """
        import types
        def f(a, b=1, *rest, c, **kw):
            return a
        print(type(f) is types.FunctionType, f.__code__.co_varnames[:5], f.__code__.co_argcount)
        print(sorted([3, 1, 2], key=lambda x: -x))
    """)
    assert proc.stdout == "True ('a', 'b', 'c', 'rest', 'kw') 2\n[3, 2, 1]\n", proc.stderr

