"""Which fast locals are certainly bound where a translated block starts, so that its
``LOAD_FAST`` needs no test for an unbound local (translate.py).

A slot is a candidate when nothing ever unbinds it: no ``DELETE_FAST`` or
``LOAD_FAST_AND_CLEAR`` names it and it is not a cell (whose value the frame moves out
of the slot). Along any run of the code a candidate, once stored, stays bound: the bound
set only grows. So a block's set is the intersection, over the edges into it, of what is
bound where the edge leaves; an edge from a point earlier on a real path than the one it
stands for (a ``SETUP_*`` for its handler, a jump for a ``finally`` that comes back to
its target) gives a smaller set, never a wrong one. The edges:

- into the next block, from the end of every block (whatever its last instruction);
- into an instruction's jump target and the instruction after it (3.12+'s ``FOR_ITER``
  skips the ``END_FOR`` there), from that instruction;
- into a 3.11+ handler, from the start of every block its range covers.

The entry block starts with the arguments; a block no path of edges reaches from it gets
the arguments alone, which are bound everywhere.
"""

from __future__ import annotations

_UNBINDING = frozenset({"DELETE_FAST", "LOAD_FAST_AND_CLEAR"})


def _stored(ins) -> tuple:
    """The fast slots ``ins`` stores into (only those the analysis counts on)."""
    name = ins.opname
    if name == "STORE_FAST":
        return (ins.arg,)
    if name == "STORE_FAST_STORE_FAST":  # 3.13
        return (ins.arg >> 4, ins.arg & 15)
    if name == "STORE_FAST_LOAD_FAST":  # 3.13
        return (ins.arg >> 4,)
    return ()


def candidates(code, instructions) -> frozenset:
    """The slots nothing unbinds (see the module's docstring)."""
    cells = set(code.co_cellvars)
    names = getattr(code, "co_localsplusnames", None) or code.co_varnames
    slots = {slot for slot in range(len(names)) if names[slot] not in cells}
    for ins in instructions:
        if ins.opname in _UNBINDING:
            slots.discard(ins.arg)
    return frozenset(slots)


def arguments(code, instructions) -> frozenset:
    """The argument slots nothing unbinds: bound wherever the code runs."""
    flags = code.co_flags
    count = code.co_argcount + getattr(code, "co_kwonlyargcount", 0) + bool(flags & 0x04) + bool(flags & 0x08)
    return candidates(code, instructions) & frozenset(range(count))


def bound_at_blocks(code, instructions, blocks, exception_table=None) -> tuple:
    """({block start: the slots certainly bound there}, the candidates), ``blocks`` being
    translate.py's [(start, run)] in order. Within a block, a candidate stored (or read
    and found bound) is bound from there on; any other slot is not (a 3.12+ comprehension
    stores back what its variable held before, maybe nothing)."""
    keep = candidates(code, instructions)
    args = arguments(code, instructions)
    starts = [start for start, _ in blocks]
    block_of = {}
    for start, run in blocks:
        for index in range(start, start + len(run)):
            block_of[index] = start
    # edges[target start] = [(source start, instructions of the source run before the edge)]
    edges: dict = {start: [] for start in starts}
    for number, (start, run) in enumerate(blocks):
        after = start + len(run)
        for index in range(start, after):
            target = instructions[index].target
            if target is None:
                continue
            for reached in (target, target + 1):
                if reached in edges:
                    edges[reached].append((start, index))
        if number + 1 < len(blocks):
            edges[starts[number + 1]].append((start, after))
    for entry in exception_table or ():
        if entry.target in edges:
            for index in range(entry.start, entry.end):
                if block_of.get(index) == index:  # a block the range covers: from its start
                    edges[entry.target].append((index, index))
    stored = {}  # (block start, up to index) -> slots its instructions store before index

    def out(source, upto):
        key = (source, upto)
        found = stored.get(key)
        if found is None:
            found = stored[key] = frozenset(slot for index in range(source, upto)
                                            for slot in _stored(instructions[index]) if slot in keep)
        return found

    # The first block, and any block no path of these edges reaches from it (dead code, or
    # reached some way they do not show): the arguments alone, bound wherever code runs.
    first = starts[0] if starts else None
    successors: dict = {start: [] for start in starts}
    for target, sources in edges.items():
        for source, _ in sources:
            successors[source].append(target)
    reached, work = {first}, [first]
    while work:
        for target in successors.get(work.pop(), ()):
            if target not in reached:
                reached.add(target)
                work.append(target)
    alone = {start for start in starts if start == first or start not in reached}
    bound = {start: (args if start in alone else keep) for start in starts}
    changed = True
    while changed:
        changed = False
        for start in starts:
            if start in alone:
                continue  # (the entry block: also reached by jumps back, with more bound)
            now = keep
            for source, upto in edges[start]:
                now = now & (bound[source] | out(source, upto))
            if now != bound[start]:
                bound[start] = now
                changed = True
    return bound, keep
