"""CPython's list sort (timsort), in Python, as each guest version runs it.

The order of a sort's ``<`` calls is observable (a guest ``__lt__`` may print or
count), and it changed between versions:

=====================  ========================================================
variant                what sets it apart (which versions have it: each
                       version's opcode set, ``opset.sort.variant``)
=====================  ========================================================
``"plain"``            every comparison is ``PyObject_RichCompareBool(v, w,
                       Py_LT)`` (2.7, 3.6; 2.7 passes its ``cmp=`` function
                       as the caller's ``lt``).
``"presort"``          the pre-sort check (bpo-28685): when every key has the
                       same type, its ``tp_richcompare`` is called directly and,
                       when that says NotImplemented, the full comparison runs
                       after it (so a guest ``__lt__`` returning NotImplemented
                       is called twice); for tuples, the first items get that
                       treatment (3.7-3.10).
``"powersort"``        powersort's merge policy (bpo-34561) replaces the
                       ``merge_collapse`` stack invariants (3.11-3.12).
``"powersort-runs"``   ``count_run`` also takes non-strictly descending runs
                       (equal elements inside a descending run are reversed in
                       place, gh-116554) (3.13).
=====================  ========================================================

The rest (minrun, binary insertion, galloping merges with ``min_gallop``
adaptation, ``reverse=`` by reversing before and after, the list looking empty
during the sort and "list modified during sort", the permutation left by a
comparison that raises) is common to all and ported as in Objects/listobject.c.

The guest's ``sorted`` and ``list.sort`` use this only where the guest's variant is
not the host's (``host_variant()``), and even then hand lists whose comparisons
cannot be observed (numbers, str, bytes, tuples of those) to the host's sort.
"""

from __future__ import annotations

import types

MIN_GALLOP = 7

# variant: (powersort merge policy, 3.13's count_run, the 3.7+ pre-sort check)
VARIANTS = {
    "plain": (False, False, False),
    "presort": (False, False, True),
    "powersort": (True, False, True),
    "powersort-runs": (True, True, True),
}

_host: list = []


def host_variant() -> str | None:
    """The host's own sort: its version's opcode set says it (None: a host pyctk does
    not know as a guest version)."""
    if not _host:
        from pyctk.errors import UnsupportedVersionError
        from pyctk.versions import opset_for
        from pyctk.versions.host import HOST

        try:
            _host.append(opset_for(HOST).sort.variant)
        except UnsupportedVersionError:
            _host.append(None)
    return _host[0]


def _plain_lt(v, w):
    return v < w


