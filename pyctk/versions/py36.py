"""CPython 3.6: the first wordcode version; the base of every later 3.x set."""

from __future__ import annotations

from pyctk.runtime import apisurface, builtins, compat36, importer, layout, unwind
from pyctk.runtime.ops import arith, calls, containers, control, exceptions, gen, imports, names, stack
from pyctk.version import Version
from pyctk.versions import listing
from pyctk.versions.base import Numbering, OpcodeSet
from pyctk.versions.parts import LineTableFormat, PycFormat, SortModel, TracebackStyle

VERSION = Version(3, 6)


def _attribute_error(tp, name):
    return AttributeError(name)


def _import_from_error(module, name):
    return ImportError(f"cannot import name '{name}'")


HANDLERS = {
    # stack
    "NOP": stack.nop,
    "POP_TOP": stack.pop_top,
    "ROT_TWO": stack.rot_two,
    "ROT_THREE": stack.rot_three,
    "DUP_TOP": stack.dup_top,
    "DUP_TOP_TWO": stack.dup_top_two,
    # operators
    "UNARY_POSITIVE": arith.unary_positive,
    "UNARY_NEGATIVE": arith.unary_negative,
    "UNARY_NOT": arith.unary_not,
    "UNARY_INVERT": arith.unary_invert,
    "BINARY_POWER": arith.binary_power,
    "BINARY_MULTIPLY": arith.binary_multiply,
    "BINARY_MATRIX_MULTIPLY": arith.binary_matrix_multiply,
    "BINARY_FLOOR_DIVIDE": arith.binary_floor_divide,
    "BINARY_TRUE_DIVIDE": arith.binary_true_divide,
    "BINARY_MODULO": compat36.binary_modulo_36,
    "BINARY_ADD": compat36.binary_add_36,
    "BINARY_SUBTRACT": arith.binary_subtract,
    "BINARY_LSHIFT": arith.binary_lshift,
    "BINARY_RSHIFT": arith.binary_rshift,
    "BINARY_AND": arith.binary_and,
    "BINARY_XOR": arith.binary_xor,
    "BINARY_OR": arith.binary_or,
    "BINARY_SUBSCR": arith.binary_subscr,
    "INPLACE_POWER": arith.inplace_power,
    "INPLACE_MULTIPLY": arith.inplace_multiply,
    "INPLACE_MATRIX_MULTIPLY": arith.inplace_matrix_multiply,
    "INPLACE_FLOOR_DIVIDE": arith.inplace_floor_divide,
    "INPLACE_TRUE_DIVIDE": arith.inplace_true_divide,
    "INPLACE_MODULO": compat36.inplace_modulo_36,
    "INPLACE_ADD": compat36.inplace_add_36,
    "INPLACE_SUBTRACT": arith.inplace_subtract,
    "INPLACE_LSHIFT": arith.inplace_lshift,
    "INPLACE_RSHIFT": arith.inplace_rshift,
    "INPLACE_AND": arith.inplace_and,
    "INPLACE_XOR": arith.inplace_xor,
    "INPLACE_OR": arith.inplace_or,
    "COMPARE_OP": arith.compare_op,
    # names
    "LOAD_CONST": names.load_const,
    "LOAD_NAME": names.load_name,
    "STORE_NAME": names.store_name,
    "DELETE_NAME": names.delete_name,
    "LOAD_GLOBAL": names.load_global,
    "STORE_GLOBAL": names.store_global,
    "DELETE_GLOBAL": names.delete_global,
    "LOAD_FAST": names.load_fast,
    "STORE_FAST": names.store_fast,
    "DELETE_FAST": names.delete_fast,
    "LOAD_DEREF": names.load_deref,
    "STORE_DEREF": names.store_deref,
    "DELETE_DEREF": names.delete_deref,
    "LOAD_CLOSURE": names.load_closure,
    "LOAD_CLASSDEREF": names.load_classderef,
    "LOAD_ATTR": names.load_attr,
    "STORE_ATTR": names.store_attr,
    "DELETE_ATTR": names.delete_attr,
    "SETUP_ANNOTATIONS": names.setup_annotations,
    "STORE_ANNOTATION": names.store_annotation,
    # containers
    "BUILD_TUPLE": containers.build_tuple,
    "BUILD_LIST": containers.build_list,
    "BUILD_SET": containers.build_set,
    "BUILD_MAP": containers.build_map,
    "BUILD_CONST_KEY_MAP": containers.build_const_key_map,
    "BUILD_STRING": containers.build_string,
    "BUILD_SLICE": containers.build_slice,
    "BUILD_LIST_UNPACK": containers.build_list_unpack,
    "BUILD_TUPLE_UNPACK": containers.build_tuple_unpack,
    "BUILD_TUPLE_UNPACK_WITH_CALL": containers.build_tuple_unpack_with_call,
    "BUILD_SET_UNPACK": containers.build_set_unpack,
    "BUILD_MAP_UNPACK": containers.build_map_unpack,
    "BUILD_MAP_UNPACK_WITH_CALL": containers.build_map_unpack_with_call,
    "LIST_APPEND": containers.list_append,
    "SET_ADD": containers.set_add,
    "MAP_ADD": containers.map_add_36,
    "UNPACK_SEQUENCE": containers.unpack_sequence,
    "UNPACK_EX": containers.unpack_ex,
    "STORE_SUBSCR": containers.store_subscr,
    "DELETE_SUBSCR": containers.delete_subscr,
    "FORMAT_VALUE": compat36.format_value_36,
    # control
    "JUMP_FORWARD": control.jump_forward,
    "JUMP_ABSOLUTE": control.jump_absolute,
    "POP_JUMP_IF_FALSE": control.pop_jump_if_false,
    "POP_JUMP_IF_TRUE": control.pop_jump_if_true,
    "JUMP_IF_FALSE_OR_POP": control.jump_if_false_or_pop,
    "JUMP_IF_TRUE_OR_POP": control.jump_if_true_or_pop,
    "GET_ITER": control.get_iter,
    "FOR_ITER": control.for_iter,
    "RETURN_VALUE": exceptions.return_value_36,
    # calls
    "CALL_FUNCTION": calls.call_function,
    "CALL_FUNCTION_KW": calls.call_function_kw,
    "CALL_FUNCTION_EX": calls.call_function_ex,
    "MAKE_FUNCTION": calls.make_function,
    "LOAD_BUILD_CLASS": calls.load_build_class,
    # exceptions, blocks, with
    "RAISE_VARARGS": exceptions.raise_varargs,
    "SETUP_LOOP": exceptions.setup_loop,
    "SETUP_EXCEPT": exceptions.setup_except,
    "SETUP_FINALLY": exceptions.setup_finally,
    "POP_BLOCK": exceptions.pop_block,
    "POP_EXCEPT": exceptions.pop_except_36,
    "BREAK_LOOP": exceptions.break_loop,
    "CONTINUE_LOOP": exceptions.continue_loop,
    "END_FINALLY": exceptions.end_finally_36,
    "SETUP_WITH": exceptions.setup_with,
    "WITH_CLEANUP_START": exceptions.with_cleanup_start_36,
    "WITH_CLEANUP_FINISH": exceptions.with_cleanup_finish_36,
    # generators and coroutines
    "YIELD_VALUE": gen.yield_value,
    "YIELD_FROM": gen.yield_from,
    "GET_YIELD_FROM_ITER": gen.get_yield_from_iter,
    "GET_AWAITABLE": gen.get_awaitable,
    "GET_AITER": gen.get_aiter_36,
    "GET_ANEXT": gen.get_anext,
    "BEFORE_ASYNC_WITH": gen.before_async_with,
    "SETUP_ASYNC_WITH": gen.setup_async_with,
    # imports and the rest
    "IMPORT_NAME": imports.import_name,
    "IMPORT_FROM": imports.import_from,
    "IMPORT_STAR": imports.import_star,
    "PRINT_EXPR": gen.print_expr,
}

