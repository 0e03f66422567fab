"""How a guest finds its modules (pyctk/runtime/pathfinder.py): the search path a run is
given (``--path``, ``PYCTK_PATH``, ``path=``), source compiled by its version's compiler,
and the errors of bad cases, worded as that CPython words them (checked against the real
interpreter when it is installed). The corpus's ``world/import_*`` programs check the rest
against native runs.

Layouts are made in a temporary directory from the corpus: ``imports/import_helper.pyc``
of a version imports ``helper``, given here as a .pyc of another version, a damaged one,
a source only, a C extension, or in a zip archive.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pyctk.runtime.compilers import MissingCompilerError, VersionCompiler
from pyctk.runtime.sourcehash import siphash, source_hash
from pyctk.version import Version

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
CORPUS = TESTS / "corpus"
MAIN = "imports/import_helper"


def corpus_pyc(version: str, name: str = MAIN) -> Path:
    return CORPUS / "pyc" / version / (name + ".pyc")


def expected(version: str) -> dict:
    return json.loads((CORPUS / "expected" / version / (MAIN + ".json")).read_text())


def has_python(version: str) -> bool:
    compiler = VersionCompiler(Version.parse(version), "utf-8")
    try:
        compiler.compile(b"", "<check>")
    except MissingCompilerError:
        return False
    finally:
        compiler.close()
    return True


def layout(tmp_path: Path, version: str, helper: bytes | None = None, name: str = "helper.pyc") -> Path:
    """tmp/app/import_helper.pyc of ``version``, with ``helper`` written as ``name``."""
    app = tmp_path / "app"
    app.mkdir()
    shutil.copyfile(corpus_pyc(version), app / "import_helper.pyc")
    if helper is not None:
        (app / name).write_bytes(helper)
    return app / "import_helper.pyc"


def pyctk_run(*args, env=None, cwd=None) -> subprocess.CompletedProcess:
    environ = dict(os.environ if env is None else env)
    environ["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "pyctk", "run", *map(str, args)], capture_output=True,
                          text=True, env=environ, cwd=cwd, timeout=120)


def native_run(version: str, main: Path, pythonpath=None) -> subprocess.CompletedProcess:
    environ = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    environ.pop("PYTHONPATH", None)
    if pythonpath is not None:
        environ["PYTHONPATH"] = str(pythonpath)
    return subprocess.run([f"python{version}", str(main)], capture_output=True, text=True, env=environ, timeout=120)


def last_line(text: str) -> str:
    return text.rstrip("\n").rpartition("\n")[2]


@pytest.mark.parametrize("version, other", [("2.7", "3.6"), ("3.6", "2.7"), ("3.8", "3.9"), ("3.13", "3.12")])
def test_bad_magic_number_worded_as_cpython(tmp_path, version, other):
    helper = corpus_pyc(other, "imports/helper").read_bytes()
    main = layout(tmp_path, version, helper)
    result = pyctk_run(main)
    assert result.returncode == 1
    assert result.stdout == "before import\n"
    if version == "2.7":
        want = f"ImportError: Bad magic number in {main.parent / 'helper.pyc'}"
    else:
        want = f"ImportError: bad magic number in 'helper': {helper[:4]!r}"
    assert last_line(result.stderr) == want
    if has_python(version):
        assert last_line(native_run(version, main).stderr) == want


@pytest.mark.parametrize("version", ["2.7", "3.8", "3.12"])
def test_damaged_pyc_names_the_file(tmp_path, version):
    whole = corpus_pyc(version, "imports/helper").read_bytes()
    main = layout(tmp_path, version, whole[: len(whole) // 2])
    result = pyctk_run(main)
    assert result.returncode == 1
    line = last_line(result.stderr)
    assert line.startswith(f"ImportError: damaged .pyc {main.parent / 'helper.pyc'}: "), result.stderr
    assert "pyctk/" not in result.stderr  # the guest's traceback, not pyctk's


@pytest.mark.parametrize("version", ["2.7", "3.6", "3.8", "3.13"])
def test_source_only_module_compiled_by_its_version(tmp_path, version):
    """helper.py with no .pyc: compiled by pythonX.Y, run in the VM, same output as the
    corpus's sourceless run; nothing written beside it."""
    if not has_python(version) and version != "%d.%d" % sys.version_info[:2]:
        pytest.skip(f"no python{version} here to compile with")
    source = (CORPUS / "programs" / "imports" / "helper.py").read_bytes()
    main = layout(tmp_path, version, source, "helper.py")
    result = pyctk_run(main)
    assert (result.returncode, result.stdout, result.stderr) == (0, expected(version)["stdout"], "")
    assert sorted(p.name for p in main.parent.iterdir()) == ["helper.py", "import_helper.pyc"]


