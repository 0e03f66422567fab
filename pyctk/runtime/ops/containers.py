"""Building, unpacking, subscripting containers; string building."""

from __future__ import annotations

import attrs

from pyctk.runtime.crecursion import NESTING, formatted, text_of
from pyctk.runtime.faults import BytecodeFault
from pyctk.runtime.objects import NULL
from pyctk.runtime.ops import PLAIN, Kind, effect, fusable


def _pop_n(stack, n):
    if n == 0:
        return []
    if n > len(stack):  # a slice would quietly take fewer
        raise BytecodeFault(f"it takes {n} values from a stack of {len(stack)} (stack underflow)")
    items = stack[-n:]
    del stack[-n:]
    return items


def build_tuple(frame, n):
    s = frame.stack
    s.append(tuple(_pop_n(s, n)))


def build_list(frame, n):
    s = frame.stack
    s.append(_pop_n(s, n))


def build_set(frame, n):
    s = frame.stack
    s.append(set(_pop_n(s, n)))


def build_map(frame, n):
    s = frame.stack
    items = _pop_n(s, 2 * n)
    d = {}
    for i in range(0, 2 * n, 2):
        d[items[i]] = items[i + 1]
    s.append(d)


def build_const_key_map(frame, n):
    s = frame.stack
    keys = s.pop()
    s.append(dict(zip(keys, _pop_n(s, n))))


def build_string(frame, n):
    s = frame.stack
    s.append("".join(_pop_n(s, n)))


def build_slice(frame, n):
    s = frame.stack
    if n == 3:
        step = s.pop()
        stop = s.pop()
        s[-1] = slice(s[-1], stop, step)
    else:
        stop = s.pop()
        s[-1] = slice(s[-1], stop)


def list_append(frame, n):
    s = frame.stack
    value = s.pop()
    s[-n].append(value)


def set_add(frame, n):
    s = frame.stack
    value = s.pop()
    s[-n].add(value)


def map_add_38(frame, n):
    """3.8+: the key was pushed first, the value last."""
    s = frame.stack
    value = s.pop()
    key = s.pop()
    s[-n][key] = value


def map_add_36(frame, n):
    """Until 3.7: the value was pushed first, the key last."""
    s = frame.stack
    key = s.pop()
    value = s.pop()
    s[-n][key] = value


def list_extend(frame, n):
    s = frame.stack
    iterable = s.pop()
    try:
        s[-n].extend(iterable)
    except TypeError:
        if not hasattr(iterable, "__iter__") and not hasattr(iterable, "__getitem__"):
            raise TypeError(f"Value after * must be an iterable, not {type(iterable).__name__}") from None
        raise


def set_update(frame, n):
    s = frame.stack
    iterable = s.pop()
    s[-n].update(iterable)


def dict_update(frame, n):
    s = frame.stack
    other = s.pop()
    try:
        s[-n].update(other)
    except (TypeError, AttributeError):
        if not hasattr(other, "keys"):
            raise TypeError(f"'{type(other).__name__}' object is not a mapping") from None
        raise


def merge_kwargs(frame, target, other, func):
    """``f(**a, **b)``: add ``other`` to the keyword arguments; a repeated key is an error."""
    if not hasattr(other, "keys"):
        describe = frame.opset.fact("function_desc")
        raise TypeError(f"{describe(func)} argument after ** must be a mapping, not {type(other).__name__}")
    for key in other.keys():
        if key in target:
            describe = frame.opset.fact("function_desc")
            raise TypeError(f"{describe(func)} got multiple values for keyword argument '{key}'")
        target[key] = other[key]


def dict_merge(frame, n):
    """3.9, 3.10: (callable, args, dict, ..., mapping); 3.11, 3.12: (NULL, callable, args,
    dict, ..., mapping), the same places from the top."""
    s = frame.stack
    other = s.pop()
    merge_kwargs(frame, s[-n], other, s[-n - 2])


def list_to_tuple(frame, arg):
    s = frame.stack
    s[-1] = tuple(s[-1])


def _unpack_error(n, got):
    if got < n:
        return ValueError(f"not enough values to unpack (expected {n}, got {got})")
    return ValueError(f"too many values to unpack (expected {n})")


def unpack_sequence(frame, n):
    s = frame.stack
    seq = s.pop()
    if (type(seq) is tuple or type(seq) is list) and len(seq) == n:
        s.extend(reversed(seq))
        return
    s.extend(reversed(sequence_items(seq, n)))


