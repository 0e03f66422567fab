"""Structural pattern matching (3.10+)."""

from __future__ import annotations

import collections.abc

from pyctk.runtime.ops import PLAIN, effect, fusable


def get_len(frame, arg):
    s = frame.stack
    s.append(len(s[-1]))


def _is_mapping(obj) -> bool:
    return isinstance(obj, collections.abc.Mapping)


def _is_sequence(obj) -> bool:
    if isinstance(obj, (str, bytes, bytearray)):
        return False
    return isinstance(obj, collections.abc.Sequence)


def match_mapping(frame, arg):
    s = frame.stack
    s.append(_is_mapping(s[-1]))


def match_sequence(frame, arg):
    s = frame.stack
    s.append(_is_sequence(s[-1]))


_MISSING = object()


def _match_keys(subject, keys):
    if not keys:
        return ()
    seen = set()
    values = []
    get = getattr(subject, "get", None)
    for key in keys:
        if key in seen:
            raise ValueError(f"mapping pattern checks duplicate key ({key!r})")
        seen.add(key)
        value = get(key, _MISSING) if get is not None else subject[key]
        if value is _MISSING:
            return None
        values.append(value)
    return tuple(values)


def match_keys_310(frame, arg):
    """3.10: push the values (or None) and a success flag."""
    s = frame.stack
    values = _match_keys(s[-2], s[-1])
    if values is None:
        s.append(None)
        s.append(False)
    else:
        s.append(values)
        s.append(True)


def match_keys(frame, arg):
    """3.11+: push the values, or None when a key is missing."""
    s = frame.stack
    s.append(_match_keys(s[-2], s[-1]))


def copy_dict_without_keys(frame, arg):
    s = frame.stack
    keys = s[-1]
    rest = dict(s[-2])
    for key in keys:
        del rest[key]
    s[-1] = rest


def match_class_attributes(subject, cls, nargs, names):
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a class" if False else "called match pattern must be a type")
    if not isinstance(subject, cls):
        return None
    attributes = []
    seen = set()
    if nargs:
        match_args = getattr(cls, "__match_args__", _MISSING)
        if match_args is _MISSING:
            match_self = cls in _MATCH_SELF_TYPES or any(issubclass(cls, t) for t in _MATCH_SELF_TYPES)
            if match_self:
                if nargs > 1:
                    raise TypeError(f"{cls.__name__}() accepts 1 positional sub-pattern ({nargs} given)")
                attributes.append(subject)
                positional = []
            else:
                raise TypeError(f"{cls.__name__}() accepts 0 positional sub-patterns ({nargs} given)")
        else:
            if not isinstance(match_args, tuple):
                raise TypeError(f"{cls.__name__}.__match_args__ must be a tuple (got {type(match_args).__name__})")
            if nargs > len(match_args):
                raise TypeError(
                    f"{cls.__name__}() accepts {len(match_args)} positional sub-pattern"
                    f"{'' if len(match_args) == 1 else 's'} ({nargs} given)"
                )
            positional = match_args[:nargs]
        for attr in positional or ():
            if not isinstance(attr, str):
                raise TypeError(f"__match_args__ elements must be strings (got {type(attr).__name__})")
            value = _sub_pattern(cls, subject, attr, seen)
            if value is _MISSING:
                return None
            attributes.append(value)
    for attr in names:
        value = _sub_pattern(cls, subject, attr, seen)
        if value is _MISSING:
            return None
        attributes.append(value)
    return tuple(attributes)


def _sub_pattern(cls, subject, attr, seen):
    """The subject's ``attr`` for one sub-pattern (``_MISSING`` if it has none); an
    attribute matched twice in one class pattern is a TypeError."""
    if attr in seen:
        raise TypeError(f"{cls.__name__}() got multiple sub-patterns for attribute {attr!r}")
    seen.add(attr)
    return getattr(subject, attr, _MISSING)


_MATCH_SELF_TYPES = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def match_class_310(frame, nargs):
    """3.10: push the attributes (or None) and a success flag."""
    s = frame.stack
    names = s.pop()
    cls = s.pop()
    subject = s[-1]
    attributes = match_class_attributes(subject, cls, nargs, names)
    if attributes is not None:
        s[-1] = attributes
    s.append(attributes is not None)


def match_class(frame, nargs):
    """3.11+: replace subject, class and names by the attributes, or None."""
    s = frame.stack
    names = s.pop()
    cls = s.pop()
    s[-1] = match_class_attributes(s[-1], cls, nargs, names)

# Called in the middle of a superinstruction: they only push what they find.
fusable(PLAIN, get_len, match_mapping, match_sequence, match_keys, match_keys_310)

# Stack effects of the handlers whose kind does not give one (checked against each
# version's dis.stack_effect by tests/test_single_definition.py).
effect(-2, match_class)
effect(-1, match_class_310)
effect(0, copy_dict_without_keys)
effect(1, get_len, match_keys, match_mapping, match_sequence)
effect(2, match_keys_310)
