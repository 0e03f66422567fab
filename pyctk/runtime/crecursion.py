"""The guest's recursion limit inside host code it calls: ``repr``/``print``/``format`` of
deeply nested lists and dicts, ``json.dumps``, ``pickle.dumps``, ``copy.deepcopy``.

Natively these recurse in C (or in the version's pure-Python library) and stop at the
guest's recursion limit with a message naming the place ("while getting the repr of an
object", "while encoding a JSON object", "while pickling an object"). Under pyctk they
run as host code under the host's limit, which the runner raises so that pyctk's own
nesting fits (``runner.HOST_RECURSION_LIMIT``); guest frames live in the VM and do not
count there. So the guest's builtins and its own copies of ``json``, ``pickle`` and
``copy`` run these calls *guarded*: the host's limit is lowered, for the call only, to
the host's current depth plus what the guest has left (its limit minus its depth, or
the version's separate C limit on 3.12+), and a RecursionError coming out of the call is
worded as the guest's version words it at that place (opcode-set facts ``recursion_*``:
message, the version's C limit or None, host levels per native level). That is for the
Python-level recursion (pickle, deepcopy); the C recursion of ``repr`` and the C JSON
encoder (``CHECKED``) is measured instead (nesting.py).

Why the C sites are measured (nesting.py), and what is left:
- On 3.12+ hosts ``sys.setrecursionlimit`` bounds Python frames only: C recursion
  (``repr`` of lists, the C JSON encoder) stops at the host's fixed C limit (1500 levels
  on 3.12, 10000 on 3.13) whatever the guard sets. Measured: deeper than the guest
  allows → the version's error; stopped by the host's C limit where the guest's version
  goes deeper → the text made without recursion.
- The host's limit is per process; lowering it while another thread runs could make
  that thread fail. In a process with threads pickle and deepcopy run unguarded.
- ``str(x)`` (the VM's call of the type, ops/calls.py) and f-strings (the FORMAT
  handlers) are held to the limit only where the operand is a built-in container.
  2.7's ``str(x)`` of a container is its repr (ops/py2ops.py ``_call``). Comparisons
  are held in ``deepcompare.py``. ``'%s' % x`` (BINARY_OP: a guard would cost every
  ``%``) and ``str.format`` are not guarded: they follow the host's limit.
- Guest code called back inside a guarded call (a guest ``__repr__`` in the list) counts
  its host frames as well as its guest depth, so it meets the limit somewhat earlier.
"""

from __future__ import annotations

import _thread
import functools

from pyctk.runtime import nesting
from pyctk.runtime.hosttb import _original_getrecursionlimit as _get_limit
from pyctk.runtime.hosttb import _original_setrecursionlimit as _set_limit
from pyctk.versions.host import JSON_INDENT_IN_C

_MAIN = _thread.get_ident()
_active = False  # a guarded call is running (only ever in a single-threaded process)
_MARK = " at the recursion depth "

# The containers whose repr recurses in C: only their repr and print are guarded (a
# repr of an int or a guest object costs nothing more).
NESTING = frozenset({list, tuple, dict, set, frozenset})

# Sites whose recursion is C code (repr of containers, the C JSON encoder; json with
# indent is C on 3.13 hosts): their nesting is measured (nesting.py).
CHECKED = frozenset({"repr", "json", "json_indent"})


def host_depth() -> int:
    """The calling thread's recursion depth as the host counts it (Python frames, and C
    recursion on hosts to 3.11), read from ``sys.setrecursionlimit``'s refusal."""
    saved = _get_limit()
    try:
        _set_limit(1)
    except RecursionError as e:
        text = str(e)
        at = text.find(_MARK)
        if at >= 0:
            return int(text[at + len(_MARK):].split(":", 1)[0])
        return 0
    _set_limit(saved)
    return 0


