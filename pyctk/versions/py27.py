"""CPython 2.7: 2-byte arguments, the print statement, classic division, old-style
classes, three-value exception state.

The set is written out (not derived from 3.6): half of 2.7's opcodes mean something
else in 3.x. Shared handlers are used wherever the semantics are the same; the rest are
in ``runtime/ops/py2ops.py`` and ``runtime/py27/``.
"""

from __future__ import annotations

from pyctk.runtime import calls, layout
from pyctk.runtime.ops import arith, containers, control, exceptions, gen, imports, names, py2ops, stack
from pyctk.runtime.py27 import builtins27, exc, modules
from pyctk.version import Version
from pyctk.versions import listing
from pyctk.versions.base import Numbering, OpcodeSet
from pyctk.versions.parts import LineTableFormat, PycFormat, SortModel, TracebackStyle

VERSION = Version(2, 7)

CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002


def init_frame27(frame, fast, closure):
    """2.7 frames: as 3.x until 3.10, and a class body (or a function using ``exec``)
    gets a fresh locals dict when called."""
    layout.init_frame_classic(frame, fast, closure)
    if frame.locals is None and frame.code.co_flags & (CO_NEWLOCALS | CO_OPTIMIZED) == CO_NEWLOCALS:
        frame.locals = {}


# A function's frame (optimized code) needs only its fast locals.
init_frame27.fast_only = lambda code: code.co_flags & (CO_NEWLOCALS | CO_OPTIMIZED) != CO_NEWLOCALS
init_frame27.block_stack = True
init_frame27.closure_placement = layout.init_frame_classic.closure_placement


def _import_from_error(module, attribute):
    return ImportError("cannot import name %s" % attribute)


def _with_protocol_error(tp, name):
    # 2.7's SETUP_WITH looks __exit__ up first: without both, that is the one it names.
    if name == "__enter__" and getattr(tp, "__exit__", None) is None:
        name = "__exit__"
    return AttributeError(name)


def _generator_error(gen, error):
    """2.7: a StopIteration escaping a generator just ends it."""


