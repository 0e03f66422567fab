"""Record each CPython's ``dis.stack_effect`` for every opcode it has, as data for
``tests/test_single_definition.py`` (which compares each instruction's stored stack
effect with it, with no interpreter at test time).

Run under one interpreter (3.6+: 2.7 has no ``dis.stack_effect``), it prints that
version's effects as JSON; with ``--write`` (under a host 3.10+) it runs itself under
every ``pythonX.Y`` it finds on PATH and writes ``tests/fixtures/stack_effects/X.Y.json``::

    python3 tools/record_stack_effects.py --write            # every version found
    python3 tools/record_stack_effects.py --write 3.8 3.13   # only these

Each file maps an opcode name to rows ``[arg, jump, effect]``: ``arg`` is None for an
opcode without an argument, ``jump`` is None where the version's ``stack_effect`` takes
no ``jump`` (3.6, 3.7: the larger of the two) and True/False on 3.8+, ``effect`` is None
where the version refuses that argument.
"""

from __future__ import print_function

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "stack_effects")
# Arguments that reach every form an effect depends on: small counts, each flag bit of
# MAKE_FUNCTION/FORMAT_VALUE/CALL_FUNCTION_EX/LOAD_GLOBAL/LOAD_ATTR, both bytes of
# UNPACK_EX, 3.12's COMPARE_OP shifted by 4.
ARGS = list(range(9)) + [15, 16, 17, 32, 256, 257, 258, 513]


def record():
    import dis

    jumps = [None]
    if sys.version_info >= (3, 8):
        jumps = [True, False]
    out = {}
    for name, op in sorted(dis.opmap.items()):
        rows = []
        for arg in (ARGS if op >= dis.HAVE_ARGUMENT else [None]):
            for jump in jumps:
                try:
                    if jump is None:
                        effect = dis.stack_effect(op, arg)
                    else:
                        effect = dis.stack_effect(op, arg, jump=jump)
                except ValueError:
                    effect = None
                rows.append([arg, jump, effect])
        out[name] = rows
    return out


def write(versions):
    sys.path.insert(0, ROOT)
    import shutil

    from pyctk.versions import VERSION_NAMES
    from pyctk.versions.interpreters import executable_names

    if not os.path.isdir(OUT_DIR):
        os.makedirs(OUT_DIR)
    for version in versions or [v for v in VERSION_NAMES if v != "2.7"]:
        exe = next((shutil.which(n) for n in executable_names(version) if shutil.which(n)), None)
        if exe is None:
            print("python%s not found: skipped" % version)
            continue
        data = subprocess.run([exe, os.path.abspath(__file__)], check=True, capture_output=True).stdout
        effects = json.loads(data)
        lines = ["%s: %s" % (json.dumps(name), json.dumps(rows, separators=(",", ":")))
                 for name, rows in sorted(effects.items())]
        with open(os.path.join(OUT_DIR, version + ".json"), "w") as f:
            f.write("{\n" + ",\n".join(lines) + "\n}\n")  # an opcode a line
        print("%s: %d opcodes" % (version, len(effects)))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write"]:
        write(sys.argv[2:])
    else:
        print(json.dumps(record()))
