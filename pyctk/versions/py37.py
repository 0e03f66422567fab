"""CPython 3.7: method calls without bound methods; PEP 479 always; __mro_entries__."""

from __future__ import annotations

from pyctk.runtime import builtins
from pyctk.runtime.ops import calls, gen, names
from pyctk.versions import py36


def _import_from_error(module, name):
    module_name = getattr(module, "__name__", "<unknown module name>")
    location = getattr(module, "__file__", None) or "unknown location"
    return ImportError(f"cannot import name '{name}' from '{module_name}' ({location})")


OPSET = py36.OPSET.derive(
    "3.7",
    remove=("STORE_ANNOTATION",),
    add={"LOAD_METHOD": names.load_method, "CALL_METHOD": calls.call_method},
    replace={"GET_AITER": gen.get_aiter},
    facts={
        "absent_builtins": tuple(n for n in py36.FACTS["absent_builtins"] if n != "breakpoint"),
        "generator_error": gen.generator_error_pep479,
        "resolve_bases": builtins.resolve_bases_37,
        "import_from_error": _import_from_error,
    },
)
