"""2.7's dict, set and frozenset as the guest creates them: host containers (so every
host function takes them and lookups run at C speed) that iterate in 2.7's order.

``Dict27`` keeps its simulated 2.7 table (``slots.Slots``) lazily: stores go straight
to the host dict, whose insertion order then lists the keys added since the table was
last brought up to date at its end; the table replays them when the order is asked for
or before a deletion (a deletion must be placed in the history, so it brings the table
up to date first). Since only inserts happen between two such points, the replay is
exact. Sets are not insertion-ordered on the host, so ``Set27`` keeps its table on every
change.

What 2.7 does on bulk operations (``update``/``copy``/``dict(d)``/``set(s)`` presize
the table once, ``fromkeys`` presizes, set algebra iterates the smaller operand) is
copied from 2.7's ``dictobject.c``/``setobject.c``.
"""

from __future__ import annotations

from itertools import islice

from pyctk.runtime.messages import GUEST_TYPES
from pyctk.runtime.py27.hash27 import hash27
from pyctk.runtime.py27.slots import Slots

_dict_iter = dict.__iter__
_dict_len = dict.__len__
_dict_reversed = dict.__reversed__
_dict_get = dict.__getitem__
_dict_set = dict.__setitem__


def checked_iter(container, keys, length, what):
    """Iterate ``keys`` (a snapshot in 2.7's order) failing as 2.7's iterators do when
    ``container`` changes size meanwhile."""
    n = length(container)
    for k in keys:
        if length(container) != n:
            raise RuntimeError(what + " changed size during iteration")
        yield k
    if length(container) != n:
        raise RuntimeError(what + " changed size during iteration")


def iter_dict(d):
    """A for loop over a host dict: 2.7's order of its insertions."""
    return checked_iter(d, replay_order(d), _dict_len, "dictionary")


def replay_order(d) -> list:
    """A host dict's keys in the order 2.7 would give them had it inserted them in the
    host's (insertion) order: exact for dicts only ever added to."""
    if type(d) is Dict27:
        return d._order()
    t = Slots()
    t.add_all(_dict_iter(d), hash27)
    return t.order()


def order_of(obj) -> list:
    """The 2.7 iteration order of a dict or set (host or guest)."""
    if type(obj) is Set27 or type(obj) is Frozen27:
        return obj._table(True).order()
    if isinstance(obj, dict):
        if type(obj) is Dict27:
            return obj._order()
        return replay_order(obj) if type(obj) is dict else list(obj)
    return list(obj)


def _merge_table(t: Slots, keys: list, present=None):
    """PyDict_Merge / set_merge: presize once, then insert without resize checks."""
    if not keys:
        return []
    if (t.fill + len(keys)) * 3 >= (t.mask + 1) * 2:
        t.resize((t.used + len(keys)) * 2)
    where = t.where
    new = []
    for k in keys:
        if k not in where:
            t.put(k, hash27(k))
            new.append(k)
    return new


# -- dict ------------------------------------------------------------------------------------