def sequence_items(seq, n):
    """The ``n`` items UNPACK_SEQUENCE takes from ``seq``, or its error (3.x's words)."""
    if type(seq) is tuple or type(seq) is list:
        if len(seq) == n:
            return seq
        raise _unpack_error(n, len(seq))
    try:
        it = iter(seq)
    except TypeError:
        raise TypeError(f"cannot unpack non-iterable {type(seq).__name__} object") from None
    items = []
    for item in it:
        items.append(item)
        if len(items) > n:
            raise _unpack_error(n, len(items))
    if len(items) < n:
        raise _unpack_error(n, len(items))
    return items


@attrs.frozen
class AddTo(Kind):
    """LIST_APPEND, SET_ADD: the value popped and added, by the container's ``method``, to
    the container ``n`` deep, in place (a comprehension's each item: no call of the handler)."""

    method: str
    constant_effect = -1

    def describe(self, handler, operand):
        return (AddTo, self.method, operand), ()

    @staticmethod
    def write(w, part) -> bool:
        _, method, n = part
        w.mark()
        value = w.pop()
        held = len(w.vstack)
        if n > held:  # on the frame's stack, below what the block holds
            target = f"s[-{n - held}]"
        else:
            target = w.vstack[-n]
            if not target.isidentifier():
                name = w.new()
                w.emit(f"{name} = {target}")
                target = w.vstack[-n] = name
        w.emit(f"{target}.{method}({value})")
        return False


def _display(w, count, make) -> bool:
    """A display kind's write: ``count`` values popped, the expression ``make`` writes of
    them (the deepest first) given a new name and pushed."""
    w.mark()  # (bad bytecode may leave the stack short)
    values = [w.pop() for _ in range(count)][::-1]
    name = w.new()
    w.emit(f"{name} = {make(values)}")
    w.push(name)
    return False


def _listed(values) -> str:
    return "".join(value + ", " for value in values)


class Build(Kind):
    """BUILD_TUPLE, BUILD_LIST inline: the ``n`` values popped (the first one deepest) and
    what ``opening`` and ``closing`` make of them pushed (a comprehension's ``(x, i)``: no
    call of the handler, no values through the frame's stack)."""

    def __init__(self, opening, closing):
        self.opening = opening
        self.closing = closing

    def stack_effect(self, arg, jump):
        return 1 - arg

    def describe(self, handler, operand):
        return (Build, self.opening, self.closing, operand), ()

    @staticmethod
    def write(w, part) -> bool:
        _, opening, closing, n = part
        return _display(w, n, lambda values: f"{opening}{_listed(values)}{closing}")


class Slice(Build):
    """BUILD_SLICE inline: the slice of the two values popped, three for an operand of 3
    (the handler's rule)."""

    def __init__(self):
        super().__init__("slice(", ")")

    def stack_effect(self, arg, jump):
        return -2 if arg == 3 else -1

    def describe(self, handler, operand):
        return (Build, self.opening, self.closing, 3 if operand == 3 else 2), ()


class MapBuild(Kind):
    """BUILD_MAP inline: the ``n`` key and value pairs popped (the first pair deepest), the
    dict display of them pushed."""

    def stack_effect(self, arg, jump):
        return 1 - 2 * arg

    def describe(self, handler, operand):
        return (MapBuild, operand), ()

    @staticmethod
    def write(w, part) -> bool:
        n = part[1]
        return _display(w, 2 * n, lambda v: f"{{{''.join(f'{v[i]}: {v[i + 1]}, ' for i in range(0, 2 * n, 2))}}}")


class ConstKeyMap(Kind):
    """BUILD_CONST_KEY_MAP inline: the tuple of keys and the ``n`` values below it popped,
    the dict of them pushed (a dict display of constant keys)."""

    def stack_effect(self, arg, jump):
        return -arg

    def describe(self, handler, operand):
        return (ConstKeyMap, operand), ()

    @staticmethod
    def write(w, part) -> bool:
        n = part[1]  # (the keys on top: the last of the values)
        return _display(w, n + 1, lambda values: f"dict(zip({values[-1]}, ({_listed(values[:-1])})))")


class FormatSimple(Kind):
    """FORMAT_SIMPLE, and FORMAT_VALUE without conversion or spec, inline: a str stays
    what it is, anything else is formatted by ``formatted_simply``. (FORMAT_VALUE with
    either runs its handler.)"""

    def stack_effect(self, arg, jump):
        return -1 if arg & 4 else 0

    def describe(self, handler, operand):
        if handler is format_value and operand:
            return PLAIN.describe(handler, operand)
        return (FormatSimple,), (formatted_simply,)

    @staticmethod
    def write(w, part) -> bool:
        helper = w.value()
        w.mark()
        value = w.pop()
        if not value.isidentifier():
            name = w.new()
            w.emit(f"{name} = {value}")
            value = name
        name = w.new()
        w.emit(f"{name} = {value} if type({value}) is str else {helper}(frame, {value})")
        w.push(name)
        return False


