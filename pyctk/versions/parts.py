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
    # 2.x: marshal's strings are 2.7 str (bytes, held one code point per byte), its text is
    # unicode, an int past 32 bits is a long; code-object names are bytes.
    python2_values: bool = False


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
    check_facts(opset)


# -- the runtime facts: every name an opcode set's ``facts`` may hold -----------------------
#
# The runtime reads these by name (``opset.fact("unwind")``); each is declared here with
# its kind and whether every set must have it, so that a set missing one, holding a
# misspelt one or one of the wrong kind fails when it is built, naming it, and a
# runtime's ``fact()`` of an undeclared name fails at once instead of reading None.

_FUNCTION = callable
_RECURSION_SITE = tuple  # (message, the host limit that site needs or None, frames per guest level)


def _is(kind):
    return lambda value: isinstance(value, kind)


# name: (check, required, meaning)
FACTS = {
    # the frame model (runtime/layout.py, unwind.py, table_unwind.py)
    "frame_slots": (_FUNCTION, True, "code -> number of frame slots"),
    "init_frame": (_FUNCTION, True, "fills a new frame's slots from its arguments and closure"),
    "fast_names": (_FUNCTION, True, "code -> the names of the fast slots"),
    "fast_locals": (_FUNCTION, True, "frame -> its fast locals as a dict (f_locals, locals())"),
    "unwind": (_FUNCTION, True, "the unwinder: block stack (to 3.10) or exception table (3.11+)"),
    "frame_locals_proxy": (_is(bool), False, "3.13+, PEP 667: a function frame's f_locals writes through"),
    "exception_holds_frames": (_is(bool), False, "2.7: an exception does not keep its frames alive"),
    # the generator model (runtime/ops/gen.py)
    "start_generator": (_FUNCTION, True, "what a new generator's first instruction expects"),
    "generator_error": (_FUNCTION, True, "the error of a generator that raises StopIteration"),
    "throw_into_delegate": (_FUNCTION, True, "throw() into a generator delegating by yield from"),
    "throw_pc": (_FUNCTION, True, "where a throw() into a suspended generator resumes"),
    "for_iter_traces_stop": (_is(bool), False, "a tracer sees the StopIteration a Python __next__ raised"),
    "line_event_on_change": (_is(bool), False, "3.10+ (PEP 626): a line event where the line changes, not where one starts"),
    "trace_after_resume": (_is(bool), False, "3.11+: no line event before the first RESUME has run"),
    # the environment: builtins, imports, modules, sys, __main__
    "builtins": (_FUNCTION, True, "makes the guest's builtins table"),
    "importer": (_FUNCTION, True, "makes the guest's import system"),
    "main_attributes": (_is(dict), True, "the attributes of a fresh __main__"),
    "absent_builtins": (_is(tuple), True, "builtin names the version lacks"),
    "module_aliases": (_is(dict), False, "2.7: module names that are another module of the host"),
    "alias_modules": (_is(dict), False, "2.7: the modules standing for those names"),
    "alias_proxy": (_is(type), False, "2.7: the module type keeping an alias's own __name__"),
    "module_views": (lambda value: True, False, "2.7: the guest's views of host modules"),
    "builtins_module_name": (_is(str), False, "2.7: __builtin__"),
    "sys_extras": (_FUNCTION, False, "2.7: sys attributes only 2.7 has"),
    "finder_protocol": (_is(str), False, "2.7: meta_path finders by find_module (PEP 302)"),
    "init_module": (_FUNCTION, False, "2.7: sets up a module object as 2.7 does"),
    "api_surface": (_is(bool), False, "built-in names checked against the version's recorded surface"),
    "module_surface": (_is(bool), False, "2.7: its C modules' names are the recorded surface's (types: py27/attrs.py)"),
    "attribute_guard": (_FUNCTION, False, "runtime/apisurface.py: a name the version lacks on a built-in type"),
    "method_overrides": (_is(dict), False, "methods whose signature differs from the host's (newapis.py)"),
    "module_overrides": (_is(dict), False, "module functions whose signature differs from the host's"),
    "typevar_defaults": (_is(bool), False, "3.13+, PEP 696: type parameters' defaults"),
    "batched_strict": (_is(bool), False, "3.13+: itertools.batched's strict="),
    "float_sum_compensated": (_is(bool), False, "3.12+: sum() of floats is compensated"),
    "int_max_str_digits": (_is(int), False, "the int-to-str digit limit (3.7+ security releases)"),
    "int_max_str_digits_word": (_is(bool), False, "3.11+: its message says 'digits'"),
    "interrupt_kills": (_is(bool), False, "3.8+: an uncaught KeyboardInterrupt dies by SIGINT"),
    "warning_filename_from_file": (_is(bool), True, "warnings.warn names __file__ (2.7-3.7) or co_filename"),
    "text_is_bytes": (_is(bool), False, "2.7: a str is bytes (one code point per byte)"),
    "exception_chaining": (_is(bool), False, "2.7: no __context__"),
    "unraisable_27": (_is(bool), False, "2.7: an unraisable exception is one line, without traceback"),
    # classes and calls
    "super_args": (_FUNCTION, True, "the arguments of a zero-argument super()"),
    "resolve_bases": (_FUNCTION, True, "class bases as the version resolves them (PEP 560 from 3.7)"),
    "function_desc": (_FUNCTION, False, "how a call error names its function"),
    # messages
    "name_error": (_is(str), True, "NameError's message"),
    "unbound_local": (_is(str), True, "UnboundLocalError's message"),
    "unbound_free": (_is(str), True, "the message of an unbound free variable"),
    "no_active_exception": (_is(str), True, "a bare raise with no exception"),
    "with_protocol_error": (_FUNCTION, True, "the error of a with on an object without __enter__/__exit__"),
    "async_with_protocol_error": (_FUNCTION, True, "the same for async with"),
    "import_from_error": (_FUNCTION, True, "the ImportError of from-import of a missing name"),
    "call_error_name": (_is(str), True, "call errors name the function by name or qualname"),
    "keywords_not_strings": (_is(str), False, "the TypeError of non-string keywords"),
    "arity_words": (_FUNCTION, False, "2.7: checks a call against the parameters in 2.7's words (runtime/calls.py)"),
    "binding_words_own": (_is(bool), False, "3.x: pyctk's own binding errors are the version's words, not reworded"),
    "module_attribute_error": (_is(str), False, "2.7: a module's missing attribute"),
    "delete_names_owner": (_is(bool), False, "3.11+: a failed del obj.x names obj's type (3.6-3.10 hosts give only x)"),
    "message_stand_ins": (_is(dict), False, "2.7: a guest type's name -> the host type whose messages it shares (long: int)"),
    "message_names": (_FUNCTION, False, "2.7: names a host error gives built-in types, as the version's (exceptions.X)"),
    "host_error_type": (_FUNCTION, False, "2.7: a host error entering the guest -> the error of the guest's type, or None"),
    "recursion_message": (_is(str), True, "RecursionError's message"),
    "recursion_error": (_is(type), False, "2.7: RuntimeError (RecursionError from 3.5)"),
    "recursion_repr": (_is(_RECURSION_SITE), True, "runtime/crecursion.py: in repr()"),
    "recursion_json": (_is(_RECURSION_SITE), True, "in json encoding"),
    "recursion_json_indent": (_is(_RECURSION_SITE), True, "in json encoding with an indent"),
    "recursion_pickle": (_is(_RECURSION_SITE), True, "in pickling"),
    "recursion_deepcopy": (_is(_RECURSION_SITE), True, "in copy.deepcopy"),
    "recursion_compare": (_is(_RECURSION_SITE), True, "comparing nested containers (runtime/deepcompare.py)"),
}


def check_facts(opset) -> None:
    """Every required fact present, none undeclared, each of its kind."""
    facts = opset.facts
    unknown = sorted(set(facts) - set(FACTS))
    if unknown:
        raise ValueError(f"opcode set {opset.name}: undeclared facts {', '.join(unknown)} (versions/parts.py FACTS)")
    for name, (check, required, _meaning) in FACTS.items():
        if name not in facts:
            if required:
                raise ValueError(f"opcode set {opset.name}: no fact {name!r}")
        elif not check(facts[name]):
            raise ValueError(f"opcode set {opset.name}: fact {name!r} is {facts[name]!r}, not of its kind")
