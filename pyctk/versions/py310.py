"""CPython 3.10: pattern matching; jump arguments count instructions, not bytes."""

from __future__ import annotations

from pyctk.runtime.ops import calls, gen, match, stack
from pyctk.versions import listing, py39
from pyctk.versions.parts import LineTableFormat

OPSET = py39.OPSET.derive(
    "3.10",
    add={
        "GET_LEN": match.get_len,
        "MATCH_MAPPING": match.match_mapping,
        "MATCH_SEQUENCE": match.match_sequence,
        "MATCH_KEYS": match.match_keys_310,
        "MATCH_CLASS": match.match_class_310,
        "COPY_DICT_WITHOUT_KEYS": match.copy_dict_without_keys,
        "ROT_N": stack.rot_n,
        "GEN_START": gen.gen_start,
    },
    replace={"MAKE_FUNCTION": calls.make_function_310},
    jump_unit=2,
    facts={
        "absent_builtins": ("BaseExceptionGroup", "ExceptionGroup", "PythonFinalizationError", "_IncompleteInputError"),
        "call_error_name": "qualname",
        "line_event_on_change": True,  # (traced.py)
    },
    line_table=LineTableFormat("linetable"),
    traceback_style={"syntax_error_end": True, "suggestions": True},
    listing=listing.PY310,
)
