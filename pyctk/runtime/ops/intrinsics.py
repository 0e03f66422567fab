"""CALL_INTRINSIC_1 / CALL_INTRINSIC_2 (3.12+): small operations CPython calls by number.

The numbers index CPython's ``_PyIntrinsics_UnaryFunctions`` / ``_PyIntrinsics_BinaryFunctions``
(``Include/internal/pycore_intrinsics.h``); each entry here is ``fn(frame, value)`` or
``fn(frame, value2, value1)`` with value1 the top of the stack.

PEP 695 objects (type parameters, ``type`` aliases) are made by the host: where their
parts are evaluated lazily (bounds, constraints, alias values), a one-line host
definition whose lazy expression calls the guest's evaluation function makes a native
object with the same laziness. That needs a 3.12+ host; older hosts evaluate eagerly.
"""

from __future__ import annotations

from pyctk.code import CO_ASYNC_GENERATOR, CO_COROUTINE
from pyctk.runtime.hostcompat import TypeVarTuple
from pyctk.runtime.objects import AsyncGenValue
from pyctk.runtime.ops import effect, operand
from pyctk.runtime.ops.exceptions import prep_reraise_star
from pyctk.versions.host import HAS_TYPE_PARAM_DEFAULTS, HAS_TYPE_PARAMS


def _invalid(frame, *values):
    raise SystemError("invalid intrinsic function")


def _print(frame, value):
    frame.vm.world.sys.displayhook(value)  # the guest's hook (doctest sets it)
    return None


def _import_star(frame, module):
    from pyctk.runtime.ops.imports import import_star

    frame.stack.append(module)
    import_star(frame, None)
    return None


def _stopiteration_error(frame, exc):
    """PEP 479 inside the generator's own code (3.12+)."""
    flags = frame.code.co_flags
    message = None
    if isinstance(exc, StopIteration):
        message = "generator raised StopIteration"
        if flags & CO_ASYNC_GENERATOR:
            message = "async generator raised StopIteration"
        elif flags & CO_COROUTINE:
            message = "coroutine raised StopIteration"
    elif flags & CO_ASYNC_GENERATOR and isinstance(exc, StopAsyncIteration):
        message = "async generator raised StopAsyncIteration"
    if message is None:
        return exc
    error = RuntimeError(message)
    error.__cause__ = exc
    error.__context__ = exc
    return error


def _async_gen_wrap(frame, value):
    return AsyncGenValue(value)


def _unary_positive(frame, value):
    return +value


def _list_to_tuple(frame, value):
    return tuple(value)


# -- PEP 695 --------------------------------------------------------------------------------


def _host_definition(source, **names):
    namespace = {f"__pyctk_{key}": value for key, value in names.items()}
    exec(source, namespace)
    return namespace


def _host_typevar(name, bound=None, constraints=None):
    if bound is not None:
        expression = "__pyctk_evaluate()"
        evaluate = bound
    else:
        expression = "(*__pyctk_evaluate(),)"
        evaluate = constraints
    if HAS_TYPE_PARAMS and name.isidentifier():
        namespace = _host_definition(f"def __pyctk_f[{name}: {expression}](): pass", evaluate=evaluate)
        return namespace["__pyctk_f"].__type_params__[0]
    TypeVar = _old_host_types().TypeVar
    if bound is not None:
        return TypeVar(name, bound=bound())
    return TypeVar(name, *constraints())


def _typevar(frame, name):
    import typing

    if HAS_TYPE_PARAMS:
        return typing.TypeVar(name, infer_variance=True)
    return _old_host_types().TypeVar(name)


def _paramspec(frame, name):
    import typing

    if HAS_TYPE_PARAMS:
        return typing.ParamSpec(name, infer_variance=True)
    return _old_host_types().ParamSpec(name)


def _typevartuple(frame, name):

    return TypeVarTuple(name)


def _subscript_generic(frame, params):
    import typing

    unpacked = []
    for param in params:
        if type(param).__name__ == "TypeVarTuple":
            param = next(iter(param))
        unpacked.append(param)
    return typing._GenericAlias(typing.Generic, tuple(unpacked))


def _param_syntax(param):
    kind = type(param).__name__
    if kind == "TypeVarTuple":
        return f"*{param.__name__}"
    if kind == "ParamSpec":
        return f"**{param.__name__}"
    return param.__name__


