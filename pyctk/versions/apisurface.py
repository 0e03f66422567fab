"""Each CPython's built-in API surface, recorded from the real interpreters by
``tools/record_api_surface.py`` into ``apisurface/X.Y.json``: the names ``dir()`` gives of
its builtins, of its built-in types (``type_sources`` says how a program reaches each) and
exception classes, and of the C-implemented standard modules a program uses. The guest's
view of those names (runtime/apisurface.py) is made from them."""

from __future__ import annotations

import functools

from pyctk.versions.sysfacts import load_recorded


@functools.lru_cache(maxsize=None)
def api_surface(version) -> dict:
    """The recorded surface of ``version`` (a ``Version`` or an ``"X.Y"`` string)."""
    return load_recorded("apisurface", version, "API surface", "tools/record_api_surface.py")
