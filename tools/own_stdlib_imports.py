"""Import every top-level module of a version's standard library under that library
(``pyctk run --stdlib DIR``) and natively, and list the modules whose import fails
under pyctk but not natively: the measure behind ``pyctk/versions/stdlibfacts.py``.

    python3 tools/own_stdlib_imports.py [--versions 2.7,3.8] [--only NAME,...]

Needs ``pythonX.Y`` of each version on PATH. Each import runs in a forked child (a fresh
guest, nothing carried from one module to the next). Prints one line per failing module
and a summary line per version; exit status 1 if any module fails under pyctk only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

from pyctk.versions import VERSION_NAMES

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

VERSIONS = VERSION_NAMES  # the one list: pyctk/versions/__init__.py
# Not imported: the test suite, GUI and demo packages, and modules whose import acts
# (antigravity opens a browser, this prints the Zen).
SKIPPED = {"test", "idlelib", "turtledemo", "tkinter", "Tkinter", "turtle", "antigravity", "this",
           "__phello__", "__hello__", "__main__", "lib-tk", "lib-old", "plat-linux2", "site-packages",
           "lib-dynload", "config", "ensurepip", "pydoc_data", "__future__"}

PROGRAM = """\
import sys
name = sys.argv[1]
try:
    __import__(name)
except BaseException as e:
    sys.stdout.write("FAIL %s: %s\\n" % (type(e).__name__, str(e).splitlines()[0][:160] if str(e) else ""))
else:
    sys.stdout.write("ok\\n")
"""

NATIVE = """\
import os, sys
for name in sys.argv[1:]:
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        try:
            __import__(name)
        except BaseException:
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    sys.stdout.write("%s %d\\n" % (name, status))
"""


def top_level_modules(lib):
    names = set()
    for entry in os.listdir(lib):
        path = os.path.join(lib, entry)
        if entry.endswith(".py"):
            names.add(entry[:-3])
        elif os.path.isdir(path) and os.path.isfile(os.path.join(path, "__init__.py")):
            names.add(entry)
    return sorted(n for n in names if n not in SKIPPED and "-" not in n)


def native_results(exe, names):
    out = subprocess.run([exe, "-c", NATIVE, *names], capture_output=True, text=True, check=True).stdout
    return {line.split()[0]: line.split()[1] == "0" for line in out.splitlines()}


def pyctk_result(pyc, lib, name):
    from pyctk.runner import run

    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        status = 70
        try:
            devnull = os.open(os.devnull, os.O_RDWR)
            os.dup2(w, 1)
            os.dup2(devnull, 2)
            os.dup2(devnull, 0)
            sys.stdout = open(1, "w", closefd=False)
            sys.stderr = open(2, "w", closefd=False)
            status = run(pyc, [name], stdlib=lib, timeout=120)
        except BaseException as e:
            sys.stdout.write(f"FAIL pyctk {type(e).__name__}: {str(e)[:160]}\n")
        finally:
            sys.stdout.flush()
            os._exit(status if isinstance(status, int) else 70)
    os.close(w)
    with os.fdopen(r) as f:
        out = f.read()
    os.waitpid(pid, 0)
    return out.strip() or "FAIL no output (crashed)"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", default=",".join(VERSIONS))
    parser.add_argument("--only", help="comma-separated module names")
    args = parser.parse_args(argv)
    from pyctk.runtime.compilers import find_python
    from pyctk.runtime.ownstdlib import installed_stdlib
    from pyctk.version import Version

    any_failed = False
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "importer.py")
        with open(source, "w") as f:
            f.write(PROGRAM)
        for v in args.versions.split(","):
            version = Version.parse(v)
            exe = find_python(version)
            lib = installed_stdlib(version)
            if exe is None or lib is None:
                print(f"{v}: no python{v}: skipped")
                continue
            pyc = os.path.join(tmp, f"importer{v}.pyc")
            subprocess.run([exe, "-c", f"import py_compile; py_compile.compile({source!r}, {pyc!r}, doraise=True)"],
                           check=True)
            names = args.only.split(",") if args.only else top_level_modules(lib)
            native = native_results(exe, names)
            failed = []
            for name in names:
                result = pyctk_result(pyc, lib, name)
                if native.get(name) and result != "ok":
                    failed.append(name)
                    print(f"{v} {name}: {result}", flush=True)
            any_failed |= bool(failed)
            native_ok = sum(1 for n in names if native.get(n))
            print(f"{v}: {native_ok} modules import natively; {native_ok - len(failed)} import under pyctk "
                  f"--stdlib {lib}; failing: {' '.join(failed) or 'none'}", flush=True)
    return 1 if any_failed else 0


if __name__ == "__main__":
    sys.exit(main())