class _MergeState:
    """listobject.c's MergeState over the list ``a``; ``lt(x, y)`` is ISLT."""

    __slots__ = ("a", "lt", "min_gallop", "pending", "listlen")

    def __init__(self, a, lt):
        self.a = a
        self.lt = lt
        self.min_gallop = MIN_GALLOP
        self.pending = []  # [base, len, power] per run
        self.listlen = len(a)

    # -- runs -------------------------------------------------------------------------

    def reverse(self, lo, hi):
        a = self.a
        a[lo:hi] = a[lo:hi][::-1]

    def binarysort(self, lo, n, ok):
        """a[lo:lo+n] sorted by stable binary insertion; a[lo:lo+ok] is sorted already."""
        a = self.a
        lt = self.lt
        if not ok:
            ok = 1
        for start in range(ok, n):
            left = 0
            right = start
            pivot = a[lo + start]
            while True:
                m = (left + right) >> 1
                if lt(pivot, a[lo + m]):
                    right = m
                else:
                    left = m + 1
                if left >= right:
                    break
            a[lo + left + 1:lo + start + 1] = a[lo + left:lo + start]
            a[lo + left] = pivot

    def count_run(self, lo, nremaining):
        """Up to 3.12: the ascending (<=) or strictly descending run at lo, made ascending."""
        a = self.a
        lt = self.lt
        if nremaining == 1:
            return 1
        n = 2
        if lt(a[lo + 1], a[lo]):
            while n < nremaining and lt(a[lo + n], a[lo + n - 1]):
                n += 1
            self.reverse(lo, lo + n)
        else:
            while n < nremaining and not lt(a[lo + n], a[lo + n - 1]):
                n += 1
        return n

    def count_run_313(self, lo, nremaining):
        """3.13: an ascending run, or a descending one that may hold equal elements
        (each all-equal stretch is reversed on the fly, so the final reversal keeps
        it stable), possibly extended by an ascending suffix."""
        a = self.a
        lt = self.lt
        n = 1
        while n < nremaining:
            if lt(a[lo + n], a[lo + n - 1]):
                break
            n += 1
        if n == nremaining:
            return n
        if n > 1:
            if lt(a[lo], a[lo + n - 1]):
                return n
            self.reverse(lo, lo + n)
        n += 1
        neq = 0
        while n < nremaining:
            if lt(a[lo + n], a[lo + n - 1]):
                if neq:
                    neq += 1
                    self.reverse(lo + n - neq, lo + n)
                    neq = 0
            elif lt(a[lo + n - 1], a[lo + n]):
                break
            else:
                neq += 1
            n += 1
        if neq:
            neq += 1
            self.reverse(lo + n - neq, lo + n)
        self.reverse(lo, lo + n)
        while n < nremaining:
            if lt(a[lo + n], a[lo + n - 1]):
                break
            n += 1
        return n

    # -- galloping ------------------------------------------------------------------

    def gallop_left(self, key, a, base, n, hint):
        """k in 0..n with a[k-1] < key <= a[k] in the sorted a[base:base+n]."""
        lt = self.lt
        return _gallop(lambda x: lt(x, key), a, base, n, hint)

    def gallop_right(self, key, a, base, n, hint):
        """k in 0..n with a[k-1] <= key < a[k] in the sorted a[base:base+n]."""
        lt = self.lt
        return _gallop(lambda x: not lt(key, x), a, base, n, hint)

    # -- merging --------------------------------------------------------------------

    def merge_lo(self, ssa, na, ssb, nb):
        """Merge a[ssa:ssa+na] and a[ssb:ssb+nb] (na <= nb) through a copy of the first."""
        a = self.a
        lt = self.lt
        tmp = a[ssa:ssa + na]
        pa = 0
        dest = ssa
        pb = ssb
        a[dest] = a[pb]
        dest += 1
        pb += 1
        nb -= 1
        copy_b = False
        try:
            if nb == 0:
                return
            if na == 1:
                copy_b = True
                return
            min_gallop = self.min_gallop
            while True:
                acount = 0
                bcount = 0
                while True:
                    if lt(a[pb], tmp[pa]):
                        a[dest] = a[pb]
                        dest += 1
                        pb += 1
                        bcount += 1
                        acount = 0
                        nb -= 1
                        if nb == 0:
                            return
                        if bcount >= min_gallop:
                            break
                    else:
                        a[dest] = tmp[pa]
                        dest += 1
                        pa += 1
                        acount += 1
                        bcount = 0
                        na -= 1
                        if na == 1:
                            copy_b = True
                            return
                        if acount >= min_gallop:
                            break
                min_gallop += 1
                while True:
                    min_gallop -= min_gallop > 1
                    self.min_gallop = min_gallop
                    k = self.gallop_right(a[pb], tmp, pa, na, 0)
                    acount = k
                    if k:
                        a[dest:dest + k] = tmp[pa:pa + k]
                        dest += k
                        pa += k
                        na -= k
                        if na == 1:
                            copy_b = True
                            return
                        if na == 0:
                            return
                    a[dest] = a[pb]
                    dest += 1
                    pb += 1
                    nb -= 1
                    if nb == 0:
                        return
                    k = self.gallop_left(tmp[pa], a, pb, nb, 0)
                    bcount = k
                    if k:
                        a[dest:dest + k] = a[pb:pb + k]
                        dest += k
                        pb += k
                        nb -= k
                        if nb == 0:
                            return
                    a[dest] = tmp[pa]
                    dest += 1
                    pa += 1
                    na -= 1
                    if na == 1:
                        copy_b = True
                        return
                    if acount < MIN_GALLOP and bcount < MIN_GALLOP:
                        break
                min_gallop += 1  # penalize it for leaving galloping mode
                self.min_gallop = min_gallop
        finally:
            if copy_b:  # the last element of A belongs at the end of the merge
                a[dest:dest + nb] = a[pb:pb + nb]
                a[dest + nb] = tmp[pa]
            elif na:  # done, or a comparison raised: what is left of A goes back
                a[dest:dest + na] = tmp[pa:pa + na]

    def merge_hi(self, ssa, na, ssb, nb):
        """Merge a[ssa:ssa+na] and a[ssb:ssb+nb] (na >= nb) from the right, through a
        copy of the second."""
        a = self.a
        lt = self.lt
        tmp = a[ssb:ssb + nb]
        dest = ssb + nb - 1
        basea = ssa
        pb = nb - 1
        pa = ssa + na - 1
        a[dest] = a[pa]
        dest -= 1
        pa -= 1
        na -= 1
        copy_a = False
        try:
            if na == 0:
                return
            if nb == 1:
                copy_a = True
                return
            min_gallop = self.min_gallop
            while True:
                acount = 0
                bcount = 0
                while True:
                    if lt(tmp[pb], a[pa]):
                        a[dest] = a[pa]
                        dest -= 1
                        pa -= 1
                        acount += 1
                        bcount = 0
                        na -= 1
                        if na == 0:
                            return
                        if acount >= min_gallop:
                            break
                    else:
                        a[dest] = tmp[pb]
                        dest -= 1
                        pb -= 1
                        bcount += 1
                        acount = 0
                        nb -= 1
                        if nb == 1:
                            copy_a = True
                            return
                        if bcount >= min_gallop:
                            break
                min_gallop += 1
                while True:
                    min_gallop -= min_gallop > 1
                    self.min_gallop = min_gallop
                    k = na - self.gallop_right(tmp[pb], a, basea, na, na - 1)
                    acount = k
                    if k:
                        dest -= k
                        pa -= k
                        a[dest + 1:dest + 1 + k] = a[pa + 1:pa + 1 + k]
                        na -= k
                        if na == 0:
                            return
                    a[dest] = tmp[pb]
                    dest -= 1
                    pb -= 1
                    nb -= 1
                    if nb == 1:
                        copy_a = True
                        return
                    k = nb - self.gallop_left(a[pa], tmp, 0, nb, nb - 1)
                    bcount = k
                    if k:
                        dest -= k
                        pb -= k
                        a[dest + 1:dest + 1 + k] = tmp[pb + 1:pb + 1 + k]
                        nb -= k
                        if nb == 1:
                            copy_a = True
                            return
                        if nb == 0:
                            return
                    a[dest] = a[pa]
                    dest -= 1
                    pa -= 1
                    na -= 1
                    if na == 0:
                        return
                    if acount < MIN_GALLOP and bcount < MIN_GALLOP:
                        break
                min_gallop += 1
                self.min_gallop = min_gallop
        finally:
            if copy_a:  # the first element of B belongs at the front of the merge
                dest -= na
                pa -= na
                a[dest + 1:dest + 1 + na] = a[pa + 1:pa + 1 + na]
                a[dest] = tmp[pb]
            elif nb:
                a[dest - (nb - 1):dest + 1] = tmp[0:nb]

    def merge_at(self, i):
        """Merge the runs at stack indices i and i+1."""
        a = self.a
        p = self.pending
        ssa, na = p[i][0], p[i][1]
        ssb, nb = p[i + 1][0], p[i + 1][1]
        p[i][1] = na + nb
        del p[i + 1]
        k = self.gallop_right(a[ssb], a, ssa, na, 0)
        ssa += k
        na -= k
        if na == 0:
            return
        nb = self.gallop_left(a[ssa + na - 1], a, ssb, nb, nb - 1)
        if nb <= 0:
            return
        if na <= nb:
            self.merge_lo(ssa, na, ssb, nb)
        else:
            self.merge_hi(ssa, na, ssb, nb)

    def merge_collapse(self):
        """Up to 3.10: merge until len[-3] > len[-2] + len[-1] and len[-2] > len[-1]
        (with the bpo-23515 check one level deeper)."""
        p = self.pending
        while len(p) > 1:
            n = len(p) - 2
            if (n > 0 and p[n - 1][1] <= p[n][1] + p[n + 1][1]) or (n > 1 and p[n - 2][1] <= p[n - 1][1] + p[n][1]):
                if p[n - 1][1] < p[n + 1][1]:
                    n -= 1
                self.merge_at(n)
            elif p[n][1] <= p[n + 1][1]:
                self.merge_at(n)
            else:
                break

    def found_new_run(self, n2):
        """3.11+: powersort. Merge the pending runs deeper than the new boundary."""
        p = self.pending
        if p:
            s1, n1 = p[-1][0], p[-1][1]
            power = _powerloop(s1, n1, n2, self.listlen)
            while len(p) > 1 and p[-2][2] > power:
                self.merge_at(len(p) - 2)
            p[-1][2] = power

    def merge_force_collapse(self):
        p = self.pending
        while len(p) > 1:
            n = len(p) - 2
            if n > 0 and p[n - 1][1] < p[n + 1][1]:
                n -= 1
            self.merge_at(n)


