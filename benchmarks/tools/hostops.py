"""Host bytecode instructions a pyctk run executes, per host function (or per line).

    python benchmarks/tools/hostops.py [--lines] [--top N] FILE.pyc [ARGS...]

Runs ``pyctk run FILE.pyc ARGS`` in this process under a host tracer that counts every
host instruction (``f_trace_opcodes``), and prints the most executed host functions
(``--lines``: lines) with their counts. Deterministic, unlike a timer: divide by the number
of guest calls (or items, or exceptions) a program makes to see what one costs, and
compare before and after a change. Slow (about 100x): run it at a small scale, and with
``PYCTK_TRANSLATE=always`` to see the translated code from the start.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", action="store_true", help="count per line, not per function")
    parser.add_argument("--top", type=int, default=30, help="how many to print (default 30)")
    parser.add_argument("pyc")
    parser.add_argument("args", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    counts: collections.Counter = collections.Counter()

    def per_instruction(frame, event, arg):
        if event == "opcode":
            code = frame.f_code
            where = frame.f_lineno if options.lines else os.path.basename(code.co_filename)
            counts[(code.co_name, where)] += 1
        return per_instruction

    def on_call(frame, event, arg):
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        return per_instruction

    from pyctk.cli import main as pyctk_main

    sys.argv = ["pyctk", "run", options.pyc, *options.args]
    sys.settrace(on_call)
    try:
        pyctk_main()
    except SystemExit:
        pass
    finally:
        sys.settrace(None)
        print(f"host instructions: {sum(counts.values())}", file=sys.stderr)
        for (name, where), count in counts.most_common(options.top):
            print(f"{count:12d}  {name} ({where})", file=sys.stderr)


if __name__ == "__main__":
    main()
