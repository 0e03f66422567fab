"""Record what a CPython's ``sys`` says about itself, as data for the guest's ``sys``.

Run under one interpreter, it prints that version's facts as JSON (the script runs on
2.7 and 3.6+ alike); with ``--write`` (under a host 3.10+) it runs itself under every
``pythonX.Y`` it finds on PATH and writes ``pyctk/versions/sysfacts/X.Y.json``::

    python3 tools/record_sys_facts.py --write            # every version found
    python3 tools/record_sys_facts.py --write 2.7 3.8    # only these

The guest's ``sys`` (pyctk/runtime/guestsys.py) takes its version strings, cache tag,
platform, flags and the list of names ``dir(sys)`` has from these files: nothing about
a version is typed by hand.
"""

from __future__ import print_function

import json
import os
import subprocess
import sys

OUT_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "pyctk", "versions", "sysfacts")


def structseq(value):
    names = [n for n in dir(value) if not n.startswith("_") and n not in ("count", "index")
             and n not in ("n_fields", "n_sequence_fields", "n_unnamed_fields")]
    # The order of the fields is the tuple's; match names to positions by value identity
    # where possible, else keep dir() order (the repr gives the real order).
    text = repr(value)
    ordered = []
    start = text.index("(") + 1
    for part in text[start:-1].split(", "):
        if "=" in part:
            name = part.split("=", 1)[0]
            if name in names and name not in ordered:
                ordered.append(name)
    for n in names:
        if n not in ordered:
            ordered.append(n)
    return {"type": text[:start - 1], "fields": [[n, getattr(value, n)] for n in ordered]}


def facts():
    import pickle

    out = {
        "version": sys.version,
        "version_info": list(sys.version_info),
        "hexversion": sys.hexversion,
        "api_version": sys.api_version,
        "platform": sys.platform,
        "maxsize": sys.maxsize,
        "maxunicode": sys.maxunicode,
        "byteorder": sys.byteorder,
        "float_repr_style": sys.float_repr_style,
        "defaultencoding": sys.getdefaultencoding(),
        "filesystemencoding": sys.getfilesystemencoding(),
        "recursionlimit": sys.getrecursionlimit(),
        "dont_write_bytecode": sys.dont_write_bytecode,
        "flags": structseq(sys.flags),
        "float_info": structseq(sys.float_info),
        "dir": sorted(dir(sys)),
        "builtin_module_names": sorted(sys.builtin_module_names),
        "pickle": {
            "HIGHEST_PROTOCOL": pickle.HIGHEST_PROTOCOL,
            "DEFAULT_PROTOCOL": getattr(pickle, "DEFAULT_PROTOCOL", None),
        },
    }
    if hasattr(sys, "maxint"):
        out["maxint"] = sys.maxint
    if hasattr(sys, "long_info"):
        out["int_info"] = structseq(sys.long_info)
    else:
        out["int_info"] = structseq(sys.int_info)
    if hasattr(sys, "subversion"):
        out["subversion"] = list(sys.subversion)
    impl = getattr(sys, "implementation", None)
    if impl is not None:
        out["implementation"] = {
            "name": impl.name,
            "version": list(impl.version),
            "cache_tag": impl.cache_tag,
            "hexversion": impl.hexversion,
            "_multiarch": getattr(impl, "_multiarch", None),
        }
    if hasattr(sys, "abiflags"):
        out["abiflags"] = sys.abiflags
    if hasattr(sys, "hash_info"):
        out["hash_info"] = structseq(sys.hash_info)
    if hasattr(sys, "thread_info"):
        out["thread_info"] = structseq(sys.thread_info)
    return out


def _supported_versions():
    """The one list (pyctk/versions/__init__.py), read by the --write host only: the probe
    itself runs under every version, 2.7 included, without pyctk."""
    from pyctk.versions import VERSION_NAMES

    return VERSION_NAMES


def write(versions):
    if not os.path.isdir(OUT_DIR):
        os.makedirs(OUT_DIR)
    for version in versions:
        exe = "python" + version
        try:
            # A plain run, as the corpus builder runs programs (flags as a user sees them),
            # without the PYTHON* variables of this shell.
            env = dict((k, v) for k, v in os.environ.items() if not k.startswith("PYTHON"))
            text = subprocess.check_output([exe, os.path.abspath(__file__)], cwd="/", env=env)
        except (OSError, subprocess.CalledProcessError) as e:
            print("skipped %s: %s" % (exe, e), file=sys.stderr)
            continue
        data = json.loads(text.decode("utf-8"))
        with open(os.path.join(OUT_DIR, version + ".json"), "w") as f:
            json.dump(data, f, indent=1, sort_keys=True)
            f.write("\n")
        print("wrote %s.json" % version)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--write":
        write(sys.argv[2:] or _supported_versions())
    else:
        print(json.dumps(facts(), sort_keys=True))
