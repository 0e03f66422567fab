"""Guest objects the host has no type for: cells, generators, coroutines.

They are host objects in every way that matters: a Generator is a host iterator, a
Coroutine can be driven by host ``asyncio``. Guest functions are host functions
(``functions.py``); their stubs delegate to these generators and coroutines.
"""

from __future__ import annotations

import collections.abc
import types


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


# Guest functions are host functions (runtime/functions.py); the name stays for the
# modules that test for them.
Function = types.FunctionType


def _named_as(cls, name, abc) -> None:
    """The guest sees ``cls`` as CPython's type ``name`` (its repr says so), an ``abc``."""
    cls.__name__ = cls.__qualname__ = name
    abc.register(cls)


class _GeneratorBase:
    """Shared by generators and coroutines: a suspended frame resumed by send/throw."""

    __slots__ = ("frame", "_vm", "running", "__name__", "__qualname__", "exc_state", "_started", "code_flags",
                 "engine", "__weakref__")

    def __init__(self, vm, frame, name, qualname):
        self._vm = vm
        self.frame = frame
        self.running = False
        self.__name__ = name
        self.__qualname__ = qualname
        self.exc_state = None  # the exception this generator was handling when it suspended
        self._started = False
        self.engine = None  # a translated generator's host generator (vm.resume_generator)
        self.code_flags = frame.code.co_flags

    def __repr__(self) -> str:
        return f"<{type(self).__name__} object {self.__qualname__} at {id(self):#x}>"

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
        try:
            return self._vm.resume_generator(self, None, exc)
        finally:
            exc = val = typ = None  # no cycle with the traceback of what is raised

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

    def __next__(self):  # _send(None), written out: once per item
        if self.frame is None:
            raise StopIteration
        return self._vm.resume_generator(self, None, None)

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



_named_as(Generator, "generator", collections.abc.Generator)


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



_named_as(Coroutine, "coroutine", collections.abc.Coroutine)


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
    generator produces, plain values for what its awaits pass up to the event loop.

    The guest sees it through its function's stub, a host async generator forwarding to
    it (``functions.py``): the host calls the asyncgen hooks (``sys.set_asyncgen_hooks``,
    asyncio's finalization) for that one, so this one calls none."""

    __slots__ = ("_closed_by_athrow",)
    _ignored_exit_message = "async generator ignored GeneratorExit"

    def __init__(self, vm, frame, name, qualname):
        super().__init__(vm, frame, name, qualname)
        self._closed_by_athrow = False

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
        pass  # its stub's host async generator is finalized by the host (and closes it)



_named_as(AsyncGenerator, "async_generator", collections.abc.AsyncGenerator)


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
