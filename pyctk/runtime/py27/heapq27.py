"""2.7's ``_heapq``: the host's C heap compares items by the host's rules, where 2.7 orders
any two values (``None`` below numbers, a class's ``__cmp__``). These are the same
algorithms (``Modules/_heapqmodule.c``), comparing with 2.7's ``<``."""

from __future__ import annotations

import itertools


def _lt():
    return cmp_lt


def cmp_lt(x, y):
    """2.7's ``cmp_lt``: ``x < y`` where x has ``__lt__``, else ``not y <= x`` (heapq once
    compared with ``<=``, and classes defining only that kept working)."""
    from pyctk.runtime.py27.attrs import _lt27

    tp = type(x)
    has = _HAS_LT.get(tp)
    if has is None:
        has = _HAS_LT[tp] = _has_lt27(tp)
    if has:
        return _lt27(x, y)
    try:
        return not y <= x
    except TypeError:
        from pyctk.runtime.py27.values import order_cmp27

        return not order_cmp27(y, x) <= 0


def _has_lt27(tp) -> bool:
    """Whether 2.7's instances of ``tp`` have ``__lt__``: its ints, longs and None compare
    by ``tp_compare`` alone, ``object`` has none."""
    from pyctk.runtime.py27.kinds import Long27

    if tp in (int, bool, Long27, type(None)):
        return False
    return any("__lt__" in vars(klass) for klass in tp.__mro__ if klass is not object)


_HAS_LT: dict = {}


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def _siftdown(heap, startpos, pos, lt):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if lt(newitem, parent):
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos, lt):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not lt(heap[childpos], heap[rightpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos, lt)


def heappush(heap, item):
    _check(heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1, _lt())


def heappop(heap):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = last
        _siftup(heap, 0, _lt())
        return returnitem
    return last


def heapreplace(heap, item):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0, _lt())
    return returnitem


def heappushpop(heap, item):
    _check(heap)
    lt = _lt()
    if heap and lt(heap[0], item):
        item, heap[0] = heap[0], item
        _siftup(heap, 0, lt)
    return item


def heapify(heap):
    _check(heap)
    lt = _lt()
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i, lt)


def nlargest(n, iterable):
    """The C ``nlargest`` 2.7's ``heapq.nlargest`` wraps: a min-heap of the n largest."""
    lt = _lt()
    it = iter(iterable)
    result = list(itertools.islice(it, n))
    if not result:
        return result
    heapify(result)
    for elem in it:
        if lt(result[0], elem):
            result[0] = elem
            _siftup(result, 0, lt)
    _sort27(result)
    result.reverse()  # (PyList_Sort then PyList_Reverse: equal items come out reversed)
    return result


def nsmallest(n, iterable):
    """The C ``nsmallest``: a max-heap of the n smallest (by swapped comparisons)."""
    lt = _lt()

    def gt(a, b):
        return lt(b, a)

    it = iter(iterable)
    result = list(itertools.islice(it, n))
    if not result:
        return result
    for i in reversed(range(len(result) // 2)):
        _siftup(result, i, gt)
    for elem in it:
        if lt(elem, result[0]):
            result[0] = elem
            _siftup(result, 0, gt)
    _sort27(result)
    return result


def _sort27(items):
    from pyctk.runtime.py27.attrs import list_sort

    list_sort(items)


FUNCTIONS = {f.__name__: f for f in (heappush, heappop, heapreplace, heappushpop, heapify, nlargest, nsmallest)}
for _function in FUNCTIONS.values():
    _function.__module__ = "_heapq"
# 2.7's module has an essay on heaps under this name (here a pointer to it).
ABOUT = "Heap queues: see the essay in CPython 2.7's Modules/_heapqmodule.c."
