"""The guest sees exactly its version's built-in names.

The probe (``tests/fixtures/apisurface/X.Y.pyc``, compiled by each CPython by
``tools/record_api_surface.py``) prints what a guest program sees with ``dir()``: its
builtins, the recorded built-in types and exception classes, and the recorded C modules.
Under pyctk, on this host, it must print exactly the names recorded from that version
(``pyctk/versions/apisurface/X.Y.json``), except the few listed in ``KNOWN`` with the
reason (README, "Built-in names").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pyctk.runtime.apisurface import _STAND_INS27

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBES = os.path.join(ROOT, "tests", "fixtures", "apisurface")
SURFACES = os.path.join(ROOT, "pyctk", "versions", "apisurface")
VERSIONS = ("3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13")

# Names a version has that a newer host dropped and pyctk does not give: (kind, name) -> names.
# They are missing for the guest only where the host lacks them (checked against the host below).
KNOWN_MISSING = {
    # float.__getformat__'s setter, for testing only; the hosts removed it.
    ("type", "float"): {"__setformat__", "__set_format__"},
    # 3.6-3.9's complex had these only to raise TypeError ("can't take floor of complex").
    ("type", "complex"): {"__divmod__", "__float__", "__floordiv__", "__int__", "__mod__", "__rdivmod__",
                          "__rfloordiv__", "__rmod__"},
    # A bound method's __get__ (3.6-3.10, 3.13): the host type's slot, not an attribute.
    ("type", "method"): {"__get__"},
    # Removed modules' functions: binhex's hqx codec (to 3.10), time.clock (to 3.7), 3.6-3.7's
    # unicode_internal codec, private helpers of the import system and threading.
    ("module", "binascii"): {"a2b_hqx", "b2a_hqx", "rlecode_hqx", "rledecode_hqx"},
    ("module", "time"): {"clock"},
    ("module", "_codecs"): {"unicode_internal_decode", "unicode_internal_encode", "_forget_codec"},
    ("module", "_bisect"): {"bisect", "insort"},
    ("module", "unicodedata"): {"ucnhash_CAPI"},
    ("module", "_locale"): {"_get_locale_encoding"},
    ("module", "_thread"): {"_set_sentinel"},
    ("module", "_csv"): {"__version__"},
}
# Names of a newer version that this (older) host lacks and pyctk does not give.
KNOWN_NEWER = {
    # 3.11's bytes.__bytes__, complex.__complex__, and whether a generator or coroutine is
    # suspended, on a 3.10 host.
    ("type", "bytes"): {"__bytes__", "__buffer__"},
    ("type", "complex"): {"__complex__"},
    ("type", "coroutine"): {"cr_suspended", "__class_getitem__"},
    ("type", "generator"): {"gi_suspended", "__class_getitem__"},
    ("type", "memoryview"): {"_from_flags", "__buffer__", "__release_buffer__"},
    ("type", "bytearray"): {"__buffer__", "__release_buffer__"},
    ("type", "function"): {"__type_params__"},
    ("type", "type"): {"__type_params__"},
    ("type", "async_generator"): {"ag_suspended"},
    ("type", "property"): {"__name__"},
    ("exception", "ImportError"): {"name_from"},
    ("exception", "ModuleNotFoundError"): {"name_from"},
    ("module", "_thread"): {"_ThreadHandle", "_get_main_thread_ident", "_make_thread_handle", "_shutdown", "lock",
                            "start_joinable_thread", "_is_main_interpreter", "daemon_threads_allowed"},
    ("module", "_io"): {"_BytesIOBuffer"},
    ("module", "_csv"): {"QUOTE_NOTNULL", "QUOTE_STRINGS"},
    ("module", "zlib"): {"_ZlibDecompressor"},
}


def _recorded(version):
    with open(os.path.join(SURFACES, version + ".json"), encoding="utf-8") as f:
        data = json.load(f)
    table = {("builtins", "-"): set(data["builtins"])}
    table.update({("type", k): set(v) for k, v in data["types"].items()})
    table.update({("exception", k): set(v) for k, v in data["exceptions"].items()})
    table.update({("module", k): set(v) for k, v in data["modules"].items()})
    return table


def _seen(version):
    env = dict(os.environ, PYTHONPATH=ROOT)
    out = subprocess.run(
        [sys.executable, "-m", "pyctk", "run", os.path.join(PROBES, version + ".pyc")],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    table = {}
    for line in out.stdout.splitlines():
        kind, name, *names = line.split(" ")
        table[(kind, name)] = set(names)
    return table


def _host_lacks(kind, name, key):
    """Whether this host lacks ``key`` on the type or module (kind, name)."""
    import builtins
    import importlib

    from pyctk.runtime.apisurface import _host_type
    from pyctk.versions.apisurface import api_surface

    if kind == "type":
        obj = _host_type(api_surface("3.13")["type_sources"].get(name, "None"))
    elif kind == "module":
        try:
            obj = importlib.import_module(name)
        except ImportError:
            return True
    else:
        obj = getattr(builtins, name, None)
    return obj is None or key not in dir(obj)


@pytest.mark.parametrize("version", VERSIONS)
def test_guest_sees_its_versions_names(version):
    recorded = _recorded(version)
    seen = _seen(version)
    problems = []
    for key, names in recorded.items():
        if key not in seen:
            problems.append(f"{key}: not seen by the guest")
            continue
        extra = seen[key] - names
        missing = names - seen[key]
        allowed = KNOWN_MISSING.get(key, set()) | KNOWN_NEWER.get(key, set())
        missing = {n for n in missing if not (n in allowed and _host_lacks(*key, n))}
        if extra:
            problems.append(f"{key}: has {sorted(extra)}, which CPython {version} lacks")
        if missing:
            problems.append(f"{key}: lacks {sorted(missing)}, which CPython {version} has")
    assert not problems, "\n".join(problems)


def test_recorded_surfaces_cover_every_version():
    for version in ("2.7", *VERSIONS):
        assert os.path.isfile(os.path.join(SURFACES, version + ".json")), version
        assert os.path.isfile(os.path.join(PROBES, version + ".pyc")), version


# 2.7: the names of built-in types and exception classes are applied (``py27/attrs.py``'s
# overlays, ``runtime/apisurface.py``: ``lacked27``, ``dir27``), and those of its builtins
# and C modules (``apisurface.module_view``, ``py27/modules.py``'s proxies).
# 2.7's range, map, filter and zip are functions: the probe's types are the host's.
KNOWN_27_NOT_TYPES = {"range", "map", "filter", "zip"}
# The host slots pyctk's 2.7 runtime calls for 2.7's own (rich comparisons for __cmp__,
# __bool__ for __nonzero__, __next__ for next) stay visible.

# Names 2.7 has that pyctk does not give its values (README): the slots of 2.7's own
# protocols (__cmp__, __coerce__, __nonzero__, __div__, __getslice__ and kin, __long__,
# __hex__, __oct__, __unicode__, an exception's __getitem__), 2.7's complex floor
# division, bound methods' im_* and __get__, iterators' next on the host's reversed and
# generator types, str's _formatter_* helpers, float.__setformat__, and what 2.7's bytes
# (its str) has that the host's bytes lacks (encode, format).
KNOWN_27_MISSING = {
    "__cmp__", "__coerce__", "__delslice__", "__div__", "__divmod__", "__float__", "__floordiv__", "__get__",
    "__getitem__", "__getslice__", "__hex__", "__int__", "__long__", "__mod__", "__nonzero__", "__oct__",
    "__rdiv__", "__rdivmod__", "__rfloordiv__", "__rmod__", "__setformat__", "__setslice__", "__unicode__",
    "_formatter_field_name_split", "_formatter_parser", "encode", "format", "im_class", "im_func", "im_self",
    "next",
}


def test_27_guest_sees_its_types_names():
    recorded = _recorded("2.7")
    seen = _seen("2.7")
    problems = []
    for key, names in recorded.items():
        if key[0] not in ("type", "exception") or key[1] in KNOWN_27_NOT_TYPES:
            continue
        if key not in seen:
            if key != ("exception", "StandardError"):  # 2.7's StandardError is Exception
                problems.append(f"{key}: not seen by the guest")
            continue
        extra = seen[key] - names - _STAND_INS27
        missing = names - seen[key] - KNOWN_27_MISSING
        if extra:
            problems.append(f"{key}: has {sorted(extra)}, which CPython 2.7 lacks")
        if missing:
            problems.append(f"{key}: lacks {sorted(missing)}, which CPython 2.7 has")
    assert not problems, "\n".join(problems)


# C modules' names 2.7 has that pyctk does not give (README): 2.7's own operator slicing
# and type predicates, bisect/heapq functions 2.7 kept in C (the host's are Python), the
# hqx codec, unicode_internal, time.accept2dyear, gc's DEBUG_INSTANCES/OBJECTS.
KNOWN_27_MODULES_MISSING = {
    "_bisect": {"bisect", "insort"},
    "_codecs": {"charbuffer_encode", "unicode_internal_decode", "unicode_internal_encode"},
    "_heapq": {"nlargest", "nsmallest"},
    "binascii": {"a2b_hqx", "b2a_hqx", "rlecode_hqx", "rledecode_hqx"},
    "gc": {"DEBUG_INSTANCES", "DEBUG_OBJECTS"},
    "operator": {"__delslice__", "__getslice__", "__irepeat__", "__setslice__", "_compare_digest", "delslice",
                 "getslice", "irepeat", "isMappingType", "isNumberType", "isSequenceType", "setslice"},
    "time": {"accept2dyear"},
    "unicodedata": {"ucnhash_CAPI"},
}
# Modules 2.7 has in C that the host has in Python (the probe lists only C modules).
KNOWN_27_MODULES_PYTHON = {"_struct", "datetime"}
# What a newer host dropped (3.13: _csv.__version__), missing only where the host lacks it.
KNOWN_27_MODULES_DROPPED = {"_csv": {"__version__"}}
# The proxy's link to the host's module (py27/modules.py ProxyModule).
KNOWN_27_MODULES_EXTRA = {"thread": {"_host"}}


def test_27_guest_sees_its_builtins_and_modules():
    recorded = _recorded("2.7")
    seen = _seen("2.7")
    problems = []
    for key, names in recorded.items():
        if key[0] not in ("builtins", "module") or key[1] in KNOWN_27_MODULES_PYTHON:
            continue
        if key not in seen:
            problems.append(f"{key}: not seen by the guest")
            continue
        extra = seen[key] - names - KNOWN_27_MODULES_EXTRA.get(key[1], set())
        missing = names - seen[key] - KNOWN_27_MODULES_MISSING.get(key[1], set())
        dropped = KNOWN_27_MODULES_DROPPED.get(key[1], set())
        missing = {n for n in missing if not (n in dropped and _host_lacks(*key, n))}
        if extra:
            problems.append(f"{key}: has {sorted(extra)}, which CPython 2.7 lacks")
        if missing:
            problems.append(f"{key}: lacks {sorted(missing)}, which CPython 2.7 has")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("version", VERSIONS)
def test_recorded_absent_modules_are_that_versions(version):
    """``absent-modules.json`` says what ``pythonX.Y`` says (when it is here to ask): which
    recorded names of the hosts' standard libraries it cannot find."""
    import shutil

    sys.path.insert(0, os.path.join(ROOT, "tools"))
    try:
        from record_api_surface import ABSENT_PROBE3
    finally:
        sys.path.pop(0)
    with open(os.path.join(SURFACES, "absent-modules.json"), encoding="utf-8") as f:
        recorded = json.load(f)
    exe = shutil.which(f"python{version}")
    if exe is None:
        pytest.skip(f"python{version} is not on PATH")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    out = subprocess.run([exe, "-I", "-c", ABSENT_PROBE3], input=json.dumps(recorded["names"]).encode(),
                         capture_output=True, check=True, cwd="/", env=env).stdout
    assert json.loads(out) == recorded["absent"][version]
    from pyctk.versions.apisurface import absent_modules

    assert absent_modules(version) == frozenset(recorded["absent"][version])
