"""What each CPython's ``sys`` says about itself, recorded from the real interpreters by
``tools/record_sys_facts.py`` into ``sysfacts/X.Y.json``: version strings, hexversion,
cache tag, platform spelling, flags, float_info, the names ``dir(sys)`` lists, pickle's
protocols. The guest's ``sys`` (runtime/guestsys.py) is built from them."""

from __future__ import annotations

import functools
import json
import os

_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sysfacts")


@functools.lru_cache(maxsize=None)
def sys_facts(version) -> dict:
    """The recorded facts of ``version`` (a ``Version`` or an ``"X.Y"`` string)."""
    name = str(version)
    path = os.path.join(_DIR, f"{name}.json")
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise LookupError(f"no recorded sys facts for CPython {name} (run tools/record_sys_facts.py --write)") from None
