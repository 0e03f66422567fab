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


@functools.lru_cache(maxsize=None)
def absent_modules(version) -> frozenset:
    """The standard-library modules of the hosts 3.10-3.13 that a 3.x ``version`` does not
    have (3.8: ``graphlib``, ``zoneinfo``; 3.12: ``imp``, ``distutils``), recorded by
    ``tools/record_api_surface.py --absent``; empty for other versions (2.7: ``absent_modules27``)."""
    import json
    import os

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apisurface", "absent-modules.json")
    with open(path, encoding="utf-8") as f:
        return frozenset(json.load(f)["absent"].get(str(version), ()))


@functools.lru_cache(maxsize=None)
def absent_modules27() -> frozenset:
    """The host library's top-level modules 2.7 does not have (``queue``, ``enum``,
    ``builtins``), recorded by ``tools/record_api_surface.py --absent27``."""
    import json
    import os

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apisurface", "2.7-absent-modules.json")
    with open(path, encoding="utf-8") as f:
        return frozenset(json.load(f)["absent"])
