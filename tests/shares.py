"""A repeated check shared between tox.ini's hosts, for CI's time: ``VARIABLE=k/n`` keeps
every n-th item from the k-th, each host its own k, so that the hosts together run all
of them; unset, all are kept."""

from __future__ import annotations

import os


def share(items, variable: str) -> list:
    items = list(items)
    spec = os.environ.get(variable)
    if not spec:
        return items
    k, n = (int(part) for part in spec.split("/"))
    return items[k::n]
