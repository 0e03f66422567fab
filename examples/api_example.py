"""pyctk as a library: load a .pyc, list it, run it with a tracer, call a guest function.

Run from the repository root:  python3 examples/api_example.py
"""

import collections
import io
import os
import sys

import pyctk
from pyctk.trace import Tracer

HERE = os.path.dirname(os.path.abspath(__file__))
HELLO = os.path.join(HERE, "hello.pyc")

# Load: the header and the tree of code objects, whatever the version.
pyc = pyctk.load(HELLO)
print(f"CPython {pyc.version}, magic {pyc.magic}, {sum(1 for _ in pyc.code.walk())} code objects")

# Disassemble, version-correctly.
print(pyctk.disassemble(pyc).splitlines()[0])


# Trace: count the instructions each code object runs, and watch the lines.
class Counter(Tracer):
    def __init__(self):
        self.per_code = collections.Counter()
        self.lines = []

    def on_instruction(self, frame, instruction):
        self.per_code[frame.code.co_qualname] += 1

    def on_line(self, frame, line):
        self.lines.append(line)


counter = Counter()
saved, sys.stdout = sys.stdout, io.StringIO()  # keep the guest's own output aside
try:
    status = pyctk.run(pyc, argv=["world"], tracer=counter)
finally:
    guest_output, sys.stdout = sys.stdout.getvalue(), saved
print(f"exit status {status}; the guest printed {guest_output!r}")
print("instructions per code object:", dict(counter.per_code))
print("lines run:", counter.lines)

# Finer control: run the module's code in a VM and call a guest function from the host.
vm = pyctk.VirtualMachine(pyctk.opset_for(pyc.version))
namespace = {"__name__": "hello_as_module"}
vm.run_code(pyc.code, namespace)
greet = namespace["greet"]
print("host calls guest:", greet("host"))
print("as a sort key:", sorted(["bb", "a", "ccc"], key=lambda s: greet(s)))