class Unpack(Kind):
    """UNPACK_SEQUENCE inline: a tuple or list of the right length unpacked into host
    locals, anything else through ``items`` (the version's rules and words); the first
    item ends on top. ``items``: (sequence, n) -> the n items."""

    def __init__(self, items):
        self.items = items

    def stack_effect(self, arg, jump):
        return arg - 1

    def describe(self, handler, operand):
        return (Unpack, operand), (self.items,)

    @staticmethod
    def write(w, part) -> bool:
        n = part[1]
        items = w.value()
        w.mark()
        seq = w.pop()
        names = [w.new() for _ in range(n)]
        targets = "".join(name + ", " for name in names)
        w.emit(f"if (type({seq}) is tuple or type({seq}) is list) and len({seq}) == {n}:")
        w.emit(f"{targets}= {seq}" if n else "pass", 1)  # (``() = x``: nothing to take)
        w.emit("else:")
        w.emit(f"{targets}= {items}({seq}, {n})" if n else f"{items}({seq}, 0)", 1)
        for name in reversed(names):
            w.push(name)
        return False


def unpack_ex(frame, arg):
    s = frame.stack
    before = arg & 0xFF
    after = arg >> 8
    seq = s.pop()
    try:
        items = list(seq)
    except TypeError:
        if not hasattr(seq, "__iter__"):
            raise TypeError(f"cannot unpack non-iterable {type(seq).__name__} object") from None
        raise
    if len(items) < before + after:
        raise ValueError(f"not enough values to unpack (expected at least {before + after}, got {len(items)})")
    middle = items[before : len(items) - after]
    result = items[:before] + [middle] + items[len(items) - after :]
    s.extend(reversed(result))


def store_subscr(frame, arg):
    s = frame.stack
    key = s.pop()
    container = s.pop()
    container[key] = s.pop()


class StoreSubscr(Kind):
    """STORE_SUBSCR inline; ``refused``: called with (container, key, value, error) for a
    TypeError or ValueError the store raised (2.7: a str stored into a bytearray), or
    None."""

    constant_effect = -3

    def __init__(self, refused=None):
        self.refused = refused

    def describe(self, handler, operand):
        if self.refused is None:
            return (StoreSubscr, False), ()
        return (StoreSubscr, True), (self.refused,)

    @staticmethod
    def write(w, part) -> bool:
        refused = w.value() if part[1] else None
        w.mark()
        key = w.pop()
        container = w.pop()
        value = w.pop()
        if refused is None:
            w.emit(f"{container}[{key}] = {value}")
            return False
        w.emit("try:")
        w.emit(f"{container}[{key}] = {value}", 1)
        w.emit("except (TypeError, ValueError) as _error:")
        w.emit(f"{refused}({container}, {key}, {value}, _error)", 1)
        return False


def delete_subscr(frame, arg):
    s = frame.stack
    key = s.pop()
    del s.pop()[key]


_CONVERSIONS = (None, str, repr, ascii)


def format_value(frame, flags):
    s = frame.stack
    spec = s.pop() if flags & 4 else ""
    value = s[-1]
    conversion = _CONVERSIONS[flags & 3]
    if conversion is not None:
        if type(value) in NESTING:  # held to the guest's recursion limit (crecursion.py)
            s[-1] = formatted(frame, value, spec, conversion)
            return
        value = conversion(value)
    if type(value) is str and not spec:
        s[-1] = value
    else:
        s[-1] = format(value, spec) if type(value) not in NESTING else formatted(frame, value, spec)


# -- 3.6–3.8 unpacking builds (3.9 made them LIST_EXTEND and friends) --------------------


def build_list_unpack(frame, n):
    s = frame.stack
    result = []
    for item in _pop_n(s, n):
        result.extend(item)
    s.append(result)


def build_tuple_unpack(frame, n):
    s = frame.stack
    result = []
    for item in _pop_n(s, n):
        result.extend(item)
    s.append(tuple(result))


def build_tuple_unpack_with_call(frame, n):
    s = frame.stack
    result = []
    for item in _pop_n(s, n):
        try:
            result.extend(item)
        except TypeError:
            if not hasattr(item, "__iter__"):
                describe = frame.opset.fact("function_desc")
                raise TypeError(
                    f"{describe(s[-1])} argument after * must be an iterable, not {type(item).__name__}"
                ) from None
            raise
    s.append(tuple(result))


