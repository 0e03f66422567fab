"""What each CPython's ``sys`` says about itself, recorded from the real interpreters by
``tools/record_sys_facts.py`` into ``sysfacts/X.Y.json``: version strings, hexversion,
cache tag, platform spelling, flags, float_info, the names ``dir(sys)`` lists, pickle's
protocols. The guest's ``sys`` (runtime/guestsys.py) is built from them."""

from __future__ import annotations

import functools
import json
import os

_HERE = os.path.dirname(os.path.abspath(__file__))


def load_recorded(folder: str, version, what: str, tool: str) -> dict:
    """``folder/X.Y.json`` beside this module: what ``tool`` recorded of ``version`` (a
    ``Version`` or an ``"X.Y"`` string); a LookupError naming the tool when it is missing."""
    name = str(version)
    try:
        with open(os.path.join(_HERE, folder, f"{name}.json"), encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise LookupError(f"no recorded {what} for CPython {name} (run {tool} --write)") from None


@functools.lru_cache(maxsize=None)
def sys_facts(version) -> dict:
    """The recorded facts of ``version`` (a ``Version`` or an ``"X.Y"`` string)."""
    return load_recorded("sysfacts", version, "sys facts", "tools/record_sys_facts.py")
