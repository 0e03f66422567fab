"""CPython 3.11: the exception table instead of the block stack; localsplus frames (cells
in fast slots); CALL with PRECALL/KW_NAMES; one BINARY_OP; relative jumps both ways;
generators that yield from SEND's loop; ``except*``."""

from __future__ import annotations

from pyctk.runtime import builtins, layout, table_unwind
from pyctk.runtime.ops import arith, calls, control, exceptions, gen, match, names, stack
from pyctk.versions import listing, py310
from pyctk.versions.parts import LineTableFormat


def _with_protocol_error(tp, name):
    if name == "__exit__":
        return TypeError(
            f"'{tp.__name__}' object does not support the context manager protocol (missed __exit__ method)"
        )
    return TypeError(f"'{tp.__name__}' object does not support the context manager protocol")


def _async_with_protocol_error(tp, name):
    if name == "__aexit__":
        return TypeError(
            f"'{tp.__name__}' object does not support the asynchronous context manager protocol "
            "(missed __aexit__ method)"
        )
    return TypeError(f"'{tp.__name__}' object does not support the asynchronous context manager protocol")


OPSET = py310.OPSET.derive(
    "3.11",
    remove=(
        # 3.11 made these BINARY_OP, COPY/SWAP, CALL, exception-table entries, SEND.
        "BINARY_ADD", "BINARY_AND", "BINARY_FLOOR_DIVIDE", "BINARY_LSHIFT", "BINARY_MATRIX_MULTIPLY",
        "BINARY_MODULO", "BINARY_MULTIPLY", "BINARY_OR", "BINARY_POWER", "BINARY_RSHIFT",
        "BINARY_SUBTRACT", "BINARY_TRUE_DIVIDE", "BINARY_XOR",
        "INPLACE_ADD", "INPLACE_AND", "INPLACE_FLOOR_DIVIDE", "INPLACE_LSHIFT", "INPLACE_MATRIX_MULTIPLY",
        "INPLACE_MODULO", "INPLACE_MULTIPLY", "INPLACE_OR", "INPLACE_POWER", "INPLACE_RSHIFT",
        "INPLACE_SUBTRACT", "INPLACE_TRUE_DIVIDE", "INPLACE_XOR",
        "CALL_FUNCTION", "CALL_FUNCTION_KW", "CALL_METHOD",
        "COPY_DICT_WITHOUT_KEYS", "DUP_TOP", "DUP_TOP_TWO", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "ROT_N",
        "GEN_START", "JUMP_ABSOLUTE", "JUMP_IF_NOT_EXC_MATCH", "POP_BLOCK",
        "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
        "SETUP_ASYNC_WITH", "SETUP_FINALLY", "SETUP_WITH", "YIELD_FROM",
    ),
    add={
        "PUSH_NULL": calls.push_null,
        "PRECALL": calls.precall,
        "KW_NAMES": calls.kw_names,
        "CALL": calls.call_311,
        "BINARY_OP": arith.binary_op,
        "COPY": stack.copy,
        "SWAP": stack.swap,
        "MAKE_CELL": names.make_cell,
        "COPY_FREE_VARS": names.copy_free_vars,
        "RESUME": stack.nop,
        "JUMP_BACKWARD": control.jump_backward,
        "JUMP_BACKWARD_NO_INTERRUPT": control.jump_backward,
        "POP_JUMP_FORWARD_IF_FALSE": control.pop_jump_if_false,
        "POP_JUMP_FORWARD_IF_TRUE": control.pop_jump_if_true,
        "POP_JUMP_FORWARD_IF_NONE": control.pop_jump_if_none,
        "POP_JUMP_FORWARD_IF_NOT_NONE": control.pop_jump_if_not_none,
        "POP_JUMP_BACKWARD_IF_FALSE": control.pop_jump_if_false,
        "POP_JUMP_BACKWARD_IF_TRUE": control.pop_jump_if_true,
        "POP_JUMP_BACKWARD_IF_NONE": control.pop_jump_if_none,
        "POP_JUMP_BACKWARD_IF_NOT_NONE": control.pop_jump_if_not_none,
        "PUSH_EXC_INFO": exceptions.push_exc_info,
        "CHECK_EXC_MATCH": exceptions.check_exc_match,
        "CHECK_EG_MATCH": exceptions.check_eg_match,
        "PREP_RERAISE_STAR": exceptions.prep_reraise_star_311,
        "BEFORE_WITH": exceptions.before_with,
        "RETURN_GENERATOR": gen.return_generator,
        "SEND": gen.send_311,
        "ASYNC_GEN_WRAP": gen.async_gen_wrap,
    },
    replace={
        "BINARY_SUBSCR": arith.binary_subscr_311,  # (the same as 3.10's on a 3.11+ host)
        "POP_EXCEPT": exceptions.pop_except_311,
        "RERAISE": exceptions.reraise_311,
        "WITH_EXCEPT_START": exceptions.with_except_start_311,
        "END_ASYNC_FOR": gen.end_async_for_311,
        "GET_AWAITABLE": gen.get_awaitable_311,
        "YIELD_VALUE": gen.yield_value_311,
        "MAKE_FUNCTION": calls.make_function_311,
        "CALL_FUNCTION_EX": calls.call_function_ex_311,
        "LOAD_GLOBAL": names.load_global_311,
        "LOAD_DEREF": names.load_deref_311,
        "STORE_DEREF": names.store_deref_311,
        "DELETE_DEREF": names.delete_deref_311,
        "LOAD_CLOSURE": names.load_closure_311,
        "LOAD_CLASSDEREF": names.load_classderef_311,
        "MATCH_KEYS": match.match_keys,
        "MATCH_CLASS": match.match_class,
    },
    backward_jumps=frozenset({
        "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT",
        "POP_JUMP_BACKWARD_IF_FALSE", "POP_JUMP_BACKWARD_IF_TRUE",
        "POP_JUMP_BACKWARD_IF_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE",
    }),
    facts={
        "int_max_str_digits_word": True,  # "Exceeds the limit (4300 digits)"
        "trace_after_resume": True,  # (traced.py)
        "delete_names_owner": True,
        # arguments the version's methods take that an older host's do not (newapis.py)
        "method_overrides": {"to_bytes": "defaults", "from_bytes": "defaults"},
        "recursion_json_indent": ("maximum recursion depth exceeded while calling a Python object", None, 1),
        "absent_builtins": ("PythonFinalizationError", "_IncompleteInputError"),
        "unwind": table_unwind.unwind_table,
        "init_frame": layout.init_frame_localsplus,
        "frame_slots": layout.slots_localsplus,
        "fast_names": layout.names_localsplus,
        "fast_locals": layout.locals_localsplus,
        "super_args": builtins.super_args_localsplus,
        "throw_into_delegate": gen.throw_into_delegate_send_311,
        "throw_pc": gen.throw_pc_push_none,
        "unbound_local": "cannot access local variable '%s' where it is not associated with a value",
        "unbound_free": "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
        "with_protocol_error": _with_protocol_error,
        "async_with_protocol_error": _async_with_protocol_error,
    },
    pyc_format={"localsplus": True},
    line_table=LineTableFormat("locations"),
    traceback_style={"groups_and_notes": True},
    sort={"variant": "powersort"},  # powersort's merge policy
    listing=listing.PY311,
)
