"""Write pyctk/versions/tables.py: the facts pyctk takes from xdis, recorded once.

Importing any part of xdis imports all of it (its ``__init__`` loads every opcode table of
every Python), about 70 ms, more than the rest of a ``pyctk run``'s start-up. So the two
facts pyctk needs on every run are recorded here from the installed xdis: which CPython
version each magic number belongs to, each supported version's opcode numbering (as
``Numbering.from_xdis`` computes it) and which opcodes index what (``runtime/faults.py``). tests/test_tables.py fails when the committed file
differs from what the installed xdis gives: after upgrading xdis, run

    python3 tools/make_tables.py
"""

from __future__ import annotations

import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(os.path.dirname(HERE), "pyctk", "versions", "tables.py")
VERSIONS = ((2, 7), (3, 6), (3, 7), (3, 8), (3, 9), (3, 10), (3, 11), (3, 12), (3, 13))


def magic_versions() -> dict:
    """Every magic number xdis knows for CPython (PyPy's left out), as (major, minor)."""
    from xdis.magics import PYPY3_MAGICS, magic_int2tuple

    result = {}
    for magic in range(1 << 16):
        if magic in PYPY3_MAGICS:
            continue
        try:
            triple = magic_int2tuple(magic)
        except Exception:
            continue
        if triple and isinstance(triple[0], int):
            result[magic] = (triple[0], triple[1])
    return result


def canonical_magics() -> dict:
    """The magic number of each supported version's final release."""
    from xdis.magics import magics

    return {v: struct.unpack("<H", magics["%d.%d" % v][:2])[0] for v in VERSIONS}


def numbering(version) -> dict:
    """The fields of ``Numbering`` for ``version``, from xdis's opcode table."""
    from xdis.op_imports import get_opcode_module

    opc = get_opcode_module(version, "CPython")
    names = [None if (n is None or n.startswith("<")) else n for n in list(opc.opname)[:256]]
    names += [None] * (256 - len(names))
    # 3.12+ tables list the opcodes with an argument; before, a threshold says it.
    has_arg = [(i in opc.hasarg) if hasattr(opc, "hasarg") else (i >= opc.HAVE_ARGUMENT) for i in range(256)]
    return {
        "opnames": {i: n for i, n in enumerate(names) if n is not None},
        "has_arg": tuple(i for i in range(256) if has_arg[i]),
        "jrel": tuple(sorted({opc.opname[i] for i in opc.hasjrel})),
        "jabs": tuple(sorted({opc.opname[i] for i in opc.hasjabs})),
    }


def argument_kinds(version) -> tuple:
    """The opcode names whose argument indexes co_consts, the fast locals, the cells and
    co_names (as pyctk/runtime/faults.py checks them before a run)."""
    from xdis.op_imports import get_opcode_module

    opc = get_opcode_module(version, "CPython")

    def names(indexes):
        return " ".join(sorted({opc.opname[i] for i in indexes if not opc.opname[i].startswith("<")}))

    return (names(opc.hasconst), names(opc.haslocal), names(opc.hasfree), names(opc.hasname))


def render() -> str:
    import xdis

    lines = [
        '"""Written by tools/make_tables.py from xdis %s: do not edit (tests/test_tables.py checks it)."""'
        % xdis.__version__,
        "",
        "# magic number -> (major, minor): every CPython magic number xdis knows.",
        "MAGIC_VERSIONS = {",
    ]
    for magic, version in sorted(magic_versions().items()):
        lines.append("    %d: %r," % (magic, version))
    lines += ["}", "", "# The magic number of each supported version's final release.", "CANONICAL_MAGIC = {"]
    for version, magic in canonical_magics().items():
        lines.append("    %r: %d," % (version, magic))
    lines += [
        "}",
        "",
        "# Per version: the opcode name of each byte (256 names, '-' where none), which bytes take",
        "# an argument (256 of 0/1), the relative and the absolute jumps; Numbering.from_xdis splits them.",
        "NUMBERINGS = {",
    ]
    for version in VERSIONS:
        table = numbering(version)
        names = " ".join(table["opnames"].get(i, "-") for i in range(256))
        has_arg = "".join("1" if i in table["has_arg"] else "0" for i in range(256))
        lines.append("    %r: (" % (version,))
        for text in (names, has_arg, " ".join(table["jrel"]), " ".join(table["jabs"])):
            lines.append("        %r," % text)
        lines.append("    ),")
    lines += [
        "}",
        "",
        "# Per version: the opcodes whose argument indexes co_consts, the fast locals, the cells, co_names.",
        "ARGUMENT_KINDS = {",
    ]
    for version in VERSIONS:
        lines.append("    %r: (" % (version,))
        for text in argument_kinds(version):
            lines.append("        %r," % text)
        lines.append("    ),")
    lines += ["}", ""]
    return "\n".join(lines)


def main() -> int:
    with open(TARGET, "w") as f:
        f.write(render())
    print("wrote %s" % os.path.relpath(TARGET))
    return 0


if __name__ == "__main__":
    sys.exit(main())
