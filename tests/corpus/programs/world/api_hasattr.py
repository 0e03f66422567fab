# versions: 3.6+
# Compatibility code branches on hasattr/getattr/dir of builtins, built-in types and C
# modules: each version's own answer, whatever the host has.
import builtins
import gc
import itertools
import math
import operator
import time

checks = [
    ("str", str, "removeprefix"), ("str", str, "isascii"), ("bytes", bytes, "removesuffix"),
    ("int", int, "bit_count"), ("int", int, "is_integer"), ("int", int, "as_integer_ratio"),
    ("bool", True, "is_integer"), ("dict", dict, "__or__"), ("dict", {}, "__reversed__"),
    ("list", list, "__class_getitem__"), ("object", object(), "__getstate__"),
    ("BaseException", ValueError("x"), "add_note"), ("memoryview", memoryview, "toreadonly"),
    ("float", 1.5, "__floor__"), ("type", int, "__or__"), ("property", property, "__set_name__"),
    ("builtins", builtins, "breakpoint"), ("builtins", builtins, "aiter"),
    ("builtins", builtins, "ExceptionGroup"), ("builtins", builtins, "EncodingWarning"),
    ("builtins", builtins, "PythonFinalizationError"),
    ("math", math, "comb"), ("math", math, "isqrt"), ("math", math, "lcm"), ("math", math, "cbrt"),
    ("math", math, "exp2"), ("math", math, "sumprod"), ("math", math, "fma"), ("math", math, "remainder"),
    ("itertools", itertools, "pairwise"), ("itertools", itertools, "batched"),
    ("operator", operator, "call"), ("time", time, "time_ns"), ("gc", gc, "freeze"),
]
for label, obj, name in checks:
    print(label, name, hasattr(obj, name), getattr(obj, name, None) is not None)

print(sorted(n for n in dir("") if n.startswith("remove") or n == "isascii"))
print(sorted(n for n in dir(5) if n in ("bit_count", "is_integer", "as_integer_ratio", "__getstate__")))
print(sorted(n for n in dir(math) if n in ("cbrt", "comb", "exp2", "fma", "lcm", "sumprod")))
print(sorted(n for n in dir(itertools) if n in ("batched", "pairwise")))
print(sorted(n for n in dir(builtins) if n in ("aiter", "anext", "breakpoint", "ExceptionGroup",
                                              "PythonFinalizationError", "_IncompleteInputError")))