class Dict27(dict):
    __slots__ = ("_s",)

    def _sync(self) -> Slots:
        try:
            t = self._s
        except AttributeError:
            t = self._s = Slots()
        n = _dict_len(self)
        if t.used != n:
            if t.used + 1 == n:  # the usual case: one key stored since
                for k in _dict_reversed(self):
                    if k not in t.where:
                        t.add(k, hash27(k))
                    break
            elif t.used < n:
                # the keys added since: the host order's last ones (read from the end, so
                # that a dict changed one key at a time costs one step, not its length)
                t.add_all(reversed(list(islice(_dict_reversed(self), n - t.used))), hash27)
            if t.used != n:
                # changed behind the table's back (host code deleting with dict's own
                # methods): start again from the host order
                t = self._s = Slots()
                t.add_all(_dict_iter(self), hash27)
        return t

    def _order(self) -> list:
        t = self._sync()
        if not dict.keys(self) >= t.where.keys():  # O(n) in C, as order() is O(n)
            del self._s
            t = self._sync()
        return t.order()

    def __iter__(self):
        return checked_iter(self, self._order(), _dict_len, "dictionary")

    def keys(self):
        return self._order()

    def values(self):
        return [_dict_get(self, k) for k in self._order()]

    def items(self):
        return [(k, _dict_get(self, k)) for k in self._order()]

    def __delitem__(self, key):
        t = self._sync()
        dict.__delitem__(self, key)
        t.remove(key)

    def pop(self, key, *default):
        if len(default) > 1:  # (PyArg_UnpackTuple's count, before the key is looked up)
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(default)))
        if key in self:
            t = self._sync()
            value = dict.pop(self, key)
            t.remove(key)
            return value
        return dict.pop(self, key, *default)

    def popitem(self):
        if not _dict_len(self):
            raise KeyError("popitem(): dictionary is empty")
        key = self._sync().pop_slot()
        return key, dict.pop(self, key)

    def clear(self):
        dict.clear(self)
        self._s = Slots()

    def _merge(self, other, override=True):
        """PyDict_Merge with a dict; else its keys() one by one (PyDict_SetItem)."""
        t = self._sync()
        if isinstance(other, dict):
            keys = order_of(other)
            if not keys or other is self:
                return
            get = other.__getitem__ if type(other) is not dict and type(other) is not Dict27 else (
                lambda k, _o=other: _dict_get(_o, k))
            if (t.fill + len(keys)) * 3 >= (t.mask + 1) * 2:
                t.resize((t.used + len(keys)) * 2)
            where = t.where
            for k in keys:
                if k in where:
                    if override:
                        _dict_set(self, k, get(k))
                    continue
                _dict_set(self, k, get(k))
                t.put(k, hash27(k))
            return
        for k in other.keys():
            self[k] = other[k]

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("update expected at most 1 arguments, got %d" % len(args))
        if args:
            other = args[0]
            if isinstance(other, dict):
                self._merge(other)
            else:
                # one key at a time (a mapping's keys(), or pairs), as the host does it:
                # the keys new to the table are replayed in that order
                self._sync()
                dict.update(self, other)
        if kwargs:
            self._merge(kwargs)

    def copy(self):
        new = Dict27()
        new._s = Slots()
        new._merge(self)
        return new

    def __copy__(self):
        return self.copy()

    def __reduce_ex__(self, protocol):
        # pickled as a plain dict (pickle finds classes by name); its items in 2.7's order
        return (dict, (), None, None, iter(self.items()))

    def __deepcopy__(self, memo):
        from copy import deepcopy

        new = Dict27()
        memo[id(self)] = new
        for k in self._order():
            new[deepcopy(k, memo)] = deepcopy(_dict_get(self, k), memo)
        return new

    @classmethod
    def fromkeys(cls, seq, value=None):
        d = cls()
        if type(d) is Dict27 and not d:
            t = d._sync()
            if type(seq) in (dict, Dict27) or isinstance(seq, (set, frozenset)) and type(seq) in _SET_TYPES:
                keys = order_of(seq)
                if isinstance(seq, dict):
                    # 2.7 presizes with Py_SIZE(seq), which for a dict reads ma_fill
                    size = seq._sync().fill if type(seq) is Dict27 else len(keys)
                else:
                    size = len(keys)
                t.resize(size)
                for k in keys:
                    _dict_set(d, k, value)
                    t.put(k, hash27(k))
                return d
        for k in seq:
            d[k] = value
        return d


def new_dict(*args, **kwargs):
    """2.7's ``dict(...)``."""
    d = Dict27()
    if args or kwargs:
        d.update(*args, **kwargs)
    return d


def presized_dict(n: int):
    """``BUILD_MAP n``: 2.7's ``_PyDict_NewPresized`` grows the table first when n > 5."""
    d = Dict27()
    if n > 5:
        d._s = Slots(n)
    return d


# -- set / frozenset --------------------------------------------------------------------------


def _table_from(iterable) -> Slots:
    """set_update_internal into an empty table."""
    t = Slots()
    _update_table(t, iterable)
    return t


