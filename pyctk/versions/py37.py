"""CPython 3.7: method calls without bound methods; PEP 479 always; __mro_entries__."""

from __future__ import annotations

from pyctk.runtime import builtins, corigin
from pyctk.runtime.ops import arith, calls, containers, gen, names
from pyctk.versions import listing, py36


def _import_from_error(module, name):
    module_name = getattr(module, "__name__", "<unknown module name>")
    location = getattr(module, "__file__", None) or "unknown location"
    return ImportError(f"cannot import name '{name}' from '{module_name}' ({location})")


OPSET = py36.OPSET.derive(
    "3.7",
    remove=("STORE_ANNOTATION",),
    add={"LOAD_METHOD": names.load_method, "CALL_METHOD": calls.call_method},
    replace={
        "GET_AITER": gen.get_aiter,
        # 3.7 changed BaseException.__repr__ and str + int's message to the host's form.
        "BINARY_ADD": arith.binary_add,
        "INPLACE_ADD": arith.inplace_add,
        "BINARY_MODULO": arith.binary_modulo,
        "INPLACE_MODULO": arith.inplace_modulo,
        "FORMAT_VALUE": containers.format_value,
    },
    facts={
        # The int-to-str limit: the 3.7-3.10 releases installed here are security
        # releases that have it (intdigits.py), worded "(4300)"; 2.7 and 3.6 have none.
        "int_max_str_digits": 4300,
        "int_max_str_digits_word": False,
        "absent_builtins": tuple(n for n in py36.FACTS["absent_builtins"] if n != "breakpoint"),
        "builtins": builtins.make_builtins,
        "generator_error": gen.generator_error_pep479,
        "resolve_bases": builtins.resolve_bases_37,
        "import_from_error": _import_from_error,
        "recursion_deepcopy": ("maximum recursion depth exceeded while calling a Python object", None, 1),
        # 3.7 added cr_origin: an instruction reading it gets the guest's (corigin.py)
        "attribute_guard": corigin.guard_attribute(py36.FACTS["attribute_guard"]),
    },
    pyc_format={"header_size": 16},  # PEP 552: + flags
    sort={"variant": "presort"},  # the pre-sort check of the keys' types
    listing=listing.PY37,
)