def _powerloop(s1, n1, n2, n):
    result = 0
    a = 2 * s1 + n1
    b = a + n1 + n2
    while True:
        result += 1
        if a >= n:
            a -= n
            b -= n
        elif b >= n:
            break
        a <<= 1
        b <<= 1
    return result


def merge_compute_minrun(n):
    r = 0
    while n >= 64:
        r |= n & 1
        n >>= 1
    return n + r


def timsort(a, lt, variant):
    """Sort the list ``a`` in place as ``variant``'s listsort does, ``lt(x, y)`` being
    its ISLT. An exception from ``lt`` propagates, ``a`` left in some permutation of
    its items: the one CPython leaves."""
    powersort, run_313, _ = VARIANTS[variant]
    nremaining = len(a)
    if nremaining < 2:
        return
    ms = _MergeState(a, lt)
    count_run = ms.count_run_313 if run_313 else ms.count_run
    minrun = merge_compute_minrun(nremaining)
    lo = 0
    pending = ms.pending
    while nremaining:
        n = count_run(lo, nremaining)
        if n < minrun:
            force = nremaining if nremaining <= minrun else minrun
            ms.binarysort(lo, force, n)
            n = force
        if powersort:
            ms.found_new_run(n)
            pending.append([lo, n, 0])
        else:
            pending.append([lo, n, 0])
            ms.merge_collapse()
        lo += n
        nremaining -= n
    ms.merge_force_collapse()


