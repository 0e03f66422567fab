"""Guest objects the host has no type for: functions, cells, generators, coroutines.

They are host objects in every way that matters: a Function is a host callable and a
descriptor (so it becomes a bound method on instances and works as a ``sorted`` key),
a Generator is a host iterator, a Coroutine can be driven by host ``asyncio``.
"""

from __future__ import annotations

import collections.abc
import types

from pyctk.code import (
    CO_ASYNC_GENERATOR,
    CO_COROUTINE,
    CO_GENERATOR,
    CO_ITERABLE_COROUTINE,
    CO_VARARGS,
    CO_VARKEYWORDS,
    Code,
)
from pyctk.runtime.faults import BytecodeFault
from pyctk.runtime.hosttb import without_pyctk


class _Null:
    """An empty local or cell slot."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<NULL>"

    def __bool__(self) -> bool:
        return False


NULL = _Null()


# Guest cells are host cells: closures look native, and type.__new__ accepts them as
# ``__classcell__`` (and fills them with the new class itself).
Cell = types.CellType


def cell_get(cell):
    """The cell's value, or NULL when it is empty."""
    try:
        return cell.cell_contents
    except ValueError:
        return NULL


class Function:
    """A guest function. Calling it from the host runs it in its VM."""

    # What CPython keeps outside a function's __dict__ is slotted here too, so that
    # functools.wraps (which copies __dict__) copies only the guest's own attributes.
    __slots__ = ("_vm", "_opset", "_kind", "_program", "__code__", "__globals__", "__name__", "__qualname__", "__defaults__",
                 "__kwdefaults__", "__closure__", "__annotations__", "__type_params__", "_doc", "_module",
                 "__dict__", "__weakref__")

    def __init__(self, vm, code, globals_, name=None, defaults=None, kwdefaults=None, closure=None,
                 annotations=None, qualname=None, opset=None):
        if type(code) is not Code:  # MAKE_FUNCTION given something else by bad bytecode
            raise BytecodeFault(f"it makes a function of a {type(code).__name__}, not of a code object")
        self._vm = vm
        self._opset = opset if opset is not None else vm.opset_for_code(code)
        self._program = None  # the decoded code, on first call
        self.__code__ = code
        self.__globals__ = globals_
        self.__name__ = name if name is not None else code.co_name
        self.__qualname__ = qualname if qualname is not None else code.co_qualname
        self.__defaults__ = tuple(defaults) if defaults else None
        self.__kwdefaults__ = dict(kwdefaults) if kwdefaults else None
        self.__closure__ = tuple(closure) if closure else None
        self.__annotations__ = annotations if annotations is not None else {}
        self.__module__ = globals_.get("__name__") if isinstance(globals_, dict) else None
        consts = code.co_consts
        self.__doc__ = consts[0] if consts and isinstance(consts[0], str) and not self._is_lambda() else None
        self.__type_params__ = ()
        kind = code.co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE)
        self._kind = kind

    # Slots named __doc__/__module__ would clash with the class's own; properties do not.
    __doc__ = property(lambda self: self._doc, lambda self, value: setattr(self, "_doc", value))
    __module__ = property(lambda self: self._module, lambda self, value: setattr(self, "_module", value))

    # What host introspection asks of a function it cannot recognise by type.
    @property
    def _is_coroutine(self):
        """asyncio.iscoroutinefunction's marker (hosts before 3.12)."""
        if self.__code__.co_flags & CO_COROUTINE:
            import asyncio.coroutines

            return getattr(asyncio.coroutines, "_is_coroutine", None)
        return None

    @property
    def _is_coroutine_marker(self):
        """inspect.iscoroutinefunction's marker (hosts 3.12+)."""
        if self.__code__.co_flags & CO_COROUTINE:
            import inspect

            return getattr(inspect, "_is_coroutine_mark", None)
        return None

    @property
    def __signature__(self):
        return _signature(self)

    def _is_lambda(self) -> bool:
        return self.__code__.co_name == "<lambda>"

    # Python 2 spellings, visible to 2.7 guests.
    @property
    def func_name(self):
        return self.__name__

    @property
    def func_code(self):
        return self.__code__

    @property
    def func_globals(self):
        return self.__globals__

    @property
    def func_defaults(self):
        return self.__defaults__

    @property
    def func_closure(self):
        return self.__closure__

    @property
    def func_doc(self):
        return self.__doc__

    @property
    def func_dict(self):
        return self.__dict__

    def __call__(self, *args, **kwargs):
        try:
            return self._vm.call_function(self, args, kwargs)
        except BaseException as exc:
            # The host code that called sees the guest's frames, not pyctk's (3.10 keeps this one).
            try:
                exc.__traceback__ = without_pyctk(exc.__traceback__)
            except RecursionError:  # at the host's limit: the exception as it is
                pass
            raise

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)

    def __repr__(self) -> str:
        return f"<function {self.__qualname__} at {id(self):#x}>"


