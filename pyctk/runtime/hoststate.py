"""Process-wide host settings a running guest needs, shared by runs that overlap.

A few things a guest needs can only be set for the whole host process: the recursion
limit (room for guest frames nested through host code), the int-to-str digit limit (the
version's), ``sys.displayhook`` (the guest's, for the host library code it runs). Two
``pyctk.run`` calls from two host threads overlap; each saving the value on entry and
restoring it on exit would leave the host with the other run's value (A saves 1000 and
sets 10000, B saves 10000, A restores 1000 under B, B restores 10000 for good). So the
first run to enter saves the host's values and the last to leave restores them.

While runs overlap, the recursion limit is pyctk's for both, the displayhook is a
dispatcher that gives each thread its own run's guest hook, and the digit limit is the
last entered run's version's (one value per process: two versions with different limits
at once cannot both have theirs; a limit error then shows the other version's limit).
"""

from __future__ import annotations

import sys
import threading

from pyctk.runtime.hosttb import _original_getrecursionlimit as host_getrecursionlimit
from pyctk.runtime.hosttb import _original_setrecursionlimit as host_setrecursionlimit
from pyctk.runtime.unraisable import report as unraisable_report

_lock = threading.Lock()
_runs = 0
_saved: dict = {}
_local = threading.local()  # per host thread: the stack of worlds it runs


def _unraisablehook(unraisable):
    """The guest's report of an exception raised by its code (``unraisable.py``), else the
    host's hook; the run's --timeout held off meanwhile (an alarm raised inside it would be
    reported by CPython with pyctk's own frames)."""
    _local.reporting = True
    try:
        worlds = getattr(_local, "worlds", None)
        try:
            reported = bool(worlds) and unraisable_report(worlds[-1], unraisable)
        except Exception:  # noqa: BLE001 - never a failure of pyctk's own in the report
            reported = False
        if not reported:
            # The last run may have ended (and put the host's hook back) meanwhile.
            _saved.get("unraisablehook", sys.__unraisablehook__)(unraisable)
    finally:
        _local.reporting = False


def reporting_unraisable() -> bool:
    """Is this host thread inside the host's report of an unraisable exception?"""
    return getattr(_local, "reporting", False)


def _displayhook(value):
    worlds = getattr(_local, "worlds", None)
    if worlds:
        return worlds[-1].sys.displayhook(value)
    return _saved["displayhook"](value)  # a host thread that runs no guest


class guest_running:
    """Context: the host's process-wide settings for a guest of ``world`` (its version's
    digit limit ``int_digits``: None = the host's own, 0 = none), restored when the last
    overlapping run ends."""

    def __init__(self, world, recursion_limit, int_digits):
        self.world = world
        self.recursion_limit = recursion_limit
        self.int_digits = int_digits

    def __enter__(self):
        global _runs
        with _lock:
            if _runs == 0:
                _saved["recursion"] = host_getrecursionlimit()
                _saved["displayhook"] = sys.displayhook
                get = getattr(sys, "get_int_max_str_digits", None)
                _saved["int_digits"] = get() if get is not None else None
                # Exactly this limit, even when the host had set a higher one: it is
                # what keeps host recursion (guest code run through host code) within
                # the host's C stack.
                try:
                    host_setrecursionlimit(self.recursion_limit)
                except RecursionError:  # a host already deeper than that: leave its limit
                    pass
                sys.displayhook = _displayhook
                _saved["unraisablehook"] = sys.unraisablehook
                sys.unraisablehook = _unraisablehook
            _runs += 1
            if self.int_digits is not None and _saved["int_digits"] is not None:
                sys.set_int_max_str_digits(self.int_digits)
        worlds = getattr(_local, "worlds", None)
        if worlds is None:
            worlds = _local.worlds = []
        worlds.append(self.world)
        # Per host thread, not per process: the calling thread's async generator hooks,
        # which the guest's sys.set_asyncgen_hooks sets, are given back when the run ends.
        self.asyncgen_hooks = sys.get_asyncgen_hooks()
        return self

    def __exit__(self, *exc_info):
        global _runs
        _local.worlds.pop()
        sys.set_asyncgen_hooks(*self.asyncgen_hooks)
        with _lock:
            _runs -= 1
            if _runs == 0:
                host_setrecursionlimit(_saved["recursion"])
                sys.displayhook = _saved["displayhook"]
                sys.unraisablehook = _saved["unraisablehook"]
                if _saved["int_digits"] is not None:
                    sys.set_int_max_str_digits(_saved["int_digits"])
                _saved.clear()
        return False
