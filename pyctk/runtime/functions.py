"""Guest functions as real host functions (``types.FunctionType``).

Each guest function is a host function whose ``__code__`` is a *stub*: a host code object
with the guest's name, qualname, file, first line, parameters and flags, so ``inspect``,
``functools``, ``copy``, ``pickle`` and ``isinstance(f, types.FunctionType)`` see an
ordinary function. The stub's body only hands its arguments, already bound by the host,
to the VM: ``return ENTRY(p0, p1, ...)``, where ENTRY (the stub's last constant) is this
function's :class:`Entry`, what the VM needs to run it (code, opcode set, globals, cells).

A guest call of a guest function never runs the stub: the VM finds the entry
(``guest_entry``) and pushes the frame in its running loop. Host calls (callbacks,
``sorted(key=)``, class instantiation, threads) go through the stub and bind natively.

Generator functions get a stub that is a host generator delegating to pyctk's
(``yield from``), coroutines one that awaits pyctk's, async generators one that passes each step on to
pyctk's, so the program's generators, coroutines and async generators are the host's own
kinds (``inspect``, ``asyncio``, ``types.GeneratorType``).
"""

from __future__ import annotations

import sys
import types
import warnings

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

FunctionType = types.FunctionType

_KINDS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE
_PLACEHOLDER = "\x00pyctk-entry"
_HAS_QUALNAME = sys.version_info >= (3, 11)


class Entry:
    """What running one guest function needs, kept among its stub's constants."""

    __slots__ = ("vm", "opset", "code", "kind", "program", "globals", "closure", "__weakref__")

    def __init__(self, vm, opset, code, kind, globals_, closure):
        self.vm = vm
        self.opset = opset
        self.code = code
        self.kind = kind
        self.program = None  # the decoded code, on first call
        self.globals = globals_
        self.closure = closure

    def __call__(self, *fast):
        """The stub's body: a host call with the arguments bound, in slot order."""
        vm = self.vm
        frame = vm.frame_for_entry(self, fast)
        if self.kind:
            return vm.make_generator(self, frame)
        return vm.run_frame(frame)

    def __repr__(self) -> str:
        return f"<pyctk entry of {self.code.co_name}>"


def guest_entry(func):
    """The Entry of a guest function, None for anything else."""
    if type(func) is FunctionType:
        consts = func.__code__.co_consts
        if consts and type(consts[-1]) is Entry:
            return consts[-1]
    return None


def is_guest_function(obj) -> bool:
    return guest_entry(obj) is not None


# -- stubs -------------------------------------------------------------------------------------

_templates: dict = {}

# An async generator can delegate only by hand: each asend/athrow/aclose of the host's is
# passed on to pyctk's. Its locals follow the parameters (``_stub_for`` keeps their names).
_ASYNCGEN_BODY = """\
    inner = CALL
    sent = None
    while True:
        try:
            value = await inner.asend(sent)
        except StopAsyncIteration:
            return
        while True:
            try:
                sent = yield value
                break
            except GeneratorExit:
                await inner.aclose()
                raise
            except BaseException as exc:
                try:
                    value = await inner.athrow(exc)
                except StopAsyncIteration:
                    return
"""


def _template(posonly, positional, kwonly, varargs, varkw, kind) -> types.CodeType:
    key = (posonly, positional, kwonly, varargs, varkw, kind)
    code = _templates.get(key)
    if code is not None:
        return code
    names = [f"p{i}" for i in range(positional + kwonly + varargs + varkw)]
    params = names[:posonly]
    if posonly:
        params.append("/")
    params += names[posonly:positional]
    if varargs:
        params.append("*" + names[positional + kwonly])
    elif kwonly:
        params.append("*")
    params += names[positional:positional + kwonly]
    if varkw:
        params.append("**" + names[-1])
    call = f'{_PLACEHOLDER!r}({", ".join(names)})'
    if kind & CO_COROUTINE:
        source = f"async def stub({', '.join(params)}):\n    return await {call}\n"
    elif kind & (CO_GENERATOR | CO_ITERABLE_COROUTINE) and not kind & CO_ASYNC_GENERATOR:
        source = f"def stub({', '.join(params)}):\n    return (yield from {call})\n"
    elif kind & CO_ASYNC_GENERATOR:
        source = f"async def stub({', '.join(params)}):\n" + _ASYNCGEN_BODY.replace("CALL", call)
    else:
        source = f"def stub({', '.join(params)}):\n    return {call}\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "'str' object is not callable"
        module = compile(source, "<pyctk stub>", "exec")
    code = next(c for c in module.co_consts if isinstance(c, types.CodeType))
    if code.co_consts[-1] != _PLACEHOLDER:  # the lookup of guest_entry relies on it
        raise RuntimeError("pyctk: a function stub's entry is not its last constant")
    _templates[key] = code
    return code


