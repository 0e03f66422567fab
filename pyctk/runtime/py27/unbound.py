"""2.7's unbound methods: a function found on a class through the class (``K.m``) is an
``instancemethod`` without ``im_self`` (Objects/funcobject.c func_descr_get with no
instance, Objects/classobject.c PyMethod_New), whose call first checks that its first
argument is an instance of ``im_class`` (instancemethod_call).

The host gives the plain function there; the 2.7 LOAD_ATTR and ``getattr`` wrap a guest
function they find so (``unbound_of``). A guest call of one goes straight into the
function's frame after the check (py2ops ``_call``); a host call (``map(K.m, xs)``) goes
through ``__call__``.
"""

from __future__ import annotations

import types

from pyctk.runtime.functions import Entry

FunctionType = types.FunctionType


class _FunctionsModule(str):
    """The class's ``__module__`` (a str, as ``type.__module__`` gives it unchanged), whose
    instances' ``__module__`` is their function's."""

    def __get__(self, obj, cls=None):
        return self if obj is None else obj.__func__.__module__


class UnboundMethod:
    """``K.m``: ``im_func``/``__func__``, ``im_class``, ``im_self``/``__self__`` None; other
    attributes are the function's (instancemethod_getattro)."""

    __slots__ = ("__func__", "im_class")
    _pyctk_host_type = True  # a C type in 2.7: <type 'instancemethod'>

    def __init__(self, func, cls):
        self.__func__ = func
        self.im_class = cls

    @property
    def im_func(self):
        return self.__func__

    @property
    def im_self(self):
        return None

    __self__ = im_self

    # isinstance(K.m, types.MethodType), as 2.7's types.MethodType is the type of both
    # kinds (inspect.ismethod, getargspec)
    __class__ = property(lambda self: types.MethodType)

    @property
    def __doc__(self):
        return self.__func__.__doc__

    __module__ = _FunctionsModule(__name__)

    def __getattr__(self, name):
        from pyctk.runtime.py27.builtins27 import getattr27

        return getattr27(self.__func__, name)  # (2.7's names too: func_name)

    def checked(self, args):
        """The function, after instancemethod_call's check of the first argument."""
        if not args or not isinstance(args[0], self.im_class):
            raise TypeError(self._refusal(args))
        return self.__func__

    def _refusal(self, args):
        from pyctk.runtime.py27.attrs import _type_name27

        cls = self.im_class
        got = "%s instance" % _type_name27(args[0]) if args else "nothing"
        return "unbound method %s() must be called with %s instance as first argument (got %s instead)" % (
            self.__func__.__name__, _class_name(cls), got)

    def __call__(self, *args, **kwargs):
        return self.checked(args)(*args, **kwargs)

    def __get__(self, obj, cls=None):
        # instancemethod_descr_get: no rebinding to a class that is not a subclass of im_class
        if cls is not None and not issubclass(cls, self.im_class):
            return self
        if obj is None:
            return UnboundMethod(self.__func__, cls if cls is not None else self.im_class)
        return types.MethodType(self.__func__, obj)

    def __eq__(self, other):
        if type(other) is not UnboundMethod:
            return NotImplemented
        return self.__func__ == other.__func__

    def __ne__(self, other):
        if type(other) is not UnboundMethod:
            return NotImplemented
        return self.__func__ != other.__func__

    def __hash__(self):
        return hash(self.__func__)

    def __repr__(self):
        return "<unbound method %s.%s>" % (_class_name(self.im_class), self.__func__.__name__)

    def __reduce__(self):
        raise TypeError("can't pickle instancemethod objects")

    def __copy__(self):
        # 2.7's copy.copy goes by __reduce_ex__(2), whose copy_reg.__newobj__ calls
        # instancemethod() without arguments
        raise TypeError("instancemethod expected at least 2 arguments, got 0")

    def __deepcopy__(self, memo):
        # 2.7's copy._deepcopy_method: type(x)(x.im_func, deepcopy(x.im_self), x.im_class)
        return UnboundMethod(self.__func__, self.im_class)


UnboundMethod.__name__ = UnboundMethod.__qualname__ = "instancemethod"


def _class_name(cls):
    name = getattr(cls, "__name__", None)
    return name if isinstance(name, str) else "?"


def unbound_of(cls, key, value, after=None):
    """``cls.key`` as 2.7 gives it, the host having given ``value`` (a function): an unbound
    method where that is a guest function in the dict of a class of ``cls``'s MRO (not a
    staticmethod's, not the metaclass's); the MRO after ``after`` for a ``super``."""
    if after is None and cls.__dict__.get(key) is value:  # the class's own method: the usual
        found = value
    else:
        found = None
        mro = cls.__mro__
        if after is not None:
            mro = mro[mro.index(after) + 1:] if after in mro else ()
        for klass in mro:
            found = klass.__dict__.get(key)
            if found is not None:
                break
    if found is value:
        consts = value.__code__.co_consts
        if consts and type(consts[-1]) is Entry:
            return UnboundMethod(value, cls)
    return value


def super_unbound(sup, key, value):
    """``super(K, K).m``: 2.7's super_getattro binds to no instance when the object is the
    start type itself (an unbound method of it); ``super(K, obj).m`` stays bound."""
    cls = sup.__self_class__
    if cls is None or sup.__self__ is not cls:
        return value
    return unbound_of(cls, key, value, sup.__thisclass__)
