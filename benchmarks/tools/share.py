"""The share of a program's instructions that ran translated: ``python3 share.py PYC
[ARGS...]`` runs the program twice in this process, once under a tracer that counts every
instruction (the tracer turns translation off, so this is the program's whole count) and
once as ``pyctk run`` would, with every translated block counting its instructions
(``translate.TALLY``). It prints the program's output of both runs, then
``PYCTK_SHARE TRANSLATED TOTAL``. A benchmark prints the same checksum both times, so the
two counts are of the same work; ``benchmarks/run.py`` checks that.
"""

from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import pyctk  # noqa: E402
from pyctk.runtime import translate  # noqa: E402
from pyctk.trace import Tracer  # noqa: E402


class InstructionCount(Tracer):
    def __init__(self):
        self.count = 0

    def on_instruction(self, frame, instruction) -> None:
        self.count += 1


def main(argv) -> int:
    pyc, args = argv[0], argv[1:]
    counter = InstructionCount()
    status = pyctk.run(pyc, args, tracer=counter)
    if status:
        return status
    translate.TALLY = [0]
    status = pyctk.run(pyc, args)
    sys.stdout.flush()
    print(f"PYCTK_SHARE {translate.TALLY[0]} {counter.count}", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