def _stub_for(code, opset):
    """The stub code of a guest code object, without its entry (cached on the code)."""
    stubs = code.__dict__.setdefault("_stubs", {})
    stub = stubs.get(opset)
    if stub is not None:
        return stub
    flags = code.co_flags
    kind = flags & _KINDS
    positional = code.co_argcount
    kwonly = code.co_kwonlyargcount
    varargs = 1 if flags & CO_VARARGS else 0
    varkw = 1 if flags & CO_VARKEYWORDS else 0
    template = _template(code.co_posonlyargcount, positional, kwonly, varargs, varkw, kind)
    nargs = positional + kwonly + varargs + varkw
    # All the guest's local names (co_varnames, co_nlocals as the guest knows them): the
    # stub uses only the parameters' slots.
    names = tuple(code.co_varnames)
    if len(names) < nargs or len(set(names)) != len(names) or not all(type(n) is str for n in names):
        names = template.co_varnames  # damaged names: keep the template's
    elif kind & CO_ASYNC_GENERATOR:  # the delegating body's own locals after the parameters
        names = names[:nargs] + tuple("\x00" + n for n in template.co_varnames[nargs:])
    freevars = tuple(code.co_freevars)
    if not all(type(n) is str for n in freevars):
        freevars = tuple(f"free{i}" for i in range(len(freevars)))
    fields = dict(
        co_name=str(code.co_name), co_filename=str(code.co_filename), co_firstlineno=max(int(code.co_firstlineno), 1),
        co_varnames=names, co_nlocals=len(names), co_freevars=freevars, co_flags=template.co_flags,
    )
    if _HAS_QUALNAME:
        fields["co_qualname"] = str(getattr(code, "co_qualname", code.co_name))
    stub = stubs[opset] = template.replace(**fields)
    return stub


def make_function(vm, code, globals_, name=None, defaults=None, kwdefaults=None, closure=None,
                  annotations=None, qualname=None, opset=None):
    """A guest function: what MAKE_FUNCTION (and MAKE_CLOSURE) make."""
    if type(code) is not Code:  # MAKE_FUNCTION given something else by bad bytecode
        raise BytecodeFault(f"it makes a function of a {type(code).__name__}, not of a code object")
    if opset is None:
        opset = vm.opset_for_code(code)
    stub = _stub_for(code, opset)
    closure = tuple(closure) if closure else None
    entry = Entry(vm, opset, code, code.co_flags & _KINDS, globals_, closure)
    consts = stub.co_consts
    stub = stub.replace(co_consts=consts[:-1] + (entry,))
    host_closure = closure
    if closure is None and stub.co_freevars:  # 3.13: SET_FUNCTION_ATTRIBUTE gives the cells next
        host_closure = tuple(types.CellType() for _ in stub.co_freevars)
    elif closure is not None and len(closure) != len(stub.co_freevars):
        raise BytecodeFault(f"it makes a function of {len(stub.co_freevars)} free variables with {len(closure)} cells")
    func = FunctionType(stub, globals_, name if name is not None else stub.co_name,
                        tuple(defaults) if defaults else None, host_closure)
    if qualname is None:
        qualname = code.co_qualname  # 3.11+ guests: the code has it (a 3.10 host's stub not)
    if qualname != func.__qualname__:
        func.__qualname__ = qualname
    if kwdefaults:
        func.__kwdefaults__ = dict(kwdefaults)
    if annotations:
        func.__annotations__ = annotations
    consts = code.co_consts
    if consts and type(consts[0]) is str and code.co_name != "<lambda>":
        func.__doc__ = consts[0]
    return func


def with_closure(func, closure):
    """3.13's SET_FUNCTION_ATTRIBUTE 8: a host function's closure is fixed when it is
    made, so the function is made again (nothing else holds it yet)."""
    entry = guest_entry(func)
    closure = tuple(closure) if closure else None
    entry.closure = closure
    new = FunctionType(func.__code__, func.__globals__, func.__name__, func.__defaults__, closure)
    new.__qualname__ = func.__qualname__
    new.__kwdefaults__ = func.__kwdefaults__
    new.__doc__ = func.__doc__
    if func.__dict__:
        new.__dict__.update(func.__dict__)
    new.__annotations__ = func.__annotations__
    return new