FACTS = {
    "for_iter_traces_stop": True,  # a tracer sees the StopIteration a Python __next__ raised (traced.py)
    "warning_filename_from_file": True,  # warnings.warn names the module's __file__ (.pyc -> .py)
    "builtins": compat36.make_builtins_36,
    "importer": importer.make_importer,
    # what a script's __main__ holds besides __name__, __doc__, __package__, __file__, __builtins__
    "main_attributes": {"__annotations__": dict, "__cached__": None, "__loader__": None, "__spec__": None},
    # Exactly the version's built-in names (runtime/apisurface.py, versions/apisurface/).
    "api_surface": True,
    "attribute_guard": apisurface.guard_attribute,
    # methods and functions whose arguments changed in later versions: this version's form
    # where the host's differs (runtime/newapis.py)
    "method_overrides": {"to_bytes": "required", "from_bytes": "required"},
    "module_overrides": {("math", "nextafter"): "positional"},
    "absent_builtins": ("breakpoint", "aiter", "anext", "EncodingWarning", "BaseExceptionGroup", "ExceptionGroup",
                        "PythonFinalizationError", "_IncompleteInputError"),
    "unwind": unwind.unwind_blocks,
    "init_frame": layout.init_frame_classic,
    "frame_slots": layout.slots_classic,
    "fast_names": layout.names_classic,
    "fast_locals": layout.locals_classic,
    "super_args": builtins.super_args_classic,
    "resolve_bases": builtins.resolve_bases_36,
    "start_generator": gen.start_generator_nothing,
    "generator_error": gen.generator_error_36,
    "throw_into_delegate": gen.throw_into_delegate_yield_from,
    "throw_pc": gen.throw_pc_unchanged,
    "name_error": "name '%s' is not defined",
    "unbound_local": "local variable '%s' referenced before assignment",
    "unbound_free": "free variable '%s' referenced before assignment in enclosing scope",
    "no_active_exception": "No active exception to reraise",
    "with_protocol_error": _attribute_error,
    "async_with_protocol_error": _attribute_error,
    "import_from_error": _import_from_error,
    "call_error_name": "name",
    # pyctk's own binding of a guest function's arguments (runtime/calls.py) words its
    # errors as the version does: messages.py leaves them (2.7's are reworded from 3.x's).
    "binding_words_own": True,
    "function_desc": calls.func_name_desc,
    "keywords_not_strings": "%s() keywords must be strings",
    "recursion_message": "maximum recursion depth exceeded",
    # Recursion in code the guest calls (crecursion.py): the message at that place, the
    # version's separate C limit (None: the recursion limit), host levels per native one
    # (the guest's pickle is the pure-Python one: 3 frames where C's pickler counts 2).
    "recursion_repr": ("maximum recursion depth exceeded while getting the repr of an object", None, 1),
    "recursion_json": ("maximum recursion depth exceeded while encoding a JSON object", None, 1),
    "recursion_json_indent": ("maximum recursion depth exceeded in __instancecheck__", None, 1),
    "recursion_pickle": ("maximum recursion depth exceeded while pickling an object", None, 1.5),
    "recursion_deepcopy": ("maximum recursion depth exceeded", None, 1),
    "recursion_compare": ("maximum recursion depth exceeded in comparison", None, 1),
}

OPSET = OpcodeSet(
    version=VERSION,
    name=f"CPython {VERSION}",
    numbering=Numbering.from_xdis(VERSION),
    handlers=HANDLERS,
    wordcode=True,
    jump_unit=1,
    facts=FACTS,
    pyc_format=PycFormat(header_size=12, posonly_args=False, kwonly_args=True, localsplus=False),
    line_table=LineTableFormat("lnotab", signed_line_deltas=True),
    traceback_style=TracebackStyle("c3"),
    sort=SortModel("plain"),  # list.sort's comparisons: runtime/listsort.py
    listing=listing.PY36,
)
