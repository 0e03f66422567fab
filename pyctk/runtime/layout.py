"""How a frame's locals and cells are laid out, per model.

Until 3.10 (and in 2.7) fast locals are ``co_varnames`` and the cells a separate list,
``co_cellvars`` then ``co_freevars``. 3.11+ keeps everything in one "localsplus" array
(its functions live with the 3.11 opcode set).
"""

from __future__ import annotations

from pyctk.runtime.objects import NULL, Cell, cell_get


def slots_classic(code) -> int:
    return len(code.co_varnames)


def names_classic(code) -> tuple:
    return code.co_varnames


def init_frame_classic(frame, fast, closure):
    code = frame.code
    if fast is None:
        fast = [NULL] * len(code.co_varnames)
    frame.fast = fast
    frame.blocks = []
    cellvars = code.co_cellvars
    if cellvars or code.co_freevars:
        cells = []
        if cellvars:
            varnames = code.co_varnames
            for name in cellvars:
                if name in varnames:
                    # An argument that is also a cell: its value moves into the cell.
                    i = varnames.index(name)
                    cells.append(Cell(fast[i]) if fast[i] is not NULL else Cell())
                    fast[i] = NULL
                else:
                    cells.append(Cell())
        if closure:
            cells.extend(closure)
        frame.cells = cells


def locals_classic(frame) -> dict:
    code = frame.code
    result = {}
    for name, value in zip(code.co_varnames, frame.fast or ()):
        if value is not NULL:
            result[name] = value
    if frame.cells:
        for name, cell in zip(code.co_cellvars + code.co_freevars, frame.cells):
            value = cell_get(cell)
            if value is not NULL:
                result[name] = value
    return result


# -- 3.11+: one "localsplus" array: locals, then cells, then free variables -------------


def slots_localsplus(code) -> int:
    return len(code.co_localsplusnames)


def names_localsplus(code) -> tuple:
    return code.co_localsplusnames


def init_frame_localsplus(frame, fast, closure):
    """Cells are made by MAKE_CELL as the code runs; the closure's cells go into the
    last slots here, which is what COPY_FREE_VARS does (so that handler has nothing left)."""
    n = len(frame.code.co_localsplusnames)
    if fast is None:
        fast = [NULL] * n
    frame.fast = fast
    if closure:
        fast[n - len(closure):] = closure


def locals_localsplus(frame) -> dict:
    from pyctk.code import CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN

    code = frame.code
    result = {}
    for name, kind, value in zip(code.co_localsplusnames, code.co_localspluskinds, frame.fast or ()):
        if kind & CO_FAST_HIDDEN:
            continue
        if kind & (CO_FAST_CELL | CO_FAST_FREE) and type(value) is Cell:
            value = cell_get(value)
        if value is not NULL:
            result[name] = value
    return result


def fast_only(init_frame, code) -> bool:
    """Whether ``init_frame`` only stores the fast locals for ``code`` (no cells, no
    closure): the VM then stores them itself (the common call's fast path). A set-up
    says for which code objects with its ``fast_only(code)``."""
    if code.co_cellvars or code.co_freevars:
        return False
    predicate = getattr(init_frame, "fast_only", None)
    return predicate is not None and predicate(code)


init_frame_classic.fast_only = init_frame_localsplus.fast_only = lambda code: True


def closure_placement(init_frame, code):
    """For code whose set-up is the fast locals and the closure only (not ``fast_only``):
    where the VM puts the closure itself, as ``init_frame`` would: "cells" (the closure is
    the frame's cells: free variables and no cell variables) or "slots" (the last fast
    slots; cells are made by MAKE_CELL as the code runs). None: ``init_frame`` does it."""
    predicate = getattr(init_frame, "fast_only", None)
    placement = getattr(init_frame, "closure_placement", None)
    if predicate is None or placement is None or not predicate(code):
        return None
    return placement(code)


init_frame_classic.closure_placement = lambda code: None if code.co_cellvars else "cells"
init_frame_localsplus.closure_placement = lambda code: "slots"
init_frame_classic.block_stack = True  # its frames have a block stack (set up in it, or by the VM)