HANDLERS = {
    "POP_TOP": stack.pop_top,
    "ROT_TWO": stack.rot_two,
    "ROT_THREE": stack.rot_three,
    "ROT_FOUR": stack.rot_four,
    "DUP_TOP": stack.dup_top,
    "DUP_TOPX": py2ops.dup_topx,
    "NOP": stack.nop,
    # operators
    "UNARY_POSITIVE": py2ops.unary_positive_27,
    "UNARY_NEGATIVE": py2ops.unary_negative_27,
    "UNARY_NOT": arith.unary_not,
    "UNARY_CONVERT": py2ops.unary_convert,
    "UNARY_INVERT": py2ops.unary_invert_27,
    "BINARY_POWER": py2ops.binary_power_27,
    "BINARY_MULTIPLY": py2ops.binary_multiply_27,
    "BINARY_DIVIDE": py2ops.binary_divide,
    "BINARY_MODULO": py2ops.binary_modulo_27,
    "BINARY_ADD": py2ops.binary_add_27,
    "BINARY_SUBTRACT": py2ops.binary_subtract_27,
    "BINARY_SUBSCR": py2ops.binary_subscr_27,
    "BINARY_FLOOR_DIVIDE": py2ops.binary_floor_divide_27,
    "BINARY_TRUE_DIVIDE": py2ops.binary_true_divide_27,
    "BINARY_LSHIFT": py2ops.binary_lshift_27,
    "BINARY_RSHIFT": py2ops.binary_rshift_27,
    "BINARY_AND": py2ops.binary_and_27,
    "BINARY_XOR": py2ops.binary_xor_27,
    "BINARY_OR": py2ops.binary_or_27,
    "INPLACE_FLOOR_DIVIDE": py2ops.inplace_floor_divide_27,
    "INPLACE_TRUE_DIVIDE": py2ops.inplace_true_divide_27,
    "INPLACE_ADD": py2ops.inplace_add_27,
    "INPLACE_SUBTRACT": py2ops.inplace_subtract_27,
    "INPLACE_MULTIPLY": py2ops.inplace_multiply_27,
    "INPLACE_DIVIDE": py2ops.inplace_divide,
    "INPLACE_MODULO": py2ops.inplace_modulo_27,
    "INPLACE_POWER": py2ops.inplace_power_27,
    "INPLACE_LSHIFT": py2ops.inplace_lshift_27,
    "INPLACE_RSHIFT": py2ops.inplace_rshift_27,
    "INPLACE_AND": py2ops.inplace_and_27,
    "INPLACE_XOR": py2ops.inplace_xor_27,
    "INPLACE_OR": py2ops.inplace_or_27,
    "COMPARE_OP": py2ops.compare_op_27,
    # slices
    "SLICE+0": py2ops.slice_0,
    "SLICE+1": py2ops.slice_1,
    "SLICE+2": py2ops.slice_2,
    "SLICE+3": py2ops.slice_3,
    "STORE_SLICE+0": py2ops.store_slice_0,
    "STORE_SLICE+1": py2ops.store_slice_1,
    "STORE_SLICE+2": py2ops.store_slice_2,
    "STORE_SLICE+3": py2ops.store_slice_3,
    "DELETE_SLICE+0": py2ops.delete_slice_0,
    "DELETE_SLICE+1": py2ops.delete_slice_1,
    "DELETE_SLICE+2": py2ops.delete_slice_2,
    "DELETE_SLICE+3": py2ops.delete_slice_3,
    # containers
    "STORE_MAP": py2ops.store_map,
    "STORE_SUBSCR": py2ops.store_subscr_27,
    "DELETE_SUBSCR": containers.delete_subscr,
    "BUILD_TUPLE": containers.build_tuple,
    "BUILD_LIST": containers.build_list,
    "BUILD_SET": py2ops.build_set_27,
    "BUILD_MAP": py2ops.build_map_27,
    "BUILD_SLICE": containers.build_slice,
    "LIST_APPEND": containers.list_append,
    "SET_ADD": containers.set_add,
    "MAP_ADD": containers.map_add_36,
    "UNPACK_SEQUENCE": py2ops.unpack_sequence_27,
    # names
    "LOAD_CONST": names.load_const,
    "LOAD_NAME": names.load_name,
    "STORE_NAME": names.store_name,
    "DELETE_NAME": names.delete_name,
    "LOAD_GLOBAL": py2ops.load_global_27,
    "STORE_GLOBAL": names.store_global,
    "DELETE_GLOBAL": names.delete_global,
    "LOAD_FAST": names.load_fast,
    "STORE_FAST": names.store_fast,
    "DELETE_FAST": names.delete_fast,
    "LOAD_CLOSURE": names.load_closure,
    "LOAD_DEREF": names.load_deref,
    "STORE_DEREF": names.store_deref,
    "LOAD_ATTR": py2ops.load_attr_27,
    "STORE_ATTR": py2ops.store_attr_27,
    "DELETE_ATTR": py2ops.delete_attr_27,
    "LOAD_LOCALS": py2ops.load_locals_27,
    # printing
    "PRINT_EXPR": py2ops.print_expr_27,
    "PRINT_ITEM": py2ops.print_item,
    "PRINT_ITEM_TO": py2ops.print_item_to,
    "PRINT_NEWLINE": py2ops.print_newline,
    "PRINT_NEWLINE_TO": py2ops.print_newline_to,
    # control
    "GET_ITER": py2ops.get_iter_27,
    "FOR_ITER": control.for_iter,
    "JUMP_FORWARD": control.jump_forward,
    "JUMP_ABSOLUTE": control.jump_absolute,
    "JUMP_IF_FALSE_OR_POP": control.jump_if_false_or_pop,
    "JUMP_IF_TRUE_OR_POP": control.jump_if_true_or_pop,
    "POP_JUMP_IF_FALSE": control.pop_jump_if_false,
    "POP_JUMP_IF_TRUE": control.pop_jump_if_true,
    "RETURN_VALUE": py2ops.return_value_27,
    "YIELD_VALUE": gen.yield_value,
    # blocks and exceptions
    "SETUP_LOOP": exceptions.setup_loop,
    "SETUP_EXCEPT": exceptions.setup_except,
    "SETUP_FINALLY": exceptions.setup_finally,
    "SETUP_WITH": exceptions.setup_with,
    "POP_BLOCK": exceptions.pop_block,
    "BREAK_LOOP": exceptions.break_loop,
    "CONTINUE_LOOP": exceptions.continue_loop,
    "END_FINALLY": py2ops.end_finally,
    "WITH_CLEANUP": py2ops.with_cleanup,
    "RAISE_VARARGS": py2ops.raise_varargs_27,
    # functions, classes, calls
    "MAKE_FUNCTION": py2ops.make_function_27,
    "MAKE_CLOSURE": py2ops.make_closure,
    "CALL_FUNCTION": py2ops.call_function_27,
    "CALL_FUNCTION_VAR": py2ops.call_function_var,
    "CALL_FUNCTION_KW": py2ops.call_function_kw_27,
    "CALL_FUNCTION_VAR_KW": py2ops.call_function_var_kw,
    "BUILD_CLASS": py2ops.build_class_27,
    # imports, exec
    "IMPORT_NAME": imports.import_name,
    "IMPORT_FROM": imports.import_from,
    "IMPORT_STAR": imports.import_star,
    "EXEC_STMT": py2ops.exec_stmt,
}

