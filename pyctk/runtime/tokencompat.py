"""The host's C tokenizer (``_tokenize``) under the version's own ``tokenize``.

3.12's ``tokenize`` is a shell over the ``_tokenize.TokenizerIter`` C iterator, which
numbers tokens by its own version's ``token`` table. A 3.13 host's numbers differ from
3.12's (3.13 dropped ``AWAIT`` and ``ASYNC``: ``FSTRING_START`` is 59 there, 61 in 3.12),
so the version's ``tokenize`` would see a string as another kind of token. The guest's
``TokenizerIter`` gives each token the number the guest's ``token`` module has for it.
"""

from __future__ import annotations

import token as host_token


def additions(world, host_module) -> dict:
    """``TokenizerIter`` renumbered for the guest's ``token`` table, where the host's
    module has one; the guest's table is read when a tokenizer is made (its
    ``tokenize`` has imported its ``token`` by then)."""
    host_iter = getattr(host_module, "TokenizerIter", None)
    if host_iter is None:
        return {}

    class TokenizerIter:
        __slots__ = ("_tokens", "_numbers")
        __module__ = "_tokenize"

        def __init__(self, *args, **kwargs):
            self._tokens = host_iter(*args, **kwargs)
            self._numbers = _renumbering(world.modules.get("token"))

        def __iter__(self):
            return self

        def __next__(self):
            info = next(self._tokens)
            number = self._numbers.get(info[0])
            return info if number is None else (number, *info[1:])

    TokenizerIter.__qualname__ = "TokenizerIter"
    return {"TokenizerIter": TokenizerIter}


def _renumbering(guest_token) -> dict:
    """Host token number -> the guest's, for the names whose numbers differ."""
    names = getattr(guest_token, "tok_name", None)
    if not isinstance(names, dict) or guest_token is host_token:
        return {}
    guest_number = {name: number for number, name in names.items()}
    return {number: guest_number[name] for number, name in host_token.tok_name.items()
            if name in guest_number and guest_number[name] != number}
