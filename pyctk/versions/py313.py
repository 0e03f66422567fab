"""CPython 3.13: the NULL of a call goes above the callable; CALL_KW; functions made
bare and completed by SET_FUNCTION_ATTRIBUTE; TO_BOOL before tests; f-strings by
FORMAT_SIMPLE/FORMAT_WITH_SPEC/CONVERT_VALUE; superinstructions on fast locals;
FOR_ITER exhaustion skips END_FOR and POP_TOP."""

from __future__ import annotations

from pyctk.runtime.ops import arith, calls, containers, control, names, stack
from pyctk.versions import listing, py312
from pyctk.versions.parts import LineTableFormat

OPSET = py312.OPSET.derive(
    "3.13",
    remove=(
        "FORMAT_VALUE",  # FORMAT_SIMPLE / FORMAT_WITH_SPEC / CONVERT_VALUE
        "KW_NAMES",  # CALL_KW
        "LOAD_CLOSURE",  # a pseudo-instruction now: the compiler writes LOAD_FAST
    ),
    add={
        "CALL_KW": calls.call_kw_313,
        "SET_FUNCTION_ATTRIBUTE": calls.set_function_attribute,
        "TO_BOOL": arith.to_bool,
        "FORMAT_SIMPLE": containers.format_simple,
        "FORMAT_WITH_SPEC": containers.format_with_spec,
        "CONVERT_VALUE": containers.convert_value,
        "LOAD_FAST_LOAD_FAST": names.load_fast_load_fast,
        "STORE_FAST_LOAD_FAST": names.store_fast_load_fast,
        "STORE_FAST_STORE_FAST": names.store_fast_store_fast,
    },
    replace={
        "DICT_MERGE": containers.dict_merge_313,
        "CALL": calls.call_313,
        "CALL_FUNCTION_EX": calls.call_function_ex_313,
        "MAKE_FUNCTION": calls.make_function_313,
        "LOAD_GLOBAL": names.load_global_313,
        "LOAD_ATTR": names.load_attr_313,
        "LOAD_SUPER_ATTR": names.load_super_attr_313,
        "COMPARE_OP": arith.compare_op_313,
        "FOR_ITER": control.for_iter_313,
        "END_FOR": stack.pop_top,
    },
    never_emitted=py312.NEVER_EMITTED_312 | {
        "INSTRUMENTED_CALL_KW",  # sys.monitoring, as the other INSTRUMENTED_*
        "ENTER_EXECUTOR",  # written over JUMP_BACKWARD by the tier-2 optimizer at run time
        "EXIT_INIT_CHECK",  # only in the shim frame of specialized CALL_ALLOC_AND_ENTER_INIT
    },
    facts={
        "frame_locals_proxy": True,  # PEP 667: a function frame's f_locals writes through
        # PEP 696: type parameters' __default__ and has_default(); itertools.batched's strict=
        "typevar_defaults": True,
        # arguments the version's methods take that an older host's do not (newapis.py)
        "method_overrides": {"to_bytes": "defaults", "from_bytes": "defaults", "replace": "count"},
        "batched_strict": True,
        # The C recursion limit is 10000; json's C encoder handles indent too.
        "recursion_repr": ("maximum recursion depth exceeded while getting the repr of an object", 10000, 1),
        "recursion_json": ("maximum recursion depth exceeded while encoding a JSON object", 10000, 1),
        "recursion_json_indent": ("maximum recursion depth exceeded while encoding a JSON object", 10000, 1),
        "recursion_pickle": ("maximum recursion depth exceeded while pickling an object", 10000, 1.5),
        "recursion_compare": ("maximum recursion depth exceeded in comparison", 10000, 1),
    },
    line_table=LineTableFormat("locations", restart_after_none=True),
    traceback_style={"printer": "py313"},
    sort={"variant": "powersort-runs"},  # descending runs may hold equal elements
    listing=listing.PY313,
)
