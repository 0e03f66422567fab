"""2.7's ``UserDict`` module (``UserDict``, ``IterableUserDict``, ``DictMixin``), as its
``UserDict.py`` defines them: ``keys()``/``items()``/``values()`` are lists, ``has_key``
and the ``iter*`` methods exist, ``repr`` is the 2.7 dict's. Written for the host, so
they call the guest's methods by their 2.7 names where 2.7's code does."""

from __future__ import annotations


def _repr27(value):
    from pyctk.runtime.py27.values import repr27

    return repr27(value)


def _cmp27(a, b):
    from pyctk.runtime.py27.values import cmp27

    return cmp27(a, b)


class UserDict:
    def __init__(self, dict=None, **kwargs):  # noqa: A002 - 2.7's parameter name
        self.data = {}
        if dict is not None:
            self.update(dict)
        if len(kwargs):
            self.update(kwargs)

    def __repr__(self):
        return _repr27(self.data)

    def __cmp__(self, other):
        if isinstance(other, UserDict):
            return _cmp27(self.data, other.data)
        return _cmp27(self.data, other)

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserDict) else other)

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = None

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def clear(self):
        self.data.clear()

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy

        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    def keys(self):
        return list(self.data.keys())

    def items(self):
        return list(self.data.items())

    def iteritems(self):
        return iter(self.data.items())

    def iterkeys(self):
        return iter(self.data.keys())

    def itervalues(self):
        return iter(self.data.values())

    def values(self):
        return list(self.data.values())

    def has_key(self, key):
        return key in self.data

    def update(self, dict=None, **kwargs):  # noqa: A002
        if dict is None:
            pass
        elif isinstance(dict, UserDict):
            self.data.update(dict.data)
        elif isinstance(dict, type({})) or not hasattr(dict, "items"):
            self.data.update(dict)
        else:
            for k, v in dict.items():
                self[k] = v
        if len(kwargs):
            self.data.update(kwargs)

    def get(self, key, failobj=None):
        if key not in self:
            return failobj
        return self[key]

    def setdefault(self, key, failobj=None):
        if key not in self:
            self[key] = failobj
        return self[key]

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def popitem(self):
        return self.data.popitem()

    def __contains__(self, key):
        return key in self.data

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class IterableUserDict(UserDict):
    def __iter__(self):
        return iter(self.data)


def _keys_of(obj):
    keys = obj.keys()
    return list(keys)


class DictMixin:
    """Dictionary methods for a class that has ``__getitem__``, ``__setitem__``,
    ``__delitem__`` and ``keys``."""

    def __iter__(self):
        for k in self.keys():
            yield k

    def has_key(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __contains__(self, key):
        return self.has_key(key)

    def iteritems(self):
        for k in self:
            yield (k, self[k])

    def iterkeys(self):
        return self.__iter__()

    def itervalues(self):
        for _, v in self.iteritems():
            yield v

    def values(self):
        return [v for _, v in self.iteritems()]

    def items(self):
        return list(self.iteritems())

    def clear(self):
        for key in _keys_of(self):
            del self[key]

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def pop(self, key, *args):
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got " + repr(1 + len(args)))
        try:
            value = self[key]
        except KeyError:
            if args:
                return args[0]
            raise
        del self[key]
        return value

    def popitem(self):
        try:
            k, v = next(iter(self.iteritems()))
        except StopIteration:
            raise KeyError("container is empty") from None
        del self[k]
        return (k, v)

    def update(self, other=None, **kwargs):
        if other is None:
            pass
        elif isinstance(other, dict):
            for k, v in other.items():
                self[k] = v
        elif hasattr(other, "iteritems"):
            for k, v in other.iteritems():
                self[k] = v
        elif hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        if kwargs:
            self.update(kwargs)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __repr__(self):
        return _repr27(dict(self.iteritems()))

    def __cmp__(self, other):
        if other is None:
            return 1
        if isinstance(other, DictMixin):
            other = dict(other.iteritems())
        return _cmp27(dict(self.iteritems()), other)

    def __eq__(self, other):
        return self.__cmp__(other) == 0

    def __ne__(self, other):
        return self.__cmp__(other) != 0

    __hash__ = None

    def __len__(self):
        return len(_keys_of(self))


for _cls in (UserDict, IterableUserDict, DictMixin):
    _cls.__module__ = "UserDict"
