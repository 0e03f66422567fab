"""The guest's recursion limit in host C code the host's limit cannot bound: measure how
deeply built-in containers nest, without recursing (crecursion.py).

From 3.12 the host's C recursion has its own fixed limit (1500 levels on 3.12, 10000 on
3.13) that ``sys.setrecursionlimit`` does not move, and the host's limit cannot be lowered
for one call while other threads run. There ``repr``/``print``/``format`` of built-in
containers and ``json.dumps`` run unguarded and are checked instead:

- the call succeeds: a text shorter than the guest's remaining depth cannot come from a
  deeper nesting (each level writes at least one character), so only a long one is
  measured; deeper than the guest allows → the version's RecursionError, as natively
  (these operations have no side effects but the text; ``print`` is measured first,
  since it writes);
- the host's C limit stops it but the guest's version goes deeper (a 3.13 guest on a
  3.12 host): the text is made without recursion (``text``; ``json.dumps`` by the
  guest's own pure-Python encoder, whose generators do not recurse in C).
"""

from __future__ import annotations

import itertools

KINDS = frozenset({list, tuple, dict, set, frozenset})
_LEAVE = object()


def deeper_than(value, bound: int) -> bool:
    """Whether ``value``'s exact built-in containers nest more than ``bound`` levels. A
    container met again inside itself stops there, as its repr does (``[...]``)."""
    if type(value) not in KINDS:
        return False
    kinds = KINDS
    on_path: set = set()
    walked: dict = {}  # id -> the deepest level it was walked at
    stack = [(value, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        item, level = pop()
        if item is _LEAVE:
            on_path.discard(level)
            continue
        if level > bound:
            return True
        key = id(item)
        if key in on_path or walked.get(key, 0) >= level:
            continue
        walked[key] = level
        on_path.add(key)
        push((_LEAVE, key))
        children = itertools.chain(item.keys(), item.values()) if type(item) is dict else item
        for child in children:
            if type(child) in kinds:
                push((child, level + 1))
    return False


_PLAIN = frozenset({int, float, complex, str, bytes, bool, type(None)})


def _other_leaves(value) -> bool:
    """Whether built-in containers ``value`` hold anything but plain values."""
    stack = [value]
    seen: set = set()
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind in _PLAIN:
            continue
        if kind not in KINDS:
            return True
        if id(item) in seen:
            continue
        seen.add(id(item))
        stack.extend(itertools.chain(item.keys(), item.values()) if kind is dict else item)
    return False


def _encodes_plainly(value) -> bool:
    """Whether ``json.dumps`` of built-in containers ``value`` meets nothing that fails
    or calls back: str keys only, and leaves of the plain JSON types (finite floats)."""
    stack = [value]
    seen: set = set()
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str or kind is int or kind is bool or item is None:
            continue
        if kind is float:
            if item - item != 0:  # inf or nan: allow_nan=False fails on them
                return False
            continue
        if kind is not list and kind is not tuple and kind is not dict:
            return False
        if id(item) in seen:  # met again (or inside itself: "Circular reference")
            return False
        seen.add(id(item))
        if kind is dict:
            if any(type(k) is not str for k in item):
                return False
            stack.extend(item.values())
        else:
            stack.extend(item)
    return True


# (opening, closing, text when empty, text when met inside itself)
_SHAPES = {
    list: ("[", "]", "[]", "[...]"),
    tuple: ("(", ")", "()", "(...)"),
    dict: ("{", "}", "{}", "{...}"),
    set: ("{", "}", "set()", "set(...)"),
    frozenset: ("frozenset({", "})", "frozenset()", "frozenset(...)"),
}


def text(value, leaf=repr) -> str:
    """``repr(value)`` of nested built-in containers made without recursion; ``leaf``
    gives the text of anything else."""
    out: list = []
    on_path: set = set()
    stack = [(0, value)]  # (0, value to write) | (1, text) | (2, id leaving the path)
    while stack:
        what, item = stack.pop()
        if what == 1:
            out.append(item)
            continue
        if what == 2:
            on_path.discard(item)
            continue
        kind = type(item)
        shape = _SHAPES.get(kind)
        if shape is None:
            out.append(leaf(item))
            continue
        opening, closing, empty, inside = shape
        if not item:
            out.append(empty)
            continue
        if id(item) in on_path:
            out.append(inside)
            continue
        on_path.add(id(item))
        body = [(1, opening)]
        for child in (item.items() if kind is dict else item):
            if len(body) > 1:
                body.append((1, ", "))
            if kind is dict:
                body.extend(((0, child[0]), (1, ": "), (0, child[1])))
            else:
                body.append((0, child))
        if kind is tuple and len(item) == 1:
            body.append((1, ","))
        body.append((1, closing))
        body.append((2, id(item)))
        stack.extend(reversed(body))  # taken from the end: in order
    return "".join(out)


def _too_deep(message):
    return RecursionError(message)


def fails_by_depth(args, kwargs, left) -> bool:
    """Whether ``json.dumps(*args, **kwargs)`` (its own encoder) of a value nested more
    than ``left`` levels fails only by its depth: it meets nothing else that fails or
    calls back."""
    value = args[0] if args else None
    return "cls" not in kwargs and deeper_than(value, left) and _encodes_plainly(value)


def checked(site, func, args, kwargs, left, message):
    """``func(*args, **kwargs)`` (site "repr", "print", "json", "json_indent") held to the
    guest's ``left`` levels: the version's RecursionError ``message`` when deeper, the
    text made without recursion when only the host's C limit stopped it."""
    if site == "print":
        return _print(func, args, kwargs, left, message)
    value = args[0] if args else None
    if site == "json_indent" and fails_by_depth(args, kwargs, left):
        # The host's pure-Python encoder, unbounded in a thread, would first resume
        # depth**2 generators.
        raise _too_deep(message)
    try:
        result = func(*args, **kwargs)
    except RecursionError as e:
        if not (e.args and isinstance(e.args[0], str) and e.args[0].startswith("maximum recursion depth exceeded")):
            raise
        if deeper_than(value, left):
            e.args = (message,)
            raise
        if _other_leaves(value):
            # An object's own repr (a guest __repr__ calling repr again) recursed: making
            # the text another way would run it again, at every level on the way out.
            raise
        result = _without_recursion(site, func, args, kwargs)
        if result is None:
            raise
        return result
    if isinstance(result, str) and len(result) > left and deeper_than(value, left):
        raise _too_deep(message)
    return result


def _without_recursion(site, func, args, kwargs):
    """The result of a call the host's C limit stopped, made another way (None: no way)."""
    name = getattr(func, "__name__", "")  # repr, ascii, format, str (crecursion.text_of), dumps
    if site == "repr":
        if name == "repr" and len(args) == 1 and not kwargs:
            return text(args[0])
        if name == "ascii" and len(args) == 1 and not kwargs:
            return text(args[0]).encode("ascii", "backslashreplace").decode("ascii")
        if name in ("format", "str") and (args[1:] in ((), ("",))) and not kwargs:
            return text(args[0])
        return None
    if name == "dumps" and len(args) == 1:
        encoder = kwargs.get("cls") or getattr(func, "__globals__", {}).get("JSONEncoder")
        if encoder is None:
            return None
        options = {k: v for k, v in kwargs.items() if k != "cls"}
        # The pure-Python encoder: generators, which do not recurse in C.
        return "".join(encoder(**options).iterencode(args[0], _one_shot=False))
    return None


def _print(func, args, kwargs, left, message):
    """The guest's print: each built-in container measured before anything is written;
    one too deep fails where the native print would, after what it wrote before it."""
    texts = list(args)
    for i, arg in enumerate(args):
        if type(arg) not in KINDS:
            continue
        try:
            texts[i] = checked("repr", repr, (arg,), {}, left, message)
        except RecursionError:
            if i:
                sep = kwargs.get("sep")
                sep = " " if sep is None else sep
                func(*args[:i], **dict(kwargs, end=sep))
            raise
    return func(*texts, **kwargs)
