"""A simulation of CPython 2.7's open-addressing table (``Objects/dictobject.c`` and
``setobject.c``, which share the layout), kept only to know the order 2.7 iterates in.

What the table holds is not looked up here (the host dict or set does that); the
simulation records where each key would sit: ``i = hash & mask``, then the probe
``i = 5*i + perturb + 1`` with ``perturb >>= 5``; a deleted key leaves a dummy that
later inserts may reuse; a table whose fill reaches 2/3 is rebuilt for ``used*4``
(``used*2`` above 50000) in old slot order. Iteration is slot order.
"""

from __future__ import annotations

_M64 = (1 << 64) - 1
MINSIZE = 8


class _Marker:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


EMPTY = _Marker("<empty>")
DUMMY = _Marker("<dummy>")


class Slots:
    __slots__ = ("mask", "keys", "hashes", "fill", "used", "where")

    def __init__(self, minused: int = 0):
        self._reset(MINSIZE)
        if minused:
            self.resize(minused)

    def _reset(self, size):
        self.mask = size - 1
        self.keys = [EMPTY] * size
        self.hashes = [0] * size
        self.fill = 0
        self.used = 0
        # the same dict object for the table's whole life: callers hold on to it
        try:
            self.where.clear()
        except AttributeError:
            self.where = {}

    def clear(self):
        self._reset(MINSIZE)

    def put(self, key, h: int):
        """insertdict for a key not in the table (no resize check)."""
        keys = self.keys
        mask = self.mask
        i = h & mask
        k = keys[i]
        if k is not EMPTY:
            free = i if k is DUMMY else -1
            perturb = h & _M64
            while True:
                i = (5 * i + perturb + 1) & mask
                k = keys[i]
                if k is EMPTY:
                    break
                if k is DUMMY and free < 0:
                    free = i
                perturb >>= 5
            if free >= 0:
                i = free
                k = DUMMY
        if k is EMPTY:
            self.fill += 1
        keys[i] = key
        self.hashes[i] = h
        self.used += 1
        self.where[key] = i

    def add(self, key, h: int):
        """PyDict_SetItem / set_add_key of a new key: insert, then grow at 2/3 full."""
        self.put(key, h)
        if self.fill * 3 >= (self.mask + 1) * 2:
            used = self.used
            self.resize(used * 2 if used > 50000 else used * 4)

    def add_all(self, keys, hash27):
        """``add`` for each key not yet in the table, in order (set.update from an
        iterable, BUILD_SET); returns the keys added."""
        where = self.where
        put = self.put
        added = []
        for key in keys:
            if key in where:
                continue
            tp = type(key)
            put(key, (key if key != -1 else -2) if tp is int else hash27(key))
            added.append(key)
            if self.fill * 3 >= (self.mask + 1) * 2:
                used = self.used
                self.resize(used * 2 if used > 50000 else used * 4)
        return added

    def resize(self, minused: int):
        newsize = MINSIZE
        while newsize <= minused:
            newsize <<= 1
        if newsize == MINSIZE and self.mask + 1 == MINSIZE and self.fill == self.used:
            return  # 2.7 keeps its small table untouched when it has no dummies
        old = [(k, h) for k, h in zip(self.keys, self.hashes) if k is not EMPTY and k is not DUMMY]
        self._reset(newsize)
        # insertdict_clean: a fresh table has no dummies, the first empty slot is it
        keys = self.keys
        hashes = self.hashes
        where = self.where
        mask = newsize - 1
        for k, h in old:
            i = h & mask
            if keys[i] is not EMPTY:
                perturb = h & _M64
                while True:
                    i = (5 * i + perturb + 1) & mask
                    if keys[i] is EMPTY:
                        break
                    perturb >>= 5
            keys[i] = k
            hashes[i] = h
            where[k] = i
        self.fill = self.used = len(old)

    def remove(self, key):
        i = self.where.pop(key)
        self.keys[i] = DUMMY
        self.used -= 1

    def pop_slot(self):
        """The key ``popitem``/``set.pop`` takes: slot 0, else a search from the finger
        2.7 keeps in slot 0's hash."""
        keys = self.keys
        mask = self.mask
        i = 0
        k = keys[0]
        if k is EMPTY or k is DUMMY:
            i = self.hashes[0]
            if i > mask or i < 1:
                i = 1
            while True:
                k = keys[i]
                if k is not EMPTY and k is not DUMMY:
                    break
                i += 1
                if i > mask:
                    i = 1
        self.remove(k)
        self.hashes[0] = i + 1
        return k

    def order(self) -> list:
        return [k for k in self.keys if k is not EMPTY and k is not DUMMY]

    def live_hashes(self) -> list:
        return [h for k, h in zip(self.keys, self.hashes) if k is not EMPTY and k is not DUMMY]