# -- the comparison: the 3.7+ pre-sort check ---------------------------------------------------


def _unsafe_object_lt(key_type):
    """unsafe_object_compare: the type's own ``__lt__`` first; after NotImplemented (or
    for an object whose type changed), the full comparison."""

    def lt(v, w):
        if type(v) is not key_type:
            return v < w
        r = key_type.__lt__(v, w)
        if r is NotImplemented:
            return v < w
        return r

    return lt


def _unsafe_tuple_lt(elem_lt):
    """unsafe_tuple_compare: the first differing items decide, the first ones by
    ``elem_lt``."""

    def lt(v, w):
        vlen = len(v)
        wlen = len(w)
        i = 0
        while i < vlen and i < wlen:
            x = v[i]
            y = w[i]
            if not (x is y or x == y):
                break
            i += 1
        if i >= vlen or i >= wlen:
            return vlen < wlen
        if i == 0:
            return elem_lt(v[0], w[0])
        return v[i] < w[i]

    return lt


# Types whose rich comparison is the host's and never observable: comparing them
# directly gives what the specialised compares (unsafe_long_compare, ...) give.
_NATIVE = frozenset({int, float, str, bytes, bool, complex, type(None)})


def presort_lt(keys):
    """The ISLT that 3.7+'s pre-sort check picks for these keys."""
    if len(keys) < 2:
        return _plain_lt
    k0 = keys[0]
    in_tuples = type(k0) is tuple and len(k0) > 0
    key_type = type(k0[0]) if in_tuples else type(k0)
    same_type = True
    for k in keys:
        if in_tuples and not (type(k) is tuple and len(k) != 0):
            in_tuples = False
            same_type = False
            break
        if type(k[0] if in_tuples else k) is not key_type:
            same_type = False
            if not in_tuples:
                break
    if same_type and key_type not in _NATIVE:
        compare = _unsafe_object_lt(key_type)
    else:
        compare = None  # safe_object_compare, or a compare the host's `<` equals
    if in_tuples:
        if compare is None or key_type is tuple:
            return _plain_lt  # tuple's own comparison does the same calls
        return _unsafe_tuple_lt(compare)
    return compare or _plain_lt


# -- lists whose sorting is not observable -------------------------------------------------


def _nan_free(keys):
    for k in keys:
        if k != k:
            return False
    return True


_NUMBER_TYPES = frozenset({int, bool, float})


