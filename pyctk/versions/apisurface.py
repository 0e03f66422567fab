"""Each CPython's built-in API surface, recorded from the real interpreters by
``tools/record_api_surface.py`` into ``apisurface/X.Y.json``: the names ``dir()`` gives of
its builtins, of its built-in types (``type_sources`` says how a program reaches each) and
exception classes, and of the C-implemented standard modules a program uses. The guest's
view of those names (runtime/apisurface.py) is made from them."""

from __future__ import annotations

import functools
import json
import os

_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apisurface")


@functools.lru_cache(maxsize=None)
def api_surface(version) -> dict:
    """The recorded surface of ``version`` (a ``Version`` or an ``"X.Y"`` string)."""
    name = str(version)
    path = os.path.join(_DIR, f"{name}.json")
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise LookupError(f"no recorded API surface for CPython {name} (run tools/record_api_surface.py --write)") from None
