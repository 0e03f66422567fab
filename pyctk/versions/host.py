"""Facts about the host CPython pyctk runs on (not the guest's version): the one place
that reads ``sys.version_info`` to decide what the host can do."""

from __future__ import annotations

import sys

from pyctk.version import Version

HOST = Version(*sys.version_info[:2])

# 3.11+: a Python call from Python does not recurse in C, so the host's recursion limit
# may be higher without overflowing the C stack (runner.py).
CALLS_WITHOUT_C_RECURSION = sys.version_info >= (3, 11)
# 3.11+: a str indexed by what is not an int names its type (``string indices must be
# integers, not 'float'``); 3.10 does not, and the guest's words cannot be derived from its.
STR_INDEX_NAMES_TYPE = sys.version_info >= (3, 11)
# 3.11+: code objects have co_qualname (functions.py builds them with it).
CODE_HAS_QUALNAME = sys.version_info >= (3, 11)
# 3.11+: a frame holds the function it runs (a generator's frame too, never started), so
# what is set on that function lives as long as the frame (hosttb.holding).
FRAME_HOLDS_FUNCTION = sys.version_info >= (3, 11)
# 3.12+: C recursion (comparing nested lists) has its own fixed limit, apart from
# sys.setrecursionlimit's (None: C recursion counts against the recursion limit).
HOST_C_RECURSION_LIMIT = {(3, 12): 1500}.get(sys.version_info[:2], 10000 if sys.version_info >= (3, 13) else None)
# 3.13+: json.dumps with an indent runs the C encoder (before, Python generators, one
# host frame per level: the host's recursion limit bounds them).
JSON_INDENT_IN_C = sys.version_info >= (3, 13)
# 3.11+: typing has TypeVarTuple (older hosts take typing_extensions').
TYPING_HAS_TYPEVARTUPLE = sys.version_info >= (3, 11)
# 3.12+ (PEP 695): the host makes type parameters and aliases by its own syntax.
HAS_TYPE_PARAMS = sys.version_info >= (3, 12)
# 3.13+ (PEP 696): the host's type parameters take defaults.
HAS_TYPE_PARAM_DEFAULTS = sys.version_info >= (3, 13)


def is_host(version) -> bool:
    """Is ``version`` the host's own (its code can be compiled and run natively)?"""
    return Version.of(version).tuple == HOST.tuple


def is_newer_than_host(version) -> bool:
    """Is ``version`` newer than the host (its C modules may be missing from the host)?"""
    return Version.of(version).tuple > HOST.tuple