def unobservable(keys, number_types=_NUMBER_TYPES, text_types=(str, bytes)):
    """True when any correct stable sort of ``keys`` gives the same result and runs no
    guest code: all numbers (no NaN), or all of one text type, or tuples of those
    with items of one kind at each position."""
    types_ = set(map(type, keys))
    if types_ <= number_types:
        return float not in types_ or _nan_free(keys)
    if len(types_) == 1:
        tp = next(iter(types_))
        if tp in text_types:
            return True
        if tp is tuple:
            return _plain_tuples(keys, number_types, text_types)
    return False


def _plain_tuples(keys, number_types, text_types):
    kinds = []
    for k in keys:
        for i, x in enumerate(k):
            tp = type(x)
            if tp in number_types:
                if x != x:
                    return False
                kind = 0
            elif tp in text_types:
                kind = tp
            else:
                return False
            if i < len(kinds):
                if kinds[i] != kind:
                    return False
            else:
                kinds.append(kind)
    return True


# -- list.sort and sorted ---------------------------------------------------------------------

_list_len = list.__len__
_list_setitem = list.__setitem__
_list_clear = list.clear
_ALL = slice(None)


def sort_list(lst, key=None, reverse=False, variant="powersort-runs", lt=None, plain=unobservable):
    """``lst.sort(key=key, reverse=reverse)`` as CPython ``variant`` runs it.

    ``lt(x, y)`` compares two keys (default: ``x < y``, with 3.7+'s pre-sort check);
    2.7 passes its own (a ``cmp=`` function, or its comparison of unlike types).
    ``plain(keys)`` says when the host's sort may do it instead (None: never)."""
    items = list.copy(lst)  # (not a subclass's __iter__)
    n = len(items)
    _list_clear(lst)  # the list looks empty while it is sorted
    try:
        keys = items if key is None else [key(x) for x in items]
    except BaseException:
        _list_setitem(lst, _ALL, items)
        raise
    result = items
    try:
        if n > 1 and plain is not None and plain(keys):
            if key is None:
                items.sort(reverse=reverse)
            else:
                order = sorted(range(n), key=keys.__getitem__, reverse=reverse)
                result = [items[i] for i in order]
        else:
            if lt is None:
                lt = presort_lt(keys) if VARIANTS[variant][2] else _plain_lt
            if key is None:
                a = items
                compare = lt
            else:  # sort indices: keys and values move in lockstep
                a = list(range(n))

                def compare(i, j):
                    return lt(keys[i], keys[j])

                result = a  # mapped to items below
            if reverse:
                a.reverse()
            try:
                timsort(a, compare, variant)
            finally:
                if reverse:
                    a.reverse()
                if key is not None:
                    result = [items[i] for i in a]
        if _list_len(lst):
            raise ValueError("list modified during sort")
    finally:
        _list_setitem(lst, _ALL, result)
    return None


_BuiltinMethod = types.BuiltinMethodType
_KNOWN_KEYWORDS = frozenset({"key", "reverse"})


def _check_sort_args(args, kwargs):
    """Let the host's list.sort reject what it rejects (with its own message)."""
    if args or not _KNOWN_KEYWORDS.issuperset(kwargs) or type(kwargs.get("reverse", False)) is not bool:
        [].sort(*args, **kwargs)


class GuestListSort:
    """``lst.sort`` bound, for a guest whose sort is not the host's."""

    __slots__ = ("__self__", "_variant")
    __name__ = "sort"
    __qualname__ = "list.sort"

    def __init__(self, lst, variant):
        self.__self__ = lst
        self._variant = variant

    def __call__(self, *args, **kwargs):
        if args or kwargs:
            _check_sort_args(args, kwargs)
        sort_list(self.__self__, kwargs.get("key"), kwargs.get("reverse", False), self._variant)
        return None

    def __repr__(self):
        return f"<built-in method sort of {type(self.__self__).__name__} object at {id(self.__self__):#x}>"

    def __eq__(self, other):
        return type(other) is GuestListSort and other.__self__ is self.__self__

    def __hash__(self):
        return hash((GuestListSort, id(self.__self__)))


def unbound_sort(variant):
    """``list.sort`` looked up on the type."""

    def sort(self, *args, **kwargs):
        if not isinstance(self, list):
            return list.sort(self, *args, **kwargs)  # the host's TypeError
        return GuestListSort(self, variant)(*args, **kwargs)

    sort.__qualname__ = "list.sort"
    return sort