def build_set_unpack(frame, n):
    s = frame.stack
    result = set()
    for item in _pop_n(s, n):
        result.update(item)
    s.append(result)


def build_map_unpack(frame, n):
    s = frame.stack
    result = {}
    for item in _pop_n(s, n):
        try:
            result.update(item)
        except (TypeError, AttributeError):
            raise TypeError(f"'{type(item).__name__}' object is not a mapping") from None
    s.append(result)


def build_map_unpack_with_call(frame, n):
    s = frame.stack
    func = s[-2 - n]
    items = _pop_n(s, n)
    result = {}
    for item in items:
        merge_kwargs(frame, result, item, func)
    s.append(result)


# -- 3.12+: slices without BUILD_SLICE; 3.13: f-string pieces as separate steps ----------------


def binary_slice(frame, arg):
    s = frame.stack
    stop = s.pop()
    start = s.pop()
    s[-1] = s[-1][start:stop]


def store_slice(frame, arg):
    s = frame.stack
    stop = s.pop()
    start = s.pop()
    container = s.pop()
    container[start:stop] = s.pop()


def format_simple(frame, arg):
    s = frame.stack
    value = s[-1]
    if type(value) is not str:
        s[-1] = formatted_simply(frame, value)


def formatted_simply(frame, value):
    """What an f-string's ``{value}`` gives for a value that is not a str."""
    return format(value, "") if type(value) not in NESTING else formatted(frame, value, "")


def format_with_spec(frame, arg):
    s = frame.stack
    spec = s.pop()
    value = s[-1]
    s[-1] = format(value, spec) if type(value) not in NESTING else formatted(frame, value, spec)


def convert_value(frame, which):
    s = frame.stack
    value = s[-1]
    convert = _CONVERSIONS[which]
    s[-1] = convert(value) if type(value) not in NESTING else text_of(frame, convert, value)


# -- 3.11+: DICT_MERGE names the callee as CPython's _PyObject_FunctionStr does ---------------




def dict_merge_313(frame, n):
    """3.13: (callable, NULL, args, dict, ..., mapping)."""
    s = frame.stack
    other = s.pop()
    merge_kwargs(frame, s[-n], other, s[-n - 3])


# What runtime/fuse.py may call inside a superinstruction: each only works on the frame.
fusable(
    PLAIN, build_set,
    map_add_38, map_add_36, list_extend, set_update, dict_update, dict_merge,
    dict_merge_313, list_to_tuple, unpack_ex, delete_subscr,
    format_with_spec, convert_value, binary_slice, store_slice,
)
fusable(Build("(", ")"), build_tuple)
fusable(Build("[", "]"), build_list)
fusable(Slice(), build_slice)
fusable(Build('"".join((', "))"), build_string)
fusable(MapBuild(), build_map)
fusable(ConstKeyMap(), build_const_key_map)
fusable(FormatSimple(), format_value, format_simple)
fusable(AddTo("append"), list_append)
fusable(AddTo("add"), set_add)
fusable(Unpack(sequence_items), unpack_sequence)
fusable(StoreSubscr(), store_subscr)

__all__ = [name for name in dir() if not name.startswith("_")] + ["NULL"]

# Stack effects of the handlers whose kind does not give one (checked against each
# version's dis.stack_effect by tests/test_single_definition.py).
effect(-4, store_slice)
effect(-3, store_subscr)
effect(-2, binary_slice, delete_subscr, map_add_36, map_add_38)
effect(-1, dict_merge, dict_merge_313, dict_update, format_with_spec, list_extend, set_update)
effect(0, convert_value, format_simple, list_to_tuple)
effect(lambda arg, jump: 1 - arg, build_tuple, build_list, build_set, build_string, build_list_unpack,
       build_tuple_unpack, build_tuple_unpack_with_call, build_set_unpack, build_map_unpack,
       build_map_unpack_with_call)
effect(lambda arg, jump: 1 - 2 * arg, build_map)
effect(lambda arg, jump: -arg, build_const_key_map)
effect(lambda arg, jump: -2 if arg == 3 else -1, build_slice)
effect(lambda arg, jump: arg - 1, unpack_sequence)
effect(lambda arg, jump: (arg & 0xFF) + (arg >> 8), unpack_ex)  # before and after the starred name
effect(lambda arg, jump: -1 if arg & 4 else 0, format_value)  # arg & 4: a format spec