def _typealias(frame, args):
    name, type_params, compute_value = args
    type_params = tuple(type_params) if type_params is not None else ()
    if HAS_TYPE_PARAMS and name.isidentifier():
        if type_params:
            import typing

            try:
                return typing.TypeAliasType(name, compute_value(), type_params=type_params)
            except NameError:
                pass  # a forward reference: keep the value lazy (the parameters are re-made)
            params = ", ".join(_param_syntax(p) for p in type_params)
            namespace = _host_definition(f"type {name}[{params}] = __pyctk_value()", value=compute_value)
        else:
            namespace = _host_definition(f"type {name} = __pyctk_value()", value=compute_value)
        return namespace[name]
    return _old_host_types().TypeAliasType(name, type_params, compute_value)


_OLD_HOST_TYPES = None


def _old_host_types():
    """Hosts before 3.12: PEP 695 type parameters (variance inferred, so shown without
    ``~``) as subclasses of the host's typing classes, and a lazy TypeAliasType."""
    global _OLD_HOST_TYPES
    if _OLD_HOST_TYPES is not None:
        return _OLD_HOST_TYPES
    import types
    import typing

    class TypeVar(typing.TypeVar, _root=True):
        def __repr__(self):
            return self.__name__

    class ParamSpec(typing.ParamSpec, _root=True):
        def __repr__(self):
            return self.__name__

    _missing = object()

    class TypeAliasType:
        def __init__(self, name, type_params, compute_value):
            self.__name__ = name
            self.__type_params__ = type_params
            self._compute = compute_value
            self._value = _missing

        @property
        def __value__(self):
            if self._value is _missing:
                self._value = self._compute()
            return self._value

        def __getitem__(self, params):
            if not isinstance(params, tuple):
                params = (params,)
            return types.GenericAlias(self, params)

        def __or__(self, other):
            return typing.Union[self, other]

        def __ror__(self, other):
            return typing.Union[other, self]

        def __repr__(self):
            return self.__name__

    TypeAliasType.__module__ = "typing"
    _OLD_HOST_TYPES = types.SimpleNamespace(TypeVar=TypeVar, ParamSpec=ParamSpec, TypeAliasType=TypeAliasType)
    return _OLD_HOST_TYPES


def _prep_reraise_star(frame, orig, excs):
    return prep_reraise_star(orig, excs)


def _typevar_with_bound(frame, name, evaluate_bound):
    return _host_typevar(name, bound=evaluate_bound)


def _typevar_with_constraints(frame, name, evaluate_constraints):
    return _host_typevar(name, constraints=evaluate_constraints)


def _set_function_type_params(frame, func, params):
    func.__type_params__ = params
    return func


def _set_typeparam_default(frame, param, evaluate_default):
    """3.13 (PEP 696): a host type parameter's default cannot be set after the fact; the
    parameter is re-made by a host definition with a lazy default."""
    if not HAS_TYPE_PARAM_DEFAULTS:
        return param
    syntax = _param_syntax(param)
    extra = ""
    bound = getattr(param, "__bound__", None)
    constraints = getattr(param, "__constraints__", ())
    names = {"default": evaluate_default}
    if bound is not None:
        extra = ": __pyctk_bound"
        names["bound"] = bound
    elif constraints:
        extra = ": (*__pyctk_constraints,)"
        names["constraints"] = constraints
    namespace = _host_definition(f"def __pyctk_f[{syntax}{extra} = __pyctk_default()](): pass", **names)
    return namespace["__pyctk_f"].__type_params__[0]


UNARY = (
    _invalid,
    _print,
    _import_star,
    _stopiteration_error,
    _async_gen_wrap,
    _unary_positive,
    _list_to_tuple,
    _typevar,
    _paramspec,
    _typevartuple,
    _subscript_generic,
    _typealias,
)

BINARY = (
    _invalid,
    _prep_reraise_star,
    _typevar_with_bound,
    _typevar_with_constraints,
    _set_function_type_params,
    _set_typeparam_default,
)


def _unary(code, ins):
    return UNARY[ins.arg]


def _binary(code, ins):
    return BINARY[ins.arg]


@operand(_unary)
def call_intrinsic_1(frame, fn):
    s = frame.stack
    s[-1] = fn(frame, s[-1])


@operand(_binary)
def call_intrinsic_2(frame, fn):
    s = frame.stack
    value1 = s.pop()
    s[-1] = fn(frame, s[-1], value1)

# Stack effects of the handlers whose kind does not give one (checked against each
# version's dis.stack_effect by tests/test_single_definition.py).
effect(-1, call_intrinsic_2)
effect(0, call_intrinsic_1)
