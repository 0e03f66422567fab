"""2.7's ``operator.attrgetter`` and ``operator.methodcaller``: the host's C ones look names
up with the host's ``getattr``, which does not know 2.7's names of host objects
(``im_func``, ``func_name``, ``dict.iteritems``: attrs.py overlays); six's
``get_method_function`` is ``attrgetter("im_func")``."""

from __future__ import annotations

from pyctk.runtime.py27.builtins27 import getattr27


class attrgetter:  # noqa: N801 - 2.7's name
    __slots__ = ("_paths",)
    __module__ = "operator"
    _pyctk_host_type = True  # a C type in 2.7: <type 'operator.attrgetter'>

    def __init__(self, *names, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() does not take keyword arguments")
        if not names:
            raise TypeError("attrgetter expected 1 arguments, got 0")
        # A name that is not a string fails when the getter is called, as in 2.7.
        self._paths = tuple(name.split(".") if isinstance(name, str) else name for name in names)

    def __call__(self, obj):
        values = tuple(_resolve(obj, path) for path in self._paths)
        return values[0] if len(values) == 1 else values


def _resolve(obj, path):
    if not isinstance(path, list):
        raise TypeError("attribute name must be a string")
    for name in path:
        obj = getattr27(obj, name)
    return obj


class methodcaller:  # noqa: N801 - 2.7's name
    __slots__ = ("_name", "_args", "_kwargs")
    __module__ = "operator"
    _pyctk_host_type = True  # a C type in 2.7: <type 'operator.methodcaller'>

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        self._name, self._args, self._kwargs = args[0], args[1:], kwargs

    def __call__(self, obj):
        return getattr27(obj, self._name)(*self._args, **self._kwargs)