def guest_sorted(variant):
    """The ``sorted`` builtin of a guest whose sort is not the host's."""
    host_sorted = sorted

    def sorted_(*args, **kwargs):
        if len(args) != 1:
            return host_sorted(*args, **kwargs)  # the host's TypeError
        result = list(args[0])
        if kwargs:
            _check_sort_args((), kwargs)
        sort_list(result, kwargs.get("key"), kwargs.get("reverse", False), variant)
        return result

    sorted_.__name__ = sorted_.__qualname__ = "sorted"
    sorted_.__doc__ = host_sorted.__doc__
    return sorted_


def guest_sort_value(value, variant):
    """``value`` as the guest must see it: the host's list.sort (bound or not) becomes
    the guest's; anything else is returned as is."""
    if type(value) is _BuiltinMethod:
        if value.__name__ == "sort" and isinstance(value.__self__, list):
            return GuestListSort(value.__self__, variant)
    elif value is _LIST_SORT:
        return _unbound_sorts.setdefault(variant, unbound_sort(variant))
    return value


_LIST_SORT = list.__dict__["sort"]
_unbound_sorts: dict = {}


def needs_guest_sort(variant) -> bool:
    return variant is not None and variant != host_variant()


# -- the hook: attribute loads of ``sort`` for guests whose sort is not the host's ----------

_hooks: dict = {}


def sort_hook(opset):
    """None when ``opset``'s guest sorts as the host does (or has a list type of its own,
    2.7: runtime/py27/attrs.py); else ``hook(handler, operand)``, asked by
    vm.compile_program once per attribute-loading instruction when its code is decoded,
    which gives the handler of an instruction loading ``sort`` that makes the host's
    list.sort in its result the guest's. No handler table is rewritten: the opcode set is
    the same on every host."""
    try:
        return _hooks[opset]
    except KeyError:
        pass
    model = opset.sort
    hook = None
    if not model.own_list_type and needs_guest_sort(model.variant):
        hook = _hook(model.variant)
    return _hooks.setdefault(opset, hook)


def _hook(variant):
    from pyctk.runtime.ops import names

    # LOAD_SUPER_ATTR (3.12+) reads its key from its operand without an ``attribute_key``.
    super_loads = {names.load_super_attr_312, names.load_super_attr_313}

    def hook(handler, operand):
        key_of = getattr(handler, "attribute_key", None)
        if key_of is not None:
            key = key_of(operand)
        elif handler in super_loads:
            key = operand[0]
        else:
            return handler
        return _loading_guest_sort(handler, variant) if key == "sort" else handler

    return hook


def _loading_guest_sort(handler, variant):
    """``handler`` (an instruction loading an attribute ``sort``) with ``list.sort`` in
    its result made the guest's."""
    from pyctk.runtime.objects import NULL
    from pyctk.runtime.ops import PLAIN

    def load_sort(frame, operand):
        jump = handler(frame, operand)
        s = frame.stack
        i = -2 if s[-1] is NULL else -1  # (attribute, NULL) in 3.13's method form
        s[i] = guest_sort_value(s[i], variant)
        return jump

    load_sort.__name__ = handler.__name__
    load_sort.fusion = PLAIN  # it must run as itself: fuse.py would write ``handler``'s work only
    return load_sort


def _gallop(before, a, base, n, hint):
    """The k in 0..n where ``before`` (true for a prefix of the sorted a[base:base+n])
    turns false, found as listobject.c's gallop_left/gallop_right find it: from ``hint``
    by doubling steps, then by bisection, comparing what CPython compares in its order."""
    lastofs = 0
    ofs = 1
    p = base + hint
    if before(a[p]):
        maxofs = n - hint
        while ofs < maxofs:
            if before(a[p + ofs]):
                lastofs = ofs
                ofs = (ofs << 1) + 1
            else:
                break
        if ofs > maxofs:
            ofs = maxofs
        lastofs += hint
        ofs += hint
    else:
        maxofs = hint + 1
        while ofs < maxofs:
            if before(a[p - ofs]):
                break
            lastofs = ofs
            ofs = (ofs << 1) + 1
        if ofs > maxofs:
            ofs = maxofs
        k = lastofs
        lastofs = hint - ofs
        ofs = hint - k
    lastofs += 1
    while lastofs < ofs:
        m = lastofs + ((ofs - lastofs) >> 1)
        if before(a[base + m]):
            lastofs = m + 1
        else:
            ofs = m
    return ofs
