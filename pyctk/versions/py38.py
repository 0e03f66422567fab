"""CPython 3.8: no loop blocks; finally bodies called as subroutines; MAP_ADD reordered."""

from __future__ import annotations

from pyctk.runtime.ops import containers, control, exceptions, gen, stack
from pyctk.versions import listing, py37

OPSET = py37.OPSET.derive(
    "3.8",
    remove=("SETUP_LOOP", "BREAK_LOOP", "CONTINUE_LOOP", "SETUP_EXCEPT"),
    add={
        "ROT_FOUR": stack.rot_four,
        "BEGIN_FINALLY": exceptions.begin_finally,
        "CALL_FINALLY": exceptions.call_finally,
        "POP_FINALLY": exceptions.pop_finally,
        "END_ASYNC_FOR": gen.end_async_for,
    },
    replace={
        "END_FINALLY": exceptions.end_finally_38,
        "WITH_CLEANUP_START": exceptions.with_cleanup_start_38,
        "WITH_CLEANUP_FINISH": exceptions.with_cleanup_finish_38,
        "RETURN_VALUE": control.return_value,
        "MAP_ADD": containers.map_add_38,
        "POP_EXCEPT": exceptions.pop_except,
    },
    # An uncaught KeyboardInterrupt: 3.8+ print the traceback, then die by SIGINT again
    # (exit status -2 for a parent); 2.7-3.7 exit with status 1.
    facts={
        "interrupt_kills": True,
        "warning_filename_from_file": False,  # 3.8+: warnings.warn names the co_filename
    },
    pyc_format={"posonly_args": True},
    listing=listing.PY38,
)
