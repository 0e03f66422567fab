"""The int-to-str digit limit (CVE-2020-10735) as the guest's version has it.

The conversions run in host C code (``str``, ``repr``, ``int()``, formatting), so the
host's limit is the one that applies: while a guest runs, it is set (hoststate.py) to the version's
default (opcode-set fact ``int_max_str_digits``: 0 = none on 2.7 and 3.6; 4300 on the
3.7-3.10 security releases installed here and on 3.11+) and restored afterwards. The
guest's ``sys.set_int_max_str_digits`` changes it for the rest of the run. The host
words the error as its own version does; ``guest_message`` rewords it as the guest's
(fact ``int_max_str_digits_word``: 3.11+ say "(4300 digits)", 3.7-3.10 "(4300)").
"""

from __future__ import annotations

import re

_LIMIT = re.compile(r"^Exceeds the limit \((\d+)(?: digits)?\) for integer string conversion")


def guest_message(exc, opset) -> None:
    """Reword the host's limit error ``exc`` (a ValueError) as the guest version's."""
    args = exc.args
    if len(args) != 1 or not isinstance(args[0], str):
        return
    match = _LIMIT.match(args[0])
    if match is None:
        return
    word = " digits" if opset.fact("int_max_str_digits_word", True) else ""
    exc.args = (f"Exceeds the limit ({match.group(1)}{word}) for integer string conversion" + args[0][match.end():],)
