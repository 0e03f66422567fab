"""The dynamic opcode mix of a pyctk run: how often each instruction ran.

    PYTHONPATH=. python benchmarks/tools/opmix.py FILE.pyc [ARGS...] [--top N]

Every handler of the decoded programs is wrapped with a counter, and the run has no
superinstructions, so that each instruction counts (the run is slower than usual); the
guest's own output is discarded. Useful to choose superinstructions and the
handlers worth inlining. Uses pyctk's internals (``vm.compile_program``): adjust it when
they change.
"""

from __future__ import annotations

import collections
import contextlib
import io
import sys

import pyctk.runtime.vm as vm_module
from pyctk.runner import run


def main(argv) -> int:
    top = 25
    if "--top" in argv:
        i = argv.index("--top")
        top = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    path, args = argv[0], argv[1:]
    counts: collections.Counter = collections.Counter()
    original = vm_module.compile_program

    def counting(code, opset):
        program = original(code, opset)
        steps = []
        for (handler, operand), ins in zip(program.unfused, program.instructions):

            def counted(frame, operand, handler=handler, name=ins.opname):
                counts[name] += 1
                return handler(frame, operand)

            steps.append((counted, operand))
        program.steps = program.unfused = steps  # counted one by one: no superinstructions
        return program

    vm_module.compile_program = counting
    with contextlib.redirect_stdout(io.StringIO()):
        status = run(path, args)
    total = sum(counts.values())
    print("%d instructions (exit status %d)" % (total, status))
    for name, n in counts.most_common(top):
        print("%-30s %11d %5.1f%%" % (name, n, 100.0 * n / total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