def _update_table(t: Slots, other) -> list:
    """Keys added to ``t`` by 2.7's set.update(other), in order."""
    if isinstance(other, (set, frozenset, dict)):
        return _merge_table(t, order_of(other))
    return t.add_all(other, hash27)


def _wrap(frozen: bool, t: Slots):
    if frozen:
        obj = frozenset.__new__(Frozen27, t.where)
    else:
        obj = set.__new__(Set27)
        set.update(obj, t.where)
    obj._s = t
    return obj


def _is_set(x):
    return isinstance(x, (set, frozenset))


def _table(x) -> Slots:
    t = getattr(x, "_s", None)
    return t if t is not None else _table_from(list(x))


def _discard_all(t: Slots, keys):
    where = t.where
    gone = []
    for k in keys:
        if k in where:
            t.remove(k)
            gone.append(k)
    if (t.fill - t.used) * 5 >= t.mask:
        # set_difference_update_internal: more than a fifth dummies, rebuild
        t.resize(t.used * 2 if t.used > 50000 else t.used * 4)
    return gone


class _SetOps:
    """The algebra both kinds share; results take the left operand's kind."""

    __slots__ = ()

    def _table(self, whole=False) -> Slots:
        """The table, brought back in line if host code changed the set with ``set``'s
        own methods (``set.add(s, x)``): kept keys stay where they are, new ones follow
        in host order. ``whole``: compare the members too (an O(n) step in C, taken
        only where the whole order is read anyway)."""
        t = getattr(self, "_s", None)
        if t is None or t.used != self._host_len() or (whole and not self.issuperset(t.where)):
            old = t.order() if t is not None else []
            t = Slots()
            for k in old:
                if k in self:
                    t.add(k, hash27(k))
            for k in self._host_iter():
                if k not in t.where:
                    t.add(k, hash27(k))
            self._s = t
        return t

    def __iter__(self):
        return checked_iter(self, self._table(True).order(), self._host_len_of, "Set")

    def copy(self):
        return _wrap(self._frozen, _table_from(self))

    def __copy__(self):
        return self.copy()

    def __reduce_ex__(self, protocol):
        return (frozenset if self._frozen else set, (self._table().order(),), None)

    def _union(self, others):
        t = _table_from(self)
        for o in others:
            if o is not self:
                _update_table(t, o)
        return _wrap(self._frozen, t)

    def union(self, *others):
        return self._union(others)

    def __or__(self, other):
        if not _is_set(other):
            return NotImplemented
        return self._union((other,))

    def __ror__(self, other):
        if not _is_set(other):
            return NotImplemented
        return _as27(other)._union((self,))

    def _intersection(self, other):
        if other is self:
            return self.copy()
        t = Slots()
        if _is_set(other):
            big, small = (other, self) if len(other) > len(self) else (self, other)
            for k in order_of(small):
                if k in big:
                    t.add(k, hash27(k))
        else:
            where = t.where
            for k in other:
                if k in self and k not in where:
                    t.add(k, hash27(k))
        return _wrap(self._frozen, t)

    def intersection(self, *others):
        if not others:
            return self.copy()
        result = self
        for o in others:
            result = result._intersection(o)
        return result

    def __and__(self, other):
        if not _is_set(other):
            return NotImplemented
        return self._intersection(other)

    def __rand__(self, other):
        if not _is_set(other):
            return NotImplemented
        return _as27(other)._intersection(self)

    def _difference(self, other):
        if not _is_set(other) and type(other) not in (dict, Dict27):
            t = _table_from(self)
            _discard_all(t, other)
            return _wrap(self._frozen, t)
        t = Slots()
        for k in self._table().order():
            if k not in other:
                t.add(k, hash27(k))
        return _wrap(self._frozen, t)

    def difference(self, *others):
        if not others:
            return self.copy()
        result = self._difference(others[0])
        if len(others) > 1:
            t = result._s
            for o in others[1:]:
                _discard_all(t, list(o))
            result = _wrap(self._frozen, t)
        return result

    def __sub__(self, other):
        if not _is_set(other):
            return NotImplemented
        return self._difference(other)

    def __rsub__(self, other):
        if not _is_set(other):
            return NotImplemented
        return _as27(other)._difference(self)

    def _symmetric(self, other):
        t = _table_from(other)
        for k in self._table().order():
            if k in t.where:
                t.remove(k)
            else:
                t.add(k, hash27(k))
        return _wrap(self._frozen, t)

    def symmetric_difference(self, other):
        return self._symmetric(other)

    def __xor__(self, other):
        if not _is_set(other):
            return NotImplemented
        return self._symmetric(other)

    def __rxor__(self, other):
        if not _is_set(other):
            return NotImplemented
        return _as27(other)._symmetric(self)


