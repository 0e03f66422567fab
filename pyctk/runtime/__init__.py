"""The shared runtime: frames, the dispatch loop, guest objects and opcode semantics."""