@pytest.mark.parametrize("version", ["2.7", "3.8"])
def test_missing_compiler_is_a_clear_import_error(tmp_path, version):
    source = (CORPUS / "programs" / "imports" / "helper.py").read_bytes()
    main = layout(tmp_path, version, source, "helper.py")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYCTK_PYTHON")}
    env["PATH"] = str(tmp_path / "no-interpreters-here")
    result = pyctk_run(main, env=env)
    assert result.returncode == 1
    assert last_line(result.stderr) == (
        f"ImportError: No python{version} to compile helper.py (a {version} module whose .pyc is missing or "
        f"out of date): no python{version} on PATH (set PYCTK_PYTHON{version.replace('.', '')} to one)"
    )


def test_a_c_extension_is_refused(tmp_path):
    main = layout(tmp_path, "3.11", b"\x7fELF not really", "helper.so")
    result = pyctk_run(main)
    assert result.returncode == 1
    assert last_line(result.stderr) == (
        f"ImportError: cannot import 'helper': {main.parent / 'helper.so'} is a C extension module, "
        "and pyctk runs only bytecode"
    )


@pytest.mark.parametrize("version", ["2.7", "3.11"])
def test_path_option_and_environment(tmp_path, version):
    main = layout(tmp_path, version)
    lib = tmp_path / "lib"
    lib.mkdir()
    shutil.copyfile(corpus_pyc(version, "imports/helper"), lib / "helper.pyc")
    want = expected(version)["stdout"]

    missing = pyctk_run(main)
    assert missing.returncode == 1 and "No module named" in last_line(missing.stderr)
    given = pyctk_run("--path", lib, main)
    assert (given.returncode, given.stdout) == (0, want)
    relative = pyctk_run("--path", "lib", main.relative_to(tmp_path), cwd=tmp_path)
    assert (relative.returncode, relative.stdout) == (0, want)
    env = dict(os.environ, PYCTK_PATH=os.pathsep.join([str(tmp_path / "nothing"), str(lib)]))
    from_env = pyctk_run(main, env=env)
    assert (from_env.returncode, from_env.stdout) == (0, want)


def test_run_with_a_path_leaves_the_host_as_it_was(tmp_path, capsys):
    import pyctk

    main = layout(tmp_path, "3.12")
    lib = tmp_path / "lib"
    lib.mkdir()
    shutil.copyfile(corpus_pyc("3.12", "imports/helper"), lib / "helper.pyc")
    # A process's first run imports pyctk's own machinery (xdis, gzip for the recorded
    # tables...) into the host, as importing any library does; what a run must not leave
    # behind is the guest's: measured around a second run.
    assert pyctk.run(str(main), path=[str(lib)]) == 0
    capsys.readouterr()
    path, modules, meta_path = list(sys.path), set(sys.modules), list(sys.meta_path)
    assert pyctk.run(str(main), path=[str(lib)]) == 0
    assert capsys.readouterr().out == expected("3.12")["stdout"]
    assert (sys.path, sys.meta_path) == (path, meta_path)
    assert "helper" not in sys.modules and set(sys.modules) == modules


def test_zip_archive_on_the_path(tmp_path):
    main = layout(tmp_path, "3.10")
    archive = tmp_path / "lib.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("helper.pyc", corpus_pyc("3.10", "imports/helper").read_bytes())
    result = pyctk_run("--path", archive, main)
    assert (result.returncode, result.stdout, result.stderr) == (0, expected("3.10")["stdout"], "")


def test_37_zipimport_refuses_checked_hash_pycs(tmp_path):
    """3.7's C zipimport does not load a checked hash-based pyc (the corpus's are), and says
    it cannot find the module; 3.8's checks them."""
    main = layout(tmp_path, "3.7")
    archive = tmp_path / "lib.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("helper.pyc", corpus_pyc("3.7", "imports/helper").read_bytes())
    result = pyctk_run("--path", archive, main)
    want = "zipimport.ZipImportError: can't find module 'helper'"
    assert (result.returncode, last_line(result.stderr)) == (1, want)
    if has_python("3.7"):
        native = native_run("3.7", main, pythonpath=archive)
        assert last_line(native.stderr) == want


def test_source_hash_of_every_version():
    """The key is the version's magic number; the SipHash rounds changed in 3.11. The two
    values were printed by the real 3.8 and 3.11 (``_imp.source_hash(12345, b"hello world")``)."""
    assert siphash(12345, 0, b"hello world", 2, 4).to_bytes(8, "little").hex() == "bb5a606217d71d0b"
    assert siphash(12345, 0, b"hello world", 1, 3).to_bytes(8, "little").hex() == "c8acaff353d03ced"
    import _imp

    host_rounds = (2, 4) if sys.version_info < (3, 11) else (1, 3)
    for n in range(40):
        data = bytes(range(n)) * 3
        assert source_hash(777, data, host_rounds) == _imp.source_hash(777, data)
        assert siphash(777, 0, data, *host_rounds).to_bytes(8, "little") == _imp.source_hash(777, data)