Function.__name__ = Function.__qualname__ = "function"
collections.abc.Callable.register(Function)


def _signature(func):
    import inspect

    code = func.__code__
    P = inspect.Parameter
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = P.POSITIONAL_ONLY if i < code.co_posonlyargcount else P.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else P.empty
        params.append(P(names[i], kind, default=default, annotation=annotations.get(names[i], P.empty)))
    index = npos + nkw
    if code.co_flags & CO_VARARGS:
        params.append(P(names[index], P.VAR_POSITIONAL, annotation=annotations.get(names[index], P.empty)))
        index += 1
    for i in range(npos, npos + nkw):
        params.append(P(names[i], P.KEYWORD_ONLY, default=kwdefaults.get(names[i], P.empty),
                        annotation=annotations.get(names[i], P.empty)))
    if code.co_flags & CO_VARKEYWORDS:
        params.append(P(names[index], P.VAR_KEYWORD, annotation=annotations.get(names[index], P.empty)))
    return inspect.Signature(params, return_annotation=annotations.get("return", inspect.Signature.empty))


class _GeneratorBase:
    """Shared by generators and coroutines: a suspended frame resumed by send/throw."""

    __slots__ = ("frame", "_vm", "running", "__name__", "__qualname__", "exc_state", "_started", "code_flags",
                 "__weakref__")

    def __init__(self, vm, frame, name, qualname):
        self._vm = vm
        self.frame = frame
        self.running = False
        self.__name__ = name
        self.__qualname__ = qualname
        self.exc_state = None  # the exception this generator was handling when it suspended
        self._started = False
        self.code_flags = frame.code.co_flags

    def _send(self, value):
        if self.frame is None:
            raise StopIteration
        return self._vm.resume_generator(self, value, None)

    def _throw(self, typ, val=None, tb=None):
        if isinstance(typ, BaseException):
            exc = typ
        elif isinstance(typ, type) and issubclass(typ, BaseException):
            exc = typ() if val is None else (val if isinstance(val, typ) else typ(val) if not isinstance(val, tuple) else typ(*val))
        else:
            raise TypeError("exceptions must be classes or instances deriving from BaseException, not " + type(typ).__name__)
        if self.frame is None:
            raise exc
        return self._vm.resume_generator(self, None, exc)

    def _close(self):
        if self.frame is None:
            return None
        if not self._started:
            self._vm.finish_generator(self)
            return None
        try:
            self._vm.resume_generator(self, None, GeneratorExit())
        except (GeneratorExit, StopIteration):
            return None
        except StopAsyncIteration:
            if isinstance(self, AsyncGenerator):
                return None
            raise
        raise RuntimeError(self._ignored_exit_message)

    def __del__(self):
        # Like CPython, finalize a suspended generator so its finally blocks run.
        frame = getattr(self, "frame", None)
        if frame is not None and self._started and not self.running:
            try:
                self._close()
            except BaseException:
                pass

    @property
    def _code(self):
        return self.frame.code if self.frame is not None else None


# The state attributes CPython gives each kind under its own prefix (gi_, cr_, ag_).
_frame_of = property(lambda self: self.frame)
_running_of = property(lambda self: self.running)
_code_of = property(lambda self: self._code)
_suspended_of = property(lambda self: self.frame is not None and self._started and not self.running)
_delegate_of = property(lambda self: self.frame.delegate if self.frame is not None else None)


class Generator(_GeneratorBase):
    __slots__ = ()
    _ignored_exit_message = "generator ignored GeneratorExit"

    def __iter__(self):
        return self

    def __next__(self):
        return self._send(None)

    def next(self):  # 2.7 spelling
        return self._send(None)

    send = _GeneratorBase._send
    throw = _GeneratorBase._throw
    close = _GeneratorBase._close
    gi_frame = _frame_of
    gi_running = _running_of
    gi_code = _code_of
    gi_suspended = _suspended_of
    gi_yieldfrom = _delegate_of

    def __repr__(self) -> str:
        return f"<generator object {self.__qualname__} at {id(self):#x}>"


Generator.__name__ = Generator.__qualname__ = "generator"
collections.abc.Generator.register(Generator)