class Set27(_SetOps, set):
    __slots__ = ("_s",)
    _frozen = False
    _host_len = set.__len__
    _host_iter = set.__iter__
    _host_len_of = staticmethod(set.__len__)

    def __init__(self, iterable=()):
        t = _table_from(iterable)
        set.clear(self)
        set.update(self, t.where)
        self._s = t

    def add(self, key):
        t = self._table()
        if key not in t.where:
            t.add(key, hash27(key))
            set.add(self, key)

    def discard(self, key):
        if key in self:
            t = self._table()
            set.discard(self, key)
            t.remove(key)

    def remove(self, key):
        if key not in self:
            raise KeyError(key)
        t = self._table()
        set.discard(self, key)
        t.remove(key)

    def pop(self):
        if not set.__len__(self):
            raise KeyError("pop from an empty set")
        key = self._table().pop_slot()
        set.discard(self, key)
        return key

    def clear(self):
        set.clear(self)
        self._s = Slots()

    def update(self, *others):
        for o in others:
            set.update(self, _update_table(self._table(), o))

    def __ior__(self, other):
        if not _is_set(other):
            return NotImplemented
        self.update(other)
        return self

    def _take(self, result):
        set.clear(self)
        set.update(self, result._s.where)
        self._s = result._s

    def intersection_update(self, *others):
        self._take(self.intersection(*others))

    def __iand__(self, other):
        if not _is_set(other):
            return NotImplemented
        self._take(self._intersection(other))
        return self

    def difference_update(self, *others):
        for o in others:
            if o is self:
                self.clear()
                continue
            gone = _discard_all(self._table(), list(o))
            set.difference_update(self, gone)

    def __isub__(self, other):
        if not _is_set(other):
            return NotImplemented
        self.difference_update(other)
        return self

    def symmetric_difference_update(self, other):
        t = self._table()
        source = order_of(other) if _is_set(other) else _table_from(other).order()
        for k in source:
            if k in t.where:
                t.remove(k)
                set.discard(self, k)
            else:
                t.add(k, hash27(k))
                set.add(self, k)

    def __ixor__(self, other):
        if not _is_set(other):
            return NotImplemented
        self.symmetric_difference_update(other)
        return self

    __hash__ = None


class Frozen27(_SetOps, frozenset):
    __slots__ = ("_s",)
    _frozen = True
    _host_len = frozenset.__len__
    _host_iter = frozenset.__iter__
    _host_len_of = staticmethod(frozenset.__len__)

    def __new__(cls, iterable=()):
        if type(iterable) is Frozen27 and cls is Frozen27:
            return iterable
        t = _table_from(iterable)
        obj = frozenset.__new__(cls, t.where)
        obj._s = t
        return obj

    def __hash__(self):
        return frozenset.__hash__(self)


_SET_TYPES = (set, frozenset, Set27, Frozen27)


def _as27(s):
    if type(s) in (Set27, Frozen27):
        return s
    return Frozen27(s) if isinstance(s, frozenset) else Set27(s)


def build_set(items):
    """``BUILD_SET``: 2.7 adds the items in source order."""
    s = set.__new__(Set27)
    t = s._s = Slots()
    t.add_all(items, hash27)
    set.update(s, t.where)
    return s


for _cls, _name in ((Dict27, "dict"), (Set27, "set"), (Frozen27, "frozenset")):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = "builtins"

GUEST_TYPE = {Dict27: dict, Set27: set, Frozen27: frozenset}
GUEST_TYPES.update(GUEST_TYPE)  # (their class methods' arity words: messages.arity_words)
