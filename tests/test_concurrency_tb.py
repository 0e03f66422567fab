"""A traceback the guest keeps holds the frames it passed (hosttb.holding, issue 15): on
this host, the held object lives as long as the traceback, and a cycle through it is
collectable. End to end: corpus concurrency/traceback_release."""

from __future__ import annotations

import gc
import types
import weakref

from pyctk.runtime import hosttb


class Held:
    pass


def _twin_traceback():
    def guest():
        yield

    twin = guest.__code__.replace(co_consts=guest.__code__.co_consts + (hosttb._TWIN_MARK,))
    frame = hosttb._fresh_frame(twin, {}, "guest")
    return types.TracebackType(None, frame, 0, 1)


def test_holding_keeps_the_held_object_while_the_traceback_lives():
    held = Held()
    alive = weakref.ref(held)
    tb = hosttb.holding(_twin_traceback(), held)
    del held
    assert alive() is not None
    assert tb.tb_frame.f_code.co_name == "guest"
    del tb
    assert alive() is None  # no cycle: freed at once


def test_a_cycle_through_the_traceback_is_collectable():
    held = Held()
    alive = weakref.ref(held)
    held.tb = hosttb.holding(_twin_traceback(), held)  # a frame's locals holding its traceback
    del held
    assert alive() is not None
    gc.collect()
    assert alive() is None


def test_a_traceback_of_host_code_is_left_as_it_is():
    try:
        raise ValueError
    except ValueError as e:
        tb = e.__traceback__
    assert hosttb.holding(tb, Held()) is tb
