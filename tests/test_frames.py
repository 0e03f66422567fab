"""Guest frames and tracebacks as the host's libraries see them (pyctk/runtime/frames.py,
hosttb.py): compared live with the host's own interpreter running the same program, for
what depends on the host's library (its paths, line numbers and caret rules)."""

from __future__ import annotations

import dis
import os
import py_compile
import subprocess
import sys
import textwrap
import types
import warnings
from pathlib import Path

import pyctk
from pyctk.runtime import frames, hosttb

ROOT = Path(__file__).resolve().parent.parent


def host_pyc(tmp_path: Path, name: str, source: str) -> Path:
    src = tmp_path / f"{name}.py"
    src.write_text(textwrap.dedent(source))
    target = tmp_path / f"{name}.pyc"
    py_compile.compile(str(src), cfile=str(target), dfile=f"{name}.py", doraise=True)
    return target


def run_both(pyc: Path) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """(native, pyctk) runs of ``pyc`` by this host, from its directory."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    common = {"capture_output": True, "text": True, "timeout": 120, "env": env, "cwd": pyc.parent,
              "stdin": subprocess.DEVNULL}
    native = subprocess.run([sys.executable, pyc.name], **common)
    guest = subprocess.run([sys.executable, "-m", "pyctk", "run", pyc.name], **common)
    return native, guest


def test_uncaught_report_shows_the_library_frames(tmp_path):
    pyc = host_pyc(tmp_path, "lib_uncaught", """
        import json

        def load(text):
            return json.loads(text)

        load("{bad")
    """)
    native, guest = run_both(pyc)
    assert "json/decoder.py" in native.stderr
    assert (guest.returncode, guest.stdout, guest.stderr) == (native.returncode, native.stdout, native.stderr)


def test_host_formatted_tracebacks_have_the_guests_lines_and_carets(tmp_path):
    pyc = host_pyc(tmp_path, "carets", """
        import json, logging, sys, traceback, unittest

        def ratio(values):
            return values[0] / values[1]

        def lookup(table, key):
            return table["a"][key] + 1

        for call in (lambda: ratio([1, 0]), lambda: lookup({"a": {}}, "k"), lambda: json.loads("[1,")):
            try:
                call()
            except Exception:
                traceback.print_exc(file=sys.stdout)

        logging.basicConfig(stream=sys.stdout, format="%(filename)s:%(lineno)d %(funcName)s %(message)s")
        try:
            ratio([2, 0])
        except ZeroDivisionError:
            logging.exception("ratio failed")

        class T(unittest.TestCase):
            def test_fails(self):
                self.assertEqual(lookup({"a": {"k": 1}}, "k"), 3)

            def test_errors(self):
                ratio([1, 0])

        unittest.main(exit=False, argv=["carets"])
    """)
    native, guest = run_both(pyc)
    assert ("^" in native.stdout) == hasattr(types.CodeType, "co_positions")  # 3.11+ hosts draw carets
    assert "Traceback" in native.stderr
    strip = lambda text: "\n".join(line for line in text.splitlines() if not line.startswith("Ran "))  # noqa: E731
    assert guest.stdout == native.stdout
    assert strip(guest.stderr) == strip(native.stderr)
    assert "pyctk" not in guest.stdout + guest.stderr


def test_getframe_is_the_guests_only_while_it_runs(tmp_path, capsys):
    pyc = host_pyc(tmp_path, "restore", """
        import sys, warnings
        print(sys._getframe().f_code.co_name, sys._getframe().f_back)
        warnings.simplefilter("ignore")
        print(warnings.warn.__module__)
    """)
    getframe, warn, filters = sys._getframe, warnings.warn, list(warnings.filters)
    assert pyctk.run(pyc) == 0
    # the guest's warnings is its own copy of the standard library's (world.py)
    assert capsys.readouterr().out == "<module> None\nwarnings\n"
    assert (sys._getframe, warnings.warn, warnings.filters) == (getframe, warn, filters)
    # Outside any guest code, the guest's getframe answers the host's frames.
    assert frames.getframe() is sys._getframe()


def test_views_pass_the_hosts_frame_and_code_checks(tmp_path, capsys):
    pyc = host_pyc(tmp_path, "checks", """
        import inspect, sys, types

        def f(a, *rest, k=1):
            frame = sys._getframe()
            print(isinstance(frame, types.FrameType), inspect.iscode(frame.f_code))
            print(frame.f_code.co_name, frame.f_code.co_varnames[:3], frame.f_code.co_argcount)
            print(inspect.getargvalues(frame).args, inspect.getframeinfo(frame).lineno)

        f(1)
    """)
    assert pyctk.run(pyc) == 0
    assert capsys.readouterr().out == "True True\nf ('a', 'k', 'rest') 1\n['a', 'k'] 8\n"


def test_twin_positions_round_trip():
    """The position table written for a twin reads back as the positions it was given."""
    units = [(3, 3, 4, 9), (3, 3, 4, 9), (None, None, None, None), (5, 6, 0, 2), (4, 4, None, None)]
    code = compile("x = 1\n", "t.py", "exec")
    if not hasattr(code, "co_positions"):  # 3.10 hosts: no positions to write
        return
    table = hosttb.location_table(units, 2)
    twin = code.replace(co_code=bytes([dis.opmap["NOP"], 0]) * len(units), co_linetable=table, co_firstlineno=2)
    assert list(twin.co_positions()) == units
    assert isinstance(twin, types.CodeType)
