"""CPython 3.12: PEP 709 inlined comprehensions, CALL_INTRINSIC_*, LOAD_SUPER_ATTR,
LOAD_ATTR with the method bit, RETURN_CONST, END_FOR/END_SEND/CLEANUP_THROW, and
PEP 695 type parameters; the instrumented opcodes exist for sys.monitoring only."""

from __future__ import annotations

from pyctk.runtime.ops import arith, containers, control, gen, intrinsics, names
from pyctk.versions import listing, py311

# Written into code only by the running interpreter (sys.monitoring instrumentation,
# the tier-2 optimizer's exits, the interpreter's own trampolines), never by the
# compiler, so never in a .pyc.
NEVER_EMITTED_312 = frozenset({
    "INSTRUMENTED_LOAD_SUPER_ATTR", "INSTRUMENTED_POP_JUMP_IF_NONE", "INSTRUMENTED_POP_JUMP_IF_NOT_NONE",
    "INSTRUMENTED_RESUME", "INSTRUMENTED_CALL", "INSTRUMENTED_RETURN_VALUE", "INSTRUMENTED_YIELD_VALUE",
    "INSTRUMENTED_CALL_FUNCTION_EX", "INSTRUMENTED_JUMP_FORWARD", "INSTRUMENTED_JUMP_BACKWARD",
    "INSTRUMENTED_RETURN_CONST", "INSTRUMENTED_FOR_ITER", "INSTRUMENTED_POP_JUMP_IF_FALSE",
    "INSTRUMENTED_POP_JUMP_IF_TRUE", "INSTRUMENTED_END_FOR", "INSTRUMENTED_END_SEND",
    "INSTRUMENTED_INSTRUCTION", "INSTRUMENTED_LINE",
    "INTERPRETER_EXIT",  # the end of the C-level entry frame's trampoline
    "RESERVED",  # a placeholder number
})

OPSET = py311.OPSET.derive(
    "3.12",
    remove=(
        "ASYNC_GEN_WRAP", "IMPORT_STAR", "PRINT_EXPR", "UNARY_POSITIVE", "LIST_TO_TUPLE",  # intrinsics now
        "PREP_RERAISE_STAR",  # an intrinsic now
        "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP",
        "LOAD_CLASSDEREF",  # LOAD_LOCALS + LOAD_FROM_DICT_OR_DEREF
        "LOAD_METHOD",  # LOAD_ATTR's low bit
        "PRECALL",
        "POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_FORWARD_IF_TRUE", "POP_JUMP_FORWARD_IF_NONE",
        "POP_JUMP_FORWARD_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_FALSE", "POP_JUMP_BACKWARD_IF_TRUE",
        "POP_JUMP_BACKWARD_IF_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE",
    ),
    add={
        "POP_JUMP_IF_FALSE": control.pop_jump_if_false,
        "POP_JUMP_IF_TRUE": control.pop_jump_if_true,
        "POP_JUMP_IF_NONE": control.pop_jump_if_none,
        "POP_JUMP_IF_NOT_NONE": control.pop_jump_if_not_none,
        "END_FOR": control.end_for_312,
        "RETURN_CONST": control.return_const,
        "END_SEND": gen.end_send,
        "CLEANUP_THROW": gen.cleanup_throw,
        "BINARY_SLICE": containers.binary_slice,
        "STORE_SLICE": containers.store_slice,
        "CALL_INTRINSIC_1": intrinsics.call_intrinsic_1,
        "CALL_INTRINSIC_2": intrinsics.call_intrinsic_2,
        "LOAD_FAST_CHECK": names.load_fast,
        "LOAD_FAST_AND_CLEAR": names.load_fast_and_clear,
        "LOAD_FROM_DICT_OR_DEREF": names.load_from_dict_or_deref,
        "LOAD_FROM_DICT_OR_GLOBALS": names.load_from_dict_or_globals,
        "LOAD_LOCALS": names.load_locals,
        "LOAD_SUPER_ATTR": names.load_super_attr_312,
    },
    replace={
        "FOR_ITER": control.for_iter_312,
        "SEND": gen.send_312,
        "LOAD_ATTR": names.load_attr_312,
        "COMPARE_OP": arith.compare_op_312,
    },
    never_emitted=NEVER_EMITTED_312,
    backward_jumps=frozenset({"JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT"}),
    facts={
        "float_sum_compensated": True,  # sum() of floats: Neumaier's compensated summation
        # C recursion has its own limit (1500), apart from sys.setrecursionlimit's; Python
        # frames overflow without naming a place.
        "recursion_repr": ("maximum recursion depth exceeded while getting the repr of an object", 1500, 1),
        "recursion_json": ("maximum recursion depth exceeded while encoding a JSON object", 1500, 1),
        "recursion_json_indent": ("maximum recursion depth exceeded", None, 1),
        "recursion_pickle": ("maximum recursion depth exceeded while pickling an object", 1500, 1.5),
        "recursion_deepcopy": ("maximum recursion depth exceeded", None, 1),
        "recursion_compare": ("maximum recursion depth exceeded in comparison", 1500, 1),
        "throw_into_delegate": gen.throw_into_delegate_send_312,
        "module_overrides": {("math", "nextafter"): "steps"},  # its steps= (newapis.py)
    },
    traceback_style={"suggestions_312": True, "text_notes_as_repr": True},
    listing=listing.PY312,
)