class Coroutine(_GeneratorBase):
    __slots__ = ()
    _ignored_exit_message = "coroutine ignored GeneratorExit"

    send = _GeneratorBase._send
    throw = _GeneratorBase._throw
    close = _GeneratorBase._close
    cr_frame = _frame_of
    cr_running = _running_of
    cr_code = _code_of
    cr_suspended = _suspended_of
    cr_await = _delegate_of

    def __await__(self):
        return _CoroutineWrapper(self)

    def __repr__(self) -> str:
        return f"<coroutine object {self.__qualname__} at {id(self):#x}>"


Coroutine.__name__ = Coroutine.__qualname__ = "coroutine"
collections.abc.Coroutine.register(Coroutine)


class _CoroutineWrapper:
    """What ``coro.__await__()`` returns: an iterator over the coroutine."""

    __slots__ = ("coro",)

    def __init__(self, coro):
        self.coro = coro

    def __iter__(self):
        return self

    def __next__(self):
        return self.coro.send(None)

    def send(self, value):
        return self.coro.send(value)

    def throw(self, *args):
        return self.coro.throw(*args)

    def close(self):
        return self.coro.close()


collections.abc.Generator.register(_CoroutineWrapper)


class AsyncGenerator(_GeneratorBase):
    """An async generator. The frame yields ``AsyncGenValue`` wrappers for values the
    generator produces, plain values for what its awaits pass up to the event loop."""

    __slots__ = ("_closed_by_athrow", "_hooks_done")
    _ignored_exit_message = "async generator ignored GeneratorExit"

    def __init__(self, vm, frame, name, qualname):
        super().__init__(vm, frame, name, qualname)
        self._closed_by_athrow = False
        self._hooks_done = False

    def __aiter__(self):
        return self

    def __anext__(self):
        return _AsyncGenStep(self, None, None)

    def asend(self, value):
        return _AsyncGenStep(self, value, None)

    def athrow(self, typ, val=None, tb=None):
        if isinstance(typ, BaseException):
            exc = typ
        else:
            exc = typ() if val is None else typ(val)
        return _AsyncGenStep(self, None, exc, is_throw=True)

    def aclose(self):
        return _AsyncGenStep(self, None, GeneratorExit(), is_close=True)

    ag_frame = _frame_of
    ag_running = _running_of
    ag_code = _code_of
    ag_await = _delegate_of

    def __del__(self):
        pass  # finalization of async generators belongs to the event loop (aclose)

    def __repr__(self) -> str:
        return f"<async_generator object {self.__qualname__} at {id(self):#x}>"


AsyncGenerator.__name__ = AsyncGenerator.__qualname__ = "async_generator"
collections.abc.AsyncGenerator.register(AsyncGenerator)


class AsyncGenValue:
    """Marks a value an async generator yields (as opposed to one its awaits pass up)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class _AsyncGenStep:
    """The awaitable of ``__anext__``/``asend``/``athrow``/``aclose``."""

    __slots__ = ("agen", "value", "exc", "is_close", "is_throw", "done")

    def __init__(self, agen, value, exc, is_close=False, is_throw=False):
        self.agen = agen
        self.value = value
        self.exc = exc
        self.is_close = is_close
        self.is_throw = is_throw
        self.done = False

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _step(self, value, exc):
        agen = self.agen
        if self.done:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        if agen.frame is None:
            self.done = True
            if self.is_close:
                raise StopIteration(None)
            if self.is_throw and exc is not None:
                raise exc
            raise StopAsyncIteration
        try:
            if exc is not None:
                result = agen._vm.resume_generator(agen, None, exc)
            else:
                result = agen._vm.resume_generator(agen, value, None)
        except StopIteration:
            self.done = True
            if self.is_close:
                raise StopIteration(None) from None
            raise StopAsyncIteration from None
        except StopAsyncIteration:
            self.done = True
            if self.is_close:
                raise StopIteration(None) from None
            raise
        except GeneratorExit:
            self.done = True
            if self.is_close:
                raise StopIteration(None) from None
            raise
        if isinstance(result, AsyncGenValue):
            self.done = True
            if self.is_close:
                raise RuntimeError("async generator ignored GeneratorExit")
            raise StopIteration(result.value)
        return result

    def send(self, value):
        if self.exc is not None:
            exc, self.exc = self.exc, None
            return self._step(None, exc)
        first = self.value
        self.value = None
        return self._step(first if first is not None else value, None)

    def throw(self, typ, val=None, tb=None):
        exc = typ if isinstance(typ, BaseException) else (typ() if val is None else typ(val))
        return self._step(None, exc)

    def close(self):
        self.done = True


collections.abc.Coroutine.register(_AsyncGenStep)
