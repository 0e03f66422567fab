"""The typed parts of an opcode set: each version fact that code outside ``versions/``
needs, named, with its meaning written once here.

A version module sets every part (the first set, 2.7, all of them; later ones only what
changed, by ``derive``); ``OpcodeSet`` checks at construction that none is missing, so a
set without, say, a traceback style fails when it is built, naming the part, rather
than when a run first needs it. The runtime reads ``opset.traceback_style.notes`` and
never asks which version it runs.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class PycFormat:
    """How a version's ``.pyc`` header and marshalled code objects are laid out."""

    header_size: int  # 8 (2.x: magic, mtime), 12 (3.3-3.6: + source size), 16 (3.7+: + PEP 552 flags)
    posonly_args: bool  # 3.8+: co_posonlyargcount is marshalled
    kwonly_args: bool  # 3.0+: co_kwonlyargcount is marshalled
    # 3.11+: locals, cells and frees in one table with their kinds, co_qualname and
    # co_exceptiontable are marshalled, co_nlocals is not.
    localsplus: bool


@attrs.frozen
class LineTableFormat:
    """How ``co_linetable`` (``co_lnotab``) encodes lines (``pyctk/linetable.py``)."""

    kind: str = attrs.field(validator=attrs.validators.in_(("lnotab", "linetable", "locations")))
    signed_line_deltas: bool = False  # lnotab, 3.6+: a line delta is a signed byte
    # 3.13+: dis.findlinestarts starts a line again where a number comes back after a
    # stretch without one.
    restart_after_none: bool = False


@attrs.frozen
class TracebackStyle:
    """How an uncaught exception is printed (``pyctk/runtime/traceback``)."""

    # "c27": 2.7's C printer; "c3": 3.x's C printer (3.0-3.12); "py313": 3.13's
    # traceback module.
    printer: str = attrs.field(validator=attrs.validators.in_(("c27", "c3", "py313")))
    bytes_file_names: bool = False  # 2.7: file names and sys.path entries are byte strings
    qualified_names: bool = False  # 3.9+: an exception's __qualname__ in the message line
    syntax_error_ranges: bool = False  # 3.9+: the SyntaxError caret line by 3.9's rules
    syntax_error_end: bool = False  # 3.10+: SyntaxError's end_lineno/end_offset (^^^ ranges)
    suggestions: bool = False  # 3.10+: "Did you mean ...?"
    groups_and_notes: bool = False  # 3.11+: exception groups, __notes__, carets, module-qualified names
    # 3.12+: "self.x" and forgotten-import suggestions, ImportError's name suggestions.
    suggestions_312: bool = False
    text_notes_as_repr: bool = False  # 3.12+: a str/bytes __notes__ by its repr, a str note as is


@attrs.frozen
class SortModel:
    """How ``list.sort`` compares (``pyctk/runtime/listsort.py`` has the variants)."""

    variant: str = attrs.field(validator=attrs.validators.in_(("plain", "presort", "powersort", "powersort-runs")))
    # 2.7: list.sort is 2.7's own (cmp=, comparisons of unlike types: runtime/py27/attrs.py),
    # never the hook on attribute loads that 3.x guests whose sort is not the host's get.
    own_list_type: bool = False


# The part fields of OpcodeSet (name -> type): each must be set on every set.
PARTS = {
    "pyc_format": PycFormat,
    "line_table": LineTableFormat,
    "traceback_style": TracebackStyle,
    "sort": SortModel,
}


def check_complete(opset) -> None:
    """Every part set, and of its type: a set missing one fails here, naming it."""
    for name, kind in PARTS.items():
        value = getattr(opset, name)
        if not isinstance(value, kind):
            raise ValueError(
                f"opcode set {opset.name}: part {name!r} is {value!r}, not a {kind.__name__}"
            )
    listing = opset.listing
    if listing is None or not hasattr(listing, "args"):
        raise ValueError(f"opcode set {opset.name}: part 'listing' is {listing!r}, not a listing Dialect")
