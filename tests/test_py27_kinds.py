"""2.7's unicode and long are complete where they are defined: the same before and after
the 2.7 opcode set (and its runtime) is imported, in a fresh process."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
from pyctk.runtime.py27.kinds import Long27, Unicode27

def probe():
    u = Unicode27("\\u00e9")
    return (u.encode("utf-8"), type(u).__name__, type(u).__qualname__, repr(Long27(3)), type(Long27(3)).__name__,
            repr(Unicode27("a") + "b"), type(Unicode27("ab").upper()).__name__, repr(Unicode27("a b").split()),
            "abc".encode("utf-8"))

before = probe()
from pyctk.versions import opset_for
opset_for("2.7")
import pyctk.runtime.py27.attrs, pyctk.runtime.py27.values  # everything 2.7's runtime imports
after = probe()
print(repr(before))
print(repr(after))
"""


def test_unicode_and_long_do_not_change_when_the_27_runtime_is_imported():
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True).stdout
    before, after = out.splitlines()
    assert before == after
    # 2.7's unicode.encode gives a 2.7 str (bytes held one per code point), named unicode.
    assert before == repr(("\u00c3\u00a9", "unicode", "unicode", "3L", "long", "u'ab'", "unicode", "[u'a', u'b']", b"abc"))
