"""Guest tracebacks as real host traceback objects.

Guest code (and the host's ``traceback`` module it calls) reads ``exc.__traceback__``,
``tb_frame.f_code.co_name``, and ``tb_lineno``. Python only accepts a
real ``TracebackType`` there, and that needs a real frame; so each guest code object gets
a *twin*, a host code object with the guest's name, file, first line and signature and
(3.11+ hosts) a position table laid out like the guest's bytecode, and tracebacks are
built from frames of twins with ``tb_lasti`` the guest's offset: the host's formatters
then print the guest's lines and carets. Host library frames an exception passed through
stay in the guest's traceback (``LibraryEntry``); pyctk's own frames never show.
"""

from __future__ import annotations

import dis
import os
import sys
import types

from pyctk.linetable import position_table
from pyctk.runtime.faults import LOOPS
from pyctk.versions.host import FRAME_HOLDS_FUNCTION

_PYCTK_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def _template():
    yield


_TEMPLATE = _template.__code__
_HAS_QUALNAME = hasattr(_TEMPLATE, "co_qualname")
# 3.11+ hosts read carets from ``co_positions()`` at ``tb_lasti``; 3.10 hosts only read
# ``tb_lineno``.
_HAS_POSITIONS = hasattr(_TEMPLATE, "co_positions")
_NOP = bytes([dis.opmap["NOP"], 0])
_SIGNATURE_FLAGS = 0x0004 | 0x0008 | 0x0020 | 0x0080 | 0x0100 | 0x0200  # varargs, varkw, kinds
# id(host code) -> PYCTK / IMPORTLIB / LIBRARY, for host code that lives on anyway (kept in
# ``_KEPT``: by identity, as faults.LOOPS, since a code object's hash is slow).
_KINDS: dict = {}
_KEPT: list = []
_TWIN_MARK = type("twin", (), {"__repr__": lambda self: "<pyctk twin>"})()  # the last constant of a twin
PYCTK, IMPORTLIB, LIBRARY, TWIN = "pyctk", "importlib", "library", "twin"


def twin_code(code, instructions=()):
    """The host code object standing for guest ``code``: its name, qualified name, file,
    first line, argument counts, names and flags, and (3.11+ hosts) a position table
    with one code unit per guest code unit, so that the host's ``traceback`` and
    ``inspect`` read the guest's positions at the guest's ``f_lasti``/``tb_lasti``.
    Its bytecode is a generator's start (so that a frame of it exists without running
    anything), padded with NOPs. Made once per guest code object, when first asked for."""
    twin = code.__dict__.get("_host_code")
    if twin is not None:
        return twin
    firstlineno = max(code.co_firstlineno, 1)
    varnames = tuple(code.co_varnames)
    fields = {
        "co_name": code.co_name,
        "co_filename": code.co_filename,
        "co_firstlineno": firstlineno,
        "co_varnames": varnames,
        "co_nlocals": len(varnames),
        "co_argcount": code.co_argcount,
        "co_posonlyargcount": code.co_posonlyargcount,
        "co_kwonlyargcount": code.co_kwonlyargcount,
        "co_flags": (_TEMPLATE.co_flags & ~_SIGNATURE_FLAGS) | (code.co_flags & _SIGNATURE_FLAGS),
        "co_cellvars": (),
        "co_freevars": (),
        "co_consts": _TEMPLATE.co_consts + (_TWIN_MARK,),  # what tells a twin (kind_of)
    }
    if _HAS_QUALNAME:
        fields["co_qualname"] = code.co_qualname
    if _HAS_POSITIONS:
        units = _unit_positions(code, instructions)
        template_units = len(_TEMPLATE.co_code) // 2
        if len(units) < template_units:
            units.extend([(None, None, None, None)] * (template_units - len(units)))
        fields["co_code"] = _TEMPLATE.co_code + _NOP * (len(units) - template_units)
        fields["co_linetable"] = location_table(units, firstlineno)
    try:
        twin = _TEMPLATE.replace(**fields)
    except (ValueError, TypeError):  # a damaged signature: the names only
        keep = ("co_name", "co_filename", "co_firstlineno", "co_qualname", "co_code", "co_linetable")
        twin = _TEMPLATE.replace(**{k: v for k, v in fields.items() if k in keep})
    code.__dict__["_host_code"] = twin
    return twin


