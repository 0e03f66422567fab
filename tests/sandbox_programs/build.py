"""Compile the sandbox's test programs with each CPython on PATH (python2.7, python3.6 ...
python3.13) into pyc/X.Y/NAME.pyc, as the corpus does; the results are committed, so the
tests need none of those interpreters.

    python3 tests/sandbox_programs/build.py
"""

import os
import shutil
import subprocess
import sys

from pyctk.versions import VERSION_NAMES

HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = list(VERSION_NAMES)  # the one list: pyctk/versions/__init__.py
PROGRAMS = ["hostile.py", "steal.py"]


def main():
    missing = []
    for version in VERSIONS:
        python = shutil.which("python" + version)
        if python is None:
            missing.append(version)
            continue
        out = os.path.join(HERE, "pyc", version)
        os.makedirs(out, exist_ok=True)
        for name in PROGRAMS:
            target = os.path.join(out, name[:-3] + ".pyc")
            # dfile: the name the program's tracebacks and the report show
            code = ("import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], dfile=sys.argv[3], "
                    "doraise=True)")
            subprocess.check_call([python, "-c", code, os.path.join(HERE, name), target, name])
    if missing:
        print("not on PATH: python" + ", python".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
