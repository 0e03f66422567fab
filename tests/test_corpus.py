"""Every corpus program, run by pyctk, must give what the real CPython gave: the same
stdout, stderr and exit status, recorded by tests/corpus/build.py from native runs.

Each case runs in a forked child of the test process (no interpreter start-up per case,
and nothing a guest does to the process can leak into the next case).
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "corpus"))
from cases import cases  # noqa: E402
from shares import share  # noqa: E402

CASES = cases()


def has_compiler(version: str) -> bool:
    """Whether a working pythonX.Y is there to compile that version's source."""
    from pyctk.runtime.compilers import MissingCompilerError, VersionCompiler
    from pyctk.version import Version

    compiler = VersionCompiler(Version.parse(version), "utf-8")
    try:
        compiler.compile(b"", "<check>")
    except MissingCompilerError:
        return False
    finally:
        compiler.close()
    return True


_WARMED: set = set()


def warm_opset(version: str) -> None:
    """The version's opcode set built (its modules imported) once, in this process:
    every child inherits it instead of building it again (~40 ms a case), as a process
    running many programs of a version would."""
    if version not in _WARMED:
        from pyctk.version import Version
        from pyctk.versions import opset_for

        opset_for(Version.parse(version))
        _WARMED.add(version)


def run_in_child(case, stdlib="host") -> tuple[int, str, str]:
    """``case`` run in a forked child. With the version's own library, the child then
    reports the library code it decoded, and this process decodes it too
    (``librarycache.warm``): the later children start with it, as a process running
    many programs would (decoding is deterministic; every run still runs the modules)."""
    from pyctk.runner import run
    from pyctk.runtime import librarycache

    warm_opset(case.version)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as inp, \
            tempfile.TemporaryFile() as decoded:
        inp.write(case.stdin.encode("utf-8"))
        inp.flush()
        inp.seek(0)
        sys.stdout.flush()
        sys.stderr.flush()
        # This process's objects, frozen: a guest's gc.collect() in the child then walks
        # only the child's own, not the test run's (whose pages it would also copy).
        gc.freeze()
        pid = os.fork()
        if pid:
            gc.unfreeze()
        if pid == 0:  # the child: become the guest's process
            status = 70
            try:
                os.chdir(case.cwd)
                os.dup2(inp.fileno(), 0)
                os.dup2(out.fileno(), 1)
                os.dup2(err.fileno(), 2)
                sys.stdin = open(0, "r", encoding="utf-8", closefd=False)
                sys.stdout = open(1, "w", encoding="utf-8", errors="surrogateescape", closefd=False)
                sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
                status = run(os.path.relpath(case.pyc, case.cwd), case.argv, path=[str(p) for p in case.path],
                             stdlib=stdlib)
                if stdlib != "host":
                    decoded.write(librarycache.report().encode("utf-8"))
                    decoded.flush()
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(status)
        _, wait_status = os.waitpid(pid, 0)
        if stdlib != "host":
            decoded.seek(0)
            librarycache.warm(decoded.read().decode("utf-8"))
        out.seek(0)
        err.seek(0)
        return (
            os.waitstatus_to_exitcode(wait_status),
            out.read().decode("utf-8", "surrogateescape"),
            err.read().decode("utf-8", "surrogateescape"),
        )


HOST = "%d.%d" % sys.version_info[:2]


def _needs(case) -> list[str]:
    from cases import parse_header

    source = case.cwd / f"{case.name}.py"
    return parse_header(source).needs if source.is_file() else []


def version_key(version: str):
    from cases import version_key

    return version_key(version)


def _host_older_than_stdlib_needed(case) -> bool:
    return "host-stdlib" in _needs(case) and version_key(HOST) < version_key(case.version)


# Areas that run with the default library on every host, whatever PYCTK_CORPUS_STDLIB says.
DEFAULT_LIBRARY_AREAS = frozenset({"world", "ownstdlib"})


# The versions whose cases run with the default library: all, or with
# PYCTK_CORPUS_DEFAULT_SHARE=k/n (tox.ini) every n-th from the k-th, the others with the
# host's (two hosts sharing them).
DEFAULT_VERSIONS = frozenset(share(sorted({case.version for case in CASES}, key=version_key), "PYCTK_CORPUS_DEFAULT_SHARE"))


def stdlib_for(case) -> str:
    """The standard library a case runs with: pyctk's default (``auto``: its version's
    own, when that ``pythonX.Y`` is installed, found once per process before forking;
    else the host's). ``PYCTK_CORPUS_STDLIB=host`` runs the cases with the host's
    library instead (``tox.ini`` does on two of its four hosts, and on the other two for
    half of the versions each, ``PYCTK_CORPUS_DEFAULT_SHARE``, so that both libraries
    are tested within CI's time), except the ``world/`` and ``ownstdlib/`` areas. A
    program marked ``# needs: own-stdlib`` is skipped, saying why, without its
    version's interpreter."""
    from pyctk.runtime.ownstdlib import installed_stdlib, resolve
    from pyctk.version import Version

    own_needed = "own-stdlib" in _needs(case)
    if (not own_needed and case.area not in DEFAULT_LIBRARY_AREAS
            and (os.environ.get("PYCTK_CORPUS_STDLIB") == "host" or case.version not in DEFAULT_VERSIONS)):
        return "host"
    version = Version.parse(case.version)
    if not own_needed:
        return resolve("auto", version) or "host"  # what the default gives
    found = installed_stdlib(version)
    if found is None:
        pytest.skip(f"needs python{case.version}'s own standard library (--stdlib): no python{case.version} on PATH")
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_corpus_case(case):
    if _host_older_than_stdlib_needed(case):
        pytest.skip(f"uses {case.version}'s standard library additions; this host is {HOST} (README: --stdlib)")
    older_host = version_key(HOST) < version_key(case.version)
    if older_host and "host-words" in _needs(case):
        pytest.skip(f"{case.version}'s messages say what a {HOST} host's do not (a class name, which operator)")
    if older_host and "own-stdlib" in _needs(case):
        pytest.skip(f"{case.version}'s own standard library needs its version's C modules; this host is {HOST}")
    status, stdout, stderr = run_in_child(case, stdlib_for(case))
    if f"No python{case.version} to compile" in stderr and not has_compiler(case.version):
        # A source-only module or a stale cache (world/import_*): that version's compiler
        # must compile it, and this machine has none. Only then is it not run.
        pytest.skip(f"needs python{case.version} to compile a module's source: none on PATH")
    assert stdout == case.expected_stdout
    assert stderr == case.expected_stderr
    assert status == case.expected_exit
