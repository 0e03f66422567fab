"""``pyctk.run`` inside another tool leaves that tool's process as it was: its
``sys.modules``, ``sys.path``, ``sys.argv``, ``sys`` attributes, builtins and modules.
Each guest has its own ``sys`` and module table (runtime/world.py)."""

from __future__ import annotations

import builtins
import os
import pickle
import sys
import threading
import warnings

import pytest

import pyctk

CORPUS = os.path.join(os.path.dirname(__file__), "corpus", "pyc")

# What must be exactly as it was: by identity where a value is an object.
SYS_NAMES = (
    "argv", "path", "meta_path", "path_hooks", "modules", "version_info", "version", "hexversion",
    "platform", "stdout", "stderr", "stdin", "exc_info", "setrecursionlimit", "getrecursionlimit",
    "displayhook", "excepthook", "unraisablehook", "flags", "implementation", "_getframe",
    "dont_write_bytecode",
)


def _pyc(version, name):
    path = os.path.join(CORPUS, version, name + ".pyc")
    if not os.path.exists(path):
        pytest.fail(f"corpus file missing: {path}")
    return path


def snapshot():
    import logging

    return {
        "sys": {name: getattr(sys, name, None) for name in SYS_NAMES},
        "sys_keys": sorted(sys.__dict__),
        "modules": dict(sys.modules),
        "path": list(sys.path),
        "argv": list(sys.argv),
        "meta_path": list(sys.meta_path),
        "path_importer_cache": dict(sys.path_importer_cache),
        "version_info": tuple(sys.version_info),
        "recursionlimit": sys.getrecursionlimit(),
        "builtins": dict(builtins.__dict__),
        "warnings_filters": list(warnings.filters),
        "pickle": (pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL),
        "logging_handlers": list(logging.root.handlers),
        "threads": threading.active_count(),
        "trace": (sys.gettrace(), sys.getprofile()),
    }


def assert_same(before, after):
    assert after["sys_keys"] == before["sys_keys"]
    for name, value in before["sys"].items():
        assert after["sys"][name] is value, f"sys.{name} changed"
    assert sorted(set(after["modules"]) ^ set(before["modules"])) == []
    changed = [name for name, module in before["modules"].items() if after["modules"][name] is not module]
    assert changed == []
    for key in ("path", "argv", "meta_path", "path_importer_cache", "version_info", "recursionlimit",
                "warnings_filters", "pickle", "logging_handlers", "threads", "trace"):
        assert after[key] == before[key], key
    assert after["builtins"].keys() == before["builtins"].keys()
    assert [k for k, v in before["builtins"].items() if after["builtins"][k] is not v] == []


RUNS = [
    ("2.7", "world/sys_modules"),
    ("3.12", "world/stdlib_logging"),
    ("2.7", "world/stdlib_pickle"),
    ("3.12", "async/basics"),
    ("3.12", "world/stdlib_redirect"),
    ("3.12", "introspection/settrace_events"),  # (sys.settrace, setprofile: the guest's own, left set at its end)
    ("2.7", "introspection/settrace_events"),
    ("3.12", "introspection/setprofile_events"),
    ("2.7", "introspection/setprofile_events"),
]


def test_two_versions_in_one_process_leave_the_host_as_it_was(capsys):
    # A first run of each version imports what pyctk itself imports lazily (its own
    # modules stay imported, as any library's would).
    for version, name in RUNS:
        pyctk.run(_pyc(version, name))
    capsys.readouterr()
    before = snapshot()
    for version, name in RUNS:
        assert pyctk.run(_pyc(version, name)) == 0
    out = capsys.readouterr().out
    after = snapshot()
    assert_same(before, after)
    assert "the program's own attr" in out  # 2.7 saw its own attr.py, not pyctk's dependency
    assert "WARNING:world:version 3.12" in out  # the guest's logging saw the guest's sys


def test_each_run_has_its_own_sys_and_modules(capsys):
    pyctk.run(_pyc("2.7", "world/sys_version"))
    out27 = capsys.readouterr().out
    pyctk.run(_pyc("3.12", "world/sys_version"))
    out312 = capsys.readouterr().out
    assert "linux2" in out27 and "2.7.18" in out27
    assert "cpython-312" in out312 and "linux2" not in out312
    assert sys.version_info[:2] != (2, 7)


class _OutputPerThread:
    """A host ``sys.stdout`` that keeps what each host thread writes apart, so that two
    guests printing at once can each be checked."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self):
        self.parts: dict[int, list[str]] = {}

    def write(self, text):
        self.parts.setdefault(threading.get_ident(), []).append(text)
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False

    def take(self) -> str:
        return "".join(self.parts.pop(threading.get_ident(), []))


INTERLEAVED = {
    "2.7": ["world/sys_version", "functions/recursion", "world/stdlib_pickle", "world/sys_modules"],
    "3.12": ["world/sys_version", "world/stdlib_logging", "async/basics", "functions/recursion"],
}  # programs that print from the thread that runs them only


def test_two_threads_running_two_versions_at_once_leave_the_host_as_it_was(monkeypatch):
    out = _OutputPerThread()
    monkeypatch.setattr(sys, "stdout", out)
    # Each program's output when it runs alone (this also imports what pyctk imports lazily).
    alone = {}
    for version, names in INTERLEAVED.items():
        for name in names:
            assert pyctk.run(_pyc(version, name)) == 0, (version, name)
            alone[version, name] = out.take()
    before = snapshot()
    int_digits = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else None
    start = threading.Barrier(len(INTERLEAVED))
    results: dict[str, list] = {}

    def runs(version):
        got = results[version] = []
        start.wait()
        for _ in range(4):
            for name in INTERLEAVED[version]:
                try:
                    status = pyctk.run(_pyc(version, name))
                except BaseException as e:  # noqa: BLE001 - reported by the assertion below
                    status = f"{type(e).__name__}: {e}"
                got.append((name, status, out.take()))

    threads = [threading.Thread(target=runs, args=(version,)) for version in INTERLEAVED]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for version, got in results.items():
        assert len(got) == 4 * len(INTERLEAVED[version])
        for name, status, text in got:
            assert (name, status) == (name, 0), version
            assert text == alone[version, name], (version, name)
    after = snapshot()
    assert_same(before, after)
    if int_digits is not None:
        assert sys.get_int_max_str_digits() == int_digits