def test_compiler_worker_reports_syntax_errors():
    version = "3.8"
    if not has_python(version):
        pytest.skip("no python3.8 here")
    compiler = VersionCompiler(Version.parse(version), "utf-8")
    try:
        code = compiler.compile(b"x = 1\nprint(x)\n", "mod.py")
        assert (code.version, code.co_filename) == (Version(3, 8), "mod.py")
        with pytest.raises(SyntaxError) as info:
            compiler.compile(b"x = (1,\n", "bad.py")
        assert info.value.filename == "bad.py"
        # the version's own grammar decides: 3.8 has assignment expressions, not match
        compiler.compile(b"f = lambda: (x := 1)\n", "walrus.py")
        with pytest.raises(SyntaxError):
            compiler.compile(b"match x:\n    case 1: pass\n", "match.py")
    finally:
        compiler.close()


CACHE_USED = b'WHICH = "the cache"\nprint(WHICH)\n'
SAME_SIZE = b'WHICH = "the source"\nprint(WHICH)\n'[: len(CACHE_USED)]


@pytest.mark.parametrize("version", ["2.7", "3.6", "3.8", "3.12"])
def test_timestamp_cache_is_trusted_when_mtime_and_size_match(tmp_path, version):
    """A timestamp pyc whose recorded mtime (and size, 3.x) match the source is used even
    if the source says otherwise, as CPython does; one of another version is not."""
    if not has_python(version):
        pytest.skip(f"no python{version} here to write the cache")
    app = tmp_path / "app"
    app.mkdir()
    shutil.copyfile(corpus_pyc(version, "imports/import_helper"), app / "main.pyc")
    # main.pyc imports helper and prints more: only the first lines matter here
    source = app / "helper.py"
    source.write_bytes(CACHE_USED)
    os.utime(source, (1_500_000_000, 1_500_000_000))
    cache = "helper.pyc" if version == "2.7" else f"__pycache__/helper.cpython-{version.replace('.', '')}.pyc"
    script = ("import py_compile, sys; py_compile.compile(sys.argv[1], sys.argv[2], doraise=True"
              + ("" if version in ("2.7", "3.6") else ", invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP")
              + ")")
    subprocess.run([f"python{version}", "-c", script, str(source), str(app / cache)], check=True)
    source.write_bytes(SAME_SIZE)  # other text, same size, same mtime: the cache still looks fresh
    os.utime(source, (1_500_000_000, 1_500_000_000))
    first = pyctk_run(app / "main.pyc").stdout.splitlines()[:2]
    assert first == ["before import", "the cache"]
    assert native_run(version, app / "main.pyc").stdout.splitlines()[:2] == first

    os.utime(source, (1_500_000_100, 1_500_000_100))  # now stale: the source is compiled
    assert pyctk_run(app / "main.pyc").stdout.splitlines()[:2] == ["before import", "the source"]
    assert native_run(version, app / "main.pyc").stdout.splitlines()[:2] == ["before import", "the source"]


@pytest.mark.parametrize("version", ["3.8", "3.13"])
def test_pycache_without_source_is_not_imported(tmp_path, version):
    """3.x looks in __pycache__ only for a source's cache: a lone cached pyc is no module."""
    main = layout(tmp_path, version)
    cache = main.parent / "__pycache__" / f"helper.cpython-{version.replace('.', '')}.pyc"
    cache.parent.mkdir()
    shutil.copyfile(corpus_pyc(version, "imports/helper"), cache)
    result = pyctk_run(main)
    assert (result.returncode, last_line(result.stderr)) == (1, "ModuleNotFoundError: No module named 'helper'")
    if has_python(version):
        assert last_line(native_run(version, main).stderr) == last_line(result.stderr)


@pytest.mark.parametrize("version, other", [("2.7", "3.8"), ("3.8", "3.9")])
def test_cache_of_another_version_beside_the_source_is_recompiled(tmp_path, version, other):
    """With the source there, a cache with a wrong magic number is quietly replaced by a
    compile of the source (by the version's compiler), as CPython does."""
    if not has_python(version):
        pytest.skip(f"no python{version} here to compile with")
    source = (CORPUS / "programs" / "imports" / "helper.py").read_bytes()
    main = layout(tmp_path, version, source, "helper.py")
    cache = "helper.pyc" if version == "2.7" else f"__pycache__/helper.cpython-{version.replace('.', '')}.pyc"
    (main.parent / cache).parent.mkdir(exist_ok=True)
    shutil.copyfile(corpus_pyc(other, "imports/helper"), main.parent / cache)
    result = pyctk_run(main)
    assert (result.returncode, result.stdout, result.stderr) == (0, expected(version)["stdout"], "")
    assert native_run(version, main).stdout == result.stdout