def _unit_positions(code, instructions) -> list:
    """(line, end_line, col, end_col) per 2-byte unit of the guest's bytecode: the
    position of the instruction whose opcode is in that unit."""
    unknown = (None, None, None, None)
    units = [unknown] * ((len(code.co_code) + 1) // 2)
    try:
        table = position_table(code)  # per byte: (start, end, line, end_line, col, end_col)
    except Exception:  # a line table pyctk cannot read: no positions
        return units
    covered = len(table)
    for offset in range(0, covered, 2):
        found = table[offset]
        if found is not None:
            units[offset >> 1] = found[2:]
    # 2.7's instructions are 1 or 3 bytes: each unit takes the instruction that starts in it
    # (as the VM decoded them: a remapped opcode set decodes the bytes differently).
    for ins in instructions:
        if ins.op_offset & 1 and ins.op_offset < covered:
            found = table[ins.op_offset]
            units[ins.op_offset >> 1] = unknown if found is None else found[2:]
    return units


def _varint(out: bytearray, value: int) -> None:
    while value >= 64:
        out.append((value & 63) | 64)
        value >>= 6
    out.append(value)


def _svarint(out: bytearray, value: int) -> None:
    _varint(out, ((-value) << 1) | 1 if value < 0 else value << 1)


def location_table(units, firstlineno: int) -> bytes:
    """CPython 3.11+'s ``co_linetable`` (Objects/locations.md) for per-unit positions:
    long forms for positions with columns, "no column" forms for lines alone."""
    out = bytearray()
    previous = firstlineno
    i, n = 0, len(units)
    while i < n:
        position = units[i]
        j = i + 1
        while j < n and j - i < 8 and units[j] == position:
            j += 1
        length = j - i
        line, end_line, col, end_col = position
        if line is None:
            out.append(0x80 | (15 << 3) | (length - 1))
        elif col is None:
            out.append(0x80 | (13 << 3) | (length - 1))
            _svarint(out, line - previous)
            previous = line
        else:
            out.append(0x80 | (14 << 3) | (length - 1))
            _svarint(out, line - previous)
            _varint(out, max((end_line if end_line is not None else line) - line, 0))
            _varint(out, col + 1)
            _varint(out, end_col + 1 if end_col is not None else 0)
            previous = line
        i = j
    return bytes(out)


def host_frame(code, globals_, instructions=()):
    """A host frame standing for activations of guest ``code`` with ``globals_``: the
    frame of a never-started generator of its twin code (nothing of it runs)."""
    try:  # (every traceback entry of a caught exception asks: made once per code and globals)
        return code.__dict__["_host_frames"][id(globals_)]
    except KeyError:
        pass
    cache = code.__dict__.setdefault("_host_frames", {})
    key = id(globals_)
    entry = cache.get(key)
    if entry is None:
        twin = twin_code(code, instructions)
        g = globals_ if type(globals_) is dict else {}
        # A plain generator (not a coroutine: no "never awaited" warning).
        runnable = twin.replace(co_flags=twin.co_flags & ~0x0380 | 0x0020)
        entry = cache[key] = _fresh_frame(runnable, g, code.co_name)
    return entry


def _fresh_frame(runnable, g, name, held=None):
    """A new frame of the generator code ``runnable`` (a twin's), never started; ``held``
    lives as long as the frame."""
    defaults = (None,) * runnable.co_argcount or None
    start = runnable.co_argcount
    kwdefaults = {n: None for n in runnable.co_varnames[start:start + runnable.co_kwonlyargcount]}
    func = types.FunctionType(runnable, g, name, defaults)
    func.__kwdefaults__ = kwdefaults or None
    if held is not None and FRAME_HOLDS_FUNCTION:
        func.__pyctk_held__ = held
    gen = func()
    frame = gen.gi_frame
    # Closed at once (nothing of it runs): no generator is left to finalize at exit.
    gen.close()
    if held is not None and not FRAME_HOLDS_FUNCTION:
        # 3.10: the frame keeps its f_locals dict, and gc follows it.
        frame.f_locals["__pyctk_held__"] = held
    return frame


def reads_traceback(code) -> bool:
    """Does guest ``code`` read an exception's ``__traceback__`` (so may keep it)?"""
    found = code.__dict__.get("_reads_traceback")
    if found is None:
        found = code.__dict__["_reads_traceback"] = "__traceback__" in code.co_names
    return found


def holding(tb, held):
    """``tb`` whose first entry's frame keeps ``held`` (the guest frames the traceback
    passed) alive, as a CPython traceback keeps its frames: for a traceback the guest
    keeps (``tb = sys.exc_info()[2]``, ``e.__traceback__``), so that the frames' locals
    live until the traceback goes, or until ``gc`` breaks the frame <-> traceback cycle.
    A new host frame (about a microsecond): made only where the guest can keep one."""
    if tb is None or kind_of(tb.tb_frame.f_code) is not TWIN:
        return tb
    frame = tb.tb_frame
    fresh = _fresh_frame(frame.f_code, frame.f_globals, frame.f_code.co_name, held)
    return types.TracebackType(tb.tb_next, fresh, tb.tb_lasti, tb.tb_lineno)


class LibraryEntry:
    """A host library frame in a guest traceback (``json/decoder.py`` under a guest's
    ``json.loads``): the host's own traceback entry, kept."""

    __slots__ = ("frame", "lasti", "lineno")

    def __init__(self, tb):
        self.frame = tb.tb_frame
        self.lasti = tb.tb_lasti
        self.lineno = tb.tb_lineno


# The types of the last constant that marks a guest function's stub code (functions.py
# registers its Entry: this module cannot import that one).
STUB_MARKS: set = set()


def kind_of(code) -> str:
    kind = _KINDS.get(id(code))
    if kind is None:
        consts = code.co_consts
        if consts and consts[-1] is _TWIN_MARK:
            return TWIN  # not kept: a twin lives as long as its guest code
        if consts and type(consts[-1]) in STUB_MARKS:
            # a guest function's stub (functions.py): its frame is pyctk's way into the
            # VM, standing for nothing of the guest's (not kept either: it lives as long
            # as its guest code)
            return PYCTK
        filename = code.co_filename
        if filename.startswith(_PYCTK_DIR):
            kind = PYCTK
        elif filename.startswith("<frozen importlib"):
            kind = IMPORTLIB  # CPython hides the import system's frames too
        else:
            kind = LIBRARY
        _KINDS[id(code)] = kind
        _KEPT.append(code)
    return kind


def library_entries(tb) -> list:
    """The host library frames of a host traceback up to its first guest (twin) frame,
    outermost first: what lies between the guest frame that caught it and the guest
    frames already in its guest traceback."""
    found = []
    tb = tb.tb_next if tb is not None else None  # the loop that caught it
    while tb is not None:
        code = tb.tb_frame.f_code
        kind = _KINDS.get(id(code)) or kind_of(code)
        if kind is TWIN or id(code) in LOOPS:  # an inner loop recorded what lies past it
            break
        if kind is LIBRARY:
            found.append(LibraryEntry(tb))
        tb = tb.tb_next
    return found


def host_traceback(entries):
    """A TracebackType chain for guest traceback entries (outermost first): guest
    entries (code, instruction index, instructions, globals) and ``LibraryEntry``s."""
    tb = None
    traceback_type = types.TracebackType
    for entry in reversed(entries):
        if type(entry) is LibraryEntry:
            tb = traceback_type(tb, entry.frame, entry.lasti, entry.lineno)
            continue
        tb = guest_entry(tb, *entry)
    return tb


def guest_entry(tb_next, code, index, instructions, globals_):
    """The TracebackType of one guest entry (``host_traceback``), in front of ``tb_next``."""
    if 0 <= index < len(instructions):
        ins = instructions[index]
        line = ins.line if ins.line is not None else code.co_firstlineno
        lasti = ins.op_offset if _HAS_POSITIONS else -1
    else:
        line, lasti = code.co_firstlineno, -1
    try:  # (``host_frame``'s common case written out: once per traceback entry)
        frame = code.__dict__["_host_frames"][id(globals_)]
    except KeyError:
        frame = host_frame(code, globals_, instructions)
    return _TracebackType(tb_next, frame, lasti, line)


_TracebackType = types.TracebackType


def without_pyctk(tb):
    """``tb`` without pyctk's own frames (and the import system's): what host code that
    called into the guest may see of a guest exception. From the first guest frame on, a
    chain is clean already (made by ``host_traceback``, or cleaned at an inner boundary),
    so only the entries before it are looked at; they are copied, not relinked (setting
    ``tb_next`` walks the whole chain after it, which a deep recursion makes quadratic)."""
    kept = []
    rest = None
    while tb is not None:
        code = tb.tb_frame.f_code
        kind = _KINDS.get(id(code)) or kind_of(code)
        if kind is TWIN:
            rest = tb
            break
        if id(code) in LOOPS:  # what an inner loop raised is clean past its own raise
            tb = tb.tb_next
            while tb is not None and kind_of(tb.tb_frame.f_code) is PYCTK:
                tb = tb.tb_next
            rest = tb
            break
        if kind is LIBRARY:
            kept.append(tb)
        tb = tb.tb_next
    for entry in reversed(kept):
        rest = types.TracebackType(rest, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
    return rest


# The host's own recursion limit functions (the runner sets the host's limit while a guest
# runs; the guest's sys has its own: runtime/guestsys.py).
_original_setrecursionlimit = sys.setrecursionlimit
_original_getrecursionlimit = sys.getrecursionlimit