FACTS = {
    "text_is_bytes": True,  # a 2.7 str is bytes: pyctk's text for it holds one code point per byte
    "exception_chaining": False,  # no __context__: the host's traceback module would print a chain
    "unraisable_27": True,  # "Exception X: X(...) in <object> ignored", one line
    "warning_filename_from_file": True,  # warnings.warn names the module's __file__ (.pyc -> .py)
    "builtins": builtins27.make_builtins27,
    "importer": modules.make_importer27,
    "module_aliases": modules.MODULE_ALIASES,
    "alias_modules": modules.ALIAS_MODULES,
    "builtins_module_name": "__builtin__",
    "module_surface": True,
    "sys_extras": modules.sys_extras27,
    "module_views": modules.module_views27,  # sys.modules["string"] is 2.7's string for the guest
    "alias_proxy": modules.ProxyModule,  # sys.modules["ConfigParser"].__name__ == "ConfigParser"
    "finder_protocol": "find_module",  # a program's meta_path finders: PEP 302, not find_spec
    "module_attribute_error": "'module' object has no attribute '%s'",
    "main_attributes": {},  # 2.7's __main__: no __spec__, __loader__, __cached__
    "init_module": modules.init_module27,
    "absent_builtins": (),
    "unwind": exc.unwind27,
    "init_frame": init_frame27,
    "frame_slots": layout.slots_classic,
    "fast_names": layout.names_classic,
    "fast_locals": layout.locals_classic,
    "super_args": lambda frame: (_ for _ in ()).throw(TypeError("super() takes at least 1 argument (0 given)")),
    "resolve_bases": lambda bases: bases,
    "start_generator": gen.start_generator_nothing,
    "generator_error": _generator_error,
    "throw_into_delegate": gen.throw_into_delegate_yield_from,
    "throw_pc": gen.throw_pc_unchanged,
    "name_error": "name '%s' is not defined",
    "unbound_local": "local variable '%s' referenced before assignment",
    "unbound_free": "free variable '%s' referenced before assignment in enclosing scope",
    "no_active_exception": "exceptions must be old-style classes or derived from BaseException, not NoneType",
    "with_protocol_error": _with_protocol_error,
    "async_with_protocol_error": _with_protocol_error,
    "import_from_error": _import_from_error,
    "call_error_name": "name",
    "keywords_not_strings": "%s() keywords must be strings",
    "arity_words": calls.arity_words27,  # runtime/calls.py: 2.7's words for a call that does not fit
    "binding_words_own": True,
    "host_error_type": exc.host_error_type,
    # a long is a host int named 'long' (py27/kinds.py), worded as 2.7 words it for an int
    "message_stand_ins": {"long": "int"},
    "message_names": exc.exception_names27,  # 'exceptions.ValueError' object has no attribute ...  # ``readonly attribute`` is a TypeError
    "recursion_message": "maximum recursion depth exceeded",
    # 2.7 has no RecursionError: guest recursion past the limit is a RuntimeError
    "recursion_error": RuntimeError,
    # Recursion in code the guest calls (crecursion.py): the message at that place, the
    # version's separate C limit (None: the recursion limit), host levels per native one.
    "recursion_repr": ("maximum recursion depth exceeded while getting the repr of an object", None, 5),
    "recursion_json": ("maximum recursion depth exceeded while encoding a JSON object", None, 1),
    "recursion_json_indent": ("maximum recursion depth exceeded while calling a Python object", None, 1),
    "recursion_pickle": ("maximum recursion depth exceeded", None, 1),  # pickle.py, not cPickle
    "recursion_deepcopy": ("maximum recursion depth exceeded", None, 1),
    "recursion_compare": ("maximum recursion depth exceeded in cmp", None, 1),
    # The traceback is sys.exc_info()'s, not the exception's: a guest traceback kept on
    # the exception must not keep the frames (and their locals) alive.
    "exception_holds_frames": False,
}

# Stack effects, as CPython 2.7's compiler counts them, of handlers shared with 3.x
# whose count differs by version (so the handlers store none, tests/test_single_definition.py
# _COUNTED_BY_VERSION): a SETUP_EXCEPT or SETUP_FINALLY handler starts with the three
# exception values pushed (stackdepth_walk's target_depth = depth + 3); SETUP_WITH counts
# 4 (opcode_stack_effect), jumping or not. Read by checks only (tests/test_stack_depth27.py).
STACK_EFFECTS = {
    "SETUP_EXCEPT": lambda arg, jump: 3 if jump else 0,
    "SETUP_FINALLY": lambda arg, jump: 3 if jump else 0,
    "SETUP_WITH": lambda arg, jump: 4,
}

OPSET = OpcodeSet(
    version=VERSION,
    name=f"CPython {VERSION}",
    numbering=Numbering.from_xdis(VERSION),
    handlers=HANDLERS,
    never_emitted=frozenset({"STOP_CODE"}),
    wordcode=False,
    jump_unit=1,
    facts=FACTS,
    pyc_format=PycFormat(header_size=8, posonly_args=False, kwonly_args=False, localsplus=False, python2_values=True),
    line_table=LineTableFormat("lnotab", signed_line_deltas=False),
    traceback_style=TracebackStyle("c27", bytes_file_names=True),
    sort=SortModel("plain", own_list_type=True),  # list.sort's comparisons: runtime/listsort.py
    listing=listing.PY27,
)