def guarded(interp, site, func, *args, **kwargs):
    """``func(*args, **kwargs)`` with the guest's remaining recursion for ``site`` (an
    opcode-set fact ``recursion_<site>``) as the host's limit, its RecursionError worded
    as the guest's. ``site`` "print": the guest's print of built-in containers (the
    fact of "repr")."""
    global _active
    if _active:
        return func(*args, **kwargs)
    vm = interp.running_executor()
    if vm is None:
        return func(*args, **kwargs)
    fact_site = "repr" if site == "print" else site
    opset = vm.frame.opset if vm.frame is not None else interp.opset
    fact = opset.fact("recursion_" + fact_site) if opset is not None else None
    if fact is None:
        return func(*args, **kwargs)
    message, c_limit, scale = fact
    if c_limit is None:
        left = vm.recursion_limit - vm.depth
    else:
        left = c_limit - 4  # what a call from a module's code has already used natively
    single = not _thread._count() and _thread.get_ident() == _MAIN
    if fact_site in CHECKED and not (fact_site == "json_indent" and single and not JSON_INDENT_IN_C):
        # C recursion is measured (nesting.py) rather than bounded by lowering the host's
        # limit: on 3.12+ hosts that does not bound it, while other threads run it cannot
        # be lowered, and reading the host's depth costs microseconds per call (a str()
        # of a small tuple in a loop: 0.49 s -> 0.42 s per 100,000 str+repr, host 3.11).
        return nesting.checked(site, func, args, kwargs, left, message)
    if not single:
        return func(*args, **kwargs)
    if fact_site == "json_indent" and c_limit is not None and nesting.fails_by_depth(args, kwargs, left):
        # The guest's encoder is C (3.13): too deep fails at once, where the host's
        # generators, bounded only by the limit below, would first resume depth**2 times.
        raise RecursionError(message)
    # Python-level recursion (pickle, deepcopy; json with an indent before 3.13 hosts: its
    # generators, which measured afterwards would cost depth**2 resumptions first).
    saved = _get_limit()
    depth = host_depth()
    _set_limit(min(saved, depth + max(int(left * scale), 2)))
    _active = True
    try:
        return func(*args, **kwargs)
    except RecursionError as e:
        if e.args and isinstance(e.args[0], str) and e.args[0].startswith("maximum recursion depth exceeded"):
            e.args = (message,)
        raise
    finally:
        _active = False
        _set_limit(saved)


def guard(interp, site, func):
    """``func`` guarded (see ``guarded``), keeping its name and signature text."""

    @functools.wraps(func)
    def call(*args, **kwargs):
        return guarded(interp, site, func, *args, **kwargs)

    call._pyctk_guarded = func
    return call


def guard_builtins(table: dict, interp) -> dict:
    """The guest's ``repr``, ``ascii`` and ``format`` guarded when given a built-in
    container (anything else goes straight to the host's function); its ``print`` is
    guarded where world.py makes it (``make_print``)."""
    for name, nested in (("repr", _first), ("ascii", _first), ("format", _first)):
        func = table.get(name)
        if func is None or getattr(func, "_pyctk_guarded", None) is not None:
            continue
        table[name] = _guard_when(interp, func, nested)
    return table


def _first(args):
    return bool(args) and type(args[0]) in NESTING


def _guard_when(interp, func, nested):
    @functools.wraps(func)
    def call(*args, **kwargs):
        if nested(args):
            return guarded(interp, "repr", func, *args, **kwargs)
        return func(*args, **kwargs)

    call._pyctk_guarded = func
    return call


def adapt_module(module, interp, opset) -> None:
    """Guard the guest's own copy of ``json``, ``pickle`` or ``copy`` (world.py)."""
    name = module.__name__
    if name == "json":
        for attr in ("dumps", "dump"):
            func = getattr(module, attr, None)
            if func is not None:
                setattr(module, attr, _json_guard(interp, func))
    elif name == "pickle":
        for cls_name in ("_Pickler", "Pickler"):
            cls = getattr(module, cls_name, None)
            dump = getattr(cls, "dump", None) if isinstance(cls, type) else None
            if dump is not None and getattr(dump, "_pyctk_guarded", None) is None:
                cls.dump = guard(interp, "pickle", dump)
    elif name == "copy":
        func = getattr(module, "deepcopy", None)
        if func is not None:
            # deepcopy calls itself through the module's global: a nested call goes
            # straight through (the guard is not re-entered).
            module.deepcopy = guard(interp, "deepcopy", func)


def _json_guard(interp, func):
    @functools.wraps(func)
    def call(*args, **kwargs):
        site = "json_indent" if kwargs.get("indent") is not None else "json"
        return guarded(interp, site, func, *args, **kwargs)

    call._pyctk_guarded = func
    return call


# -- the VM's own conversions to text: str(x) and f-strings -----------------------------


def text_of(frame, func, value, *args):
    """``func(value, *args)`` (``str``, ``repr``, ``ascii``, ``format``) for the guest's
    ``str(x)`` call or its f-string, held to the guest's limit: the caller has seen that
    ``value`` is a built-in container (``type(value) in NESTING``)."""
    return guarded(frame.vm.interp, "repr", func, value, *args)


def formatted(frame, value, spec, conversion=None):
    """An f-string's part: ``format(conversion(value), spec)``, each step held to the
    guest's limit where its operand is a built-in container."""
    if conversion is not None:
        value = text_of(frame, conversion, value) if type(value) in NESTING else conversion(value)
        if type(value) is str and not spec:
            return value
    if type(value) in NESTING:
        return text_of(frame, format, value, spec)
    return format(value, spec)
