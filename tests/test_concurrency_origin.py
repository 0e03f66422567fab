"""``sys.set_coroutine_origin_tracking_depth`` in a guest (corigin.py, issue 15): the
guest's coroutines list the guest's frames, and the host's own setting is untouched."""

from __future__ import annotations

import os
import sys

import pytest

import pyctk

CORPUS = os.path.join(os.path.dirname(__file__), "corpus")
HOST = f"{sys.version_info[0]}.{sys.version_info[1]}"


@pytest.mark.parametrize("version", ["3.7", HOST])
def test_origin_is_the_guests_and_the_host_setting_stays(version, capsys):
    before = sys.get_coroutine_origin_tracking_depth()
    status = pyctk.run(os.path.join(CORPUS, "pyc", version, "concurrency", "coro_origin.pyc"))
    out = capsys.readouterr().out
    assert status == 0
    assert sys.get_coroutine_origin_tracking_depth() == before
    assert "depth 2: [('coro_origin.py', 17, 'make'), ('coro_origin.py', 16, 'make')]" in out
    assert "thread: [0, None, [('coro_origin.py', 78, 'in_thread')]]" in out


def test_a_host_coroutine_keeps_the_hosts_origin():
    """Only guest coroutines get the guest's origin; the host's tracking is the host's."""
    from pyctk.runtime import corigin

    async def host_made():
        return 1

    sys.set_coroutine_origin_tracking_depth(1)
    try:
        coroutine = host_made()
    finally:
        sys.set_coroutine_origin_tracking_depth(0)
    try:
        assert corigin.origin_of(coroutine) == coroutine.cr_origin
        assert coroutine.cr_origin[0][2] == "test_a_host_coroutine_keeps_the_hosts_origin"
    finally:
        coroutine.close()


def test_guest_asyncgen_hooks_are_given_back(tmp_path, capsys):
    """A guest's sys.set_asyncgen_hooks sets the calling host thread's hooks while it
    runs (asyncio needs them there); the host thread's own are back after the run."""
    import py_compile

    source = tmp_path / "hooks.py"
    source.write_text(
        "import sys\n"
        "def first(agen):\n"
        "    pass\n"
        "sys.set_asyncgen_hooks(firstiter=first, finalizer=first)\n"
        "print(sys.get_asyncgen_hooks().firstiter is first)\n"
    )
    py_compile.compile(str(source), cfile=str(tmp_path / "hooks.pyc"), doraise=True)
    before = sys.get_asyncgen_hooks()
    assert pyctk.run(str(tmp_path / "hooks.pyc")) == 0
    assert capsys.readouterr().out == "True\n"
    assert sys.get_asyncgen_hooks() == before
