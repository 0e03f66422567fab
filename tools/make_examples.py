"""Compile pyctk/examples/hello.py with every CPython 2.7, 3.6 ... 3.13 on PATH into
pyctk/examples/hello-X.Y.pyc, and record each one's native output in expected-X.Y.txt
beside it (tests/test_package.py and the package check compare pyctk's output with it).

    python3 tools/make_examples.py            # every version found
    python3 tools/make_examples.py 3.8 3.13   # only these

The files are committed; nothing at test time needs those interpreters. 3.7+ files are
hash-based (unchecked), so a rebuild from the same source gives the same bytes. The 3.8
file is also the clone's bundled example, examples/hello.pyc (README's first command).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from pyctk.versions import VERSION_NAMES

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(os.path.dirname(HERE), "pyctk", "examples")
VERSIONS = list(VERSION_NAMES)  # the one list: pyctk/versions/__init__.py

COMPILE = r"""
import py_compile, sys
source, target = sys.argv[1], sys.argv[2]
kwargs = {}
if sys.version_info >= (3, 7):
    kwargs["invalidation_mode"] = py_compile.PycInvalidationMode.UNCHECKED_HASH
py_compile.compile(source, target, "hello.py", doraise=True, **kwargs)
"""


# The clone's examples/hello.pyc (README): this source's 3.8 file, not a source of its own.
BUNDLED_VERSION = "3.8"
BUNDLED = os.path.join(os.path.dirname(HERE), "examples", "hello.pyc")


def build(version: str) -> bool:
    exe = shutil.which("python" + version)
    if exe is None:
        print("python%s not found: skipped" % version)
        return False
    source = os.path.join(EXAMPLES, "hello.py")
    target = os.path.join(EXAMPLES, "hello-%s.pyc" % version)
    subprocess.run([exe, "-c", COMPILE, source, target], check=True)
    native = subprocess.run([exe, target], check=True, capture_output=True, cwd=EXAMPLES)
    with open(os.path.join(EXAMPLES, "expected-%s.txt" % version), "wb") as f:
        f.write(native.stdout)
    if version == BUNDLED_VERSION:
        shutil.copyfile(target, BUNDLED)
    print("hello-%s.pyc" % version)
    return True


def main(argv: list[str]) -> int:
    for version in argv or VERSIONS:
        build(version)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
