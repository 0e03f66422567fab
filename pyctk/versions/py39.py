"""CPython 3.9: RERAISE and explicit exception matching; unpacking by LIST_EXTEND & co."""

from __future__ import annotations

from pyctk.runtime.ops import arith, calls, containers, exceptions
from pyctk.versions import listing, py38

OPSET = py38.OPSET.derive(
    "3.9",
    remove=(
        "BEGIN_FINALLY",
        "CALL_FINALLY",
        "POP_FINALLY",
        "END_FINALLY",
        "WITH_CLEANUP_START",
        "WITH_CLEANUP_FINISH",
        "BUILD_LIST_UNPACK",
        "BUILD_TUPLE_UNPACK",
        "BUILD_TUPLE_UNPACK_WITH_CALL",
        "BUILD_SET_UNPACK",
        "BUILD_MAP_UNPACK",
        "BUILD_MAP_UNPACK_WITH_CALL",
    ),
    add={
        "RERAISE": exceptions.reraise_top,
        "WITH_EXCEPT_START": exceptions.with_except_start,
        "JUMP_IF_NOT_EXC_MATCH": exceptions.jump_if_not_exc_match,
        "LOAD_ASSERTION_ERROR": exceptions.load_assertion_error,
        "IS_OP": arith.is_op,
        "CONTAINS_OP": arith.contains_op,
        "LIST_TO_TUPLE": containers.list_to_tuple,
        "LIST_EXTEND": containers.list_extend,
        "SET_UPDATE": containers.set_update,
        "DICT_MERGE": containers.dict_merge,
        "DICT_UPDATE": containers.dict_update,
    },
    facts={
        "function_desc": calls.function_str,
        "keywords_not_strings": "keywords must be strings",
    },
    traceback_style={"qualified_names": True, "syntax_error_ranges": True},
    listing=listing.PY39,
)
