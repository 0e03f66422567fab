"""Guest functions as real host functions (``types.FunctionType``).

Each guest function is a host function whose ``__code__`` is a *stub*: a host code object
with the guest's name, qualname, file, first line, parameters, local and free variable
names and flags, so ``inspect``, ``functools``, ``copy``, ``pickle`` and
``isinstance(f, types.FunctionType)`` see an ordinary function. One stub per guest code
object (and opcode set), shared by every function made of it; its body only hands its
arguments, already bound by the host, to the VM with the function's globals and cells:
``return _run(globals(), cells, ENTRY, p0, p1, ...)``. ENTRY, the stub's last constant, is
the :class:`Entry` (guest code, opcode set, VM) that ``guest_entry`` finds in O(1).

A guest call of a guest function never runs the stub: the VM finds the entry
(``guest_entry``) and pushes the frame in its running loop. Host calls (callbacks,
``sorted(key=)``, class instantiation, threads) go through the stub and bind natively.

Generator functions get a stub that is a host generator delegating to pyctk's
(``yield from``), coroutines one that awaits pyctk's, async generators one that passes each step on to
pyctk's, so the program's generators, coroutines and async generators are the host's own
kinds (``inspect``, ``asyncio``, ``types.GeneratorType``).
"""

from __future__ import annotations

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
from pyctk.runtime import hosttb
from pyctk.runtime.faults import BytecodeFault
from pyctk.runtime.hosttb import without_pyctk
from pyctk.versions.host import CODE_HAS_QUALNAME

FunctionType = types.FunctionType

_KINDS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE
_PLACEHOLDER = "\x00pyctk-entry"
_RUN = "\x00pyctk-run"
_GLOBALS = "\x00pyctk-globals"


class Entry:
    """What running a guest code object needs (one per code, opcode set and guest
    interpreter), kept as the last constant of its stub. ``vm`` is the interpreter
    (``interp.py``): a host call runs on the calling thread's executor."""

    __slots__ = ("vm", "opset", "code", "kind", "program", "direct", "exact", "host_call", "__weakref__")

    def __init__(self, vm, opset, code, kind):
        self.vm = vm
        self.opset = opset
        self.code = code
        self.kind = kind
        self.program = None  # the decoded code, on first call
        self.direct = None  # how translated code calls it, once it is translated (translate.call_guest)
        self.exact = None  # the same, its arguments one by one: {count: direct} (translate.fill_site)
        self.host_call = None  # how its stub runs it once it is translated (translate.host_call; False: never)

    def __repr__(self) -> str:
        return f"<pyctk entry of {self.code.co_name}>"


hosttb.STUB_MARKS.add(Entry)  # a stub's frame is pyctk's: never shown as the guest's


def _run(globals_, closure, entry, *bound):
    """The stub's body: a host call of a guest function, its arguments bound by the host
    in slot order; the function's globals and cells as the stub's frame has them."""
    interp = entry.vm
    try:  # (``interp.executor()`` written out: once per host call)
        vm = interp._local.vm
    except AttributeError:
        vm = interp.executor()
    try:
        if entry.host_call:  # translated: straight into its translation
            return entry.host_call(vm, globals_, closure, bound)
        return run_stub(vm, entry, globals_, closure, bound)
    except BaseException as exc:
        # The host code that called sees the guest's frames, not pyctk's.
        try:
            exc.__traceback__ = without_pyctk(exc.__traceback__)
        except RecursionError:  # at the host's limit: the exception as it is
            pass
        raise


def run_stub(vm, entry, globals_, closure, bound):
    """A host call of a guest function run by the loop (its generator made, for a
    generator function); once its code is translated, later calls go straight into the
    translation (``Entry.host_call``)."""
    frame = vm.frame_for_entry(entry, globals_, closure, bound)
    if entry.kind:
        return vm.make_generator(entry, frame)
    if entry.host_call is None and frame.plan.translated is not None:
        from pyctk.runtime.translate import host_call

        entry.host_call = host_call(entry, vm) or False  # (False: it has none, and will not)
    return vm.run_frame(frame)


def guest_entry(func):
    """The Entry of a guest function, None for anything else."""
    if type(func) is FunctionType:
        consts = func.__code__.co_consts
        if consts and type(consts[-1]) is Entry:
            return consts[-1]
    return None


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


def _template(posonly, positional, kwonly, varargs, varkw, nlocals, nfree, kind) -> types.CodeType:
    key = (posonly, positional, kwonly, varargs, varkw, nlocals, nfree, kind)
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
    free = [f"f{i}" for i in range(nfree)]
    # A lambda over the free variables gives the stub's cells (a host frame shows no cells).
    cells = f"(lambda: ({', '.join(free)},)).__closure__" if free else "None"
    call = f"{_RUN!r}({_GLOBALS!r}(), {cells}, {_PLACEHOLDER!r}{''.join(', ' + n for n in names)})"
    # The guest's other locals come next (3.11+ numbers the cells after them): never set.
    extra = [f"l{i}" for i in range(nlocals)]
    body = f"    if False:\n        {' = '.join(extra)} = None\n" if extra else ""
    if kind & CO_COROUTINE:
        head, body = "async def", body + f"    return await {call}\n"
    elif kind & CO_ASYNC_GENERATOR:
        head, body = "async def", body + _ASYNCGEN_BODY.replace("CALL", call)
    elif kind & (CO_GENERATOR | CO_ITERABLE_COROUTINE):
        head, body = "def", body + f"    return (yield from {call})\n"
    else:
        head, body = "def", body + f"    return {call}\n"
    source = f"def outer():\n    {' = '.join(free + ['None'])}\n" if free else "def outer():\n"
    source += "".join("    " + line + "\n" for line in f"{head} stub({', '.join(params)}):\n{body}".splitlines())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "'str' object is not callable"
        module = compile(source, "<pyctk stub>", "exec")
    outer = next(c for c in module.co_consts if isinstance(c, types.CodeType))
    code = next(c for c in outer.co_consts if isinstance(c, types.CodeType))
    if code.co_consts[-1] != _PLACEHOLDER:  # guest_entry relies on it
        raise RuntimeError("pyctk: a function stub's entry is not its last constant")
    consts = tuple(_run if c == _RUN else globals if c == _GLOBALS else c for c in code.co_consts)
    code = _templates[key] = code.replace(co_consts=consts)
    return code


def _stub_for(code, opset, vm):
    """The stub code of a guest code object, its entry the last constant (cached on the
    code: every function made of it shares it, as CPython's share their code)."""
    vm = vm.interp  # every thread's functions of this code share one stub
    stubs = code.__dict__.setdefault("_stubs", {})
    stub = stubs.get(opset)
    if stub is not None and stub.co_consts[-1].vm is vm:
        return stub
    flags = code.co_flags
    kind = flags & _KINDS
    positional = code.co_argcount
    kwonly = code.co_kwonlyargcount
    varargs = 1 if flags & CO_VARARGS else 0
    varkw = 1 if flags & CO_VARKEYWORDS else 0
    nfree = len(code.co_freevars)
    nargs = positional + kwonly + varargs + varkw
    # All the guest's local names (co_varnames, co_nlocals as the guest knows them): the
    # stub uses only the parameters' slots.
    names = tuple(code.co_varnames)
    valid = len(names) >= nargs and len(set(names)) == len(names) and all(type(n) is str for n in names)
    template = _template(code.co_posonlyargcount, positional, kwonly, varargs, varkw,
                         len(names) - nargs if valid else 0, nfree, kind)
    if not valid:
        names = template.co_varnames  # damaged names: keep the template's
    elif kind & CO_ASYNC_GENERATOR:  # the delegating body's own locals after the guest's
        names = names + tuple("\x00" + n for n in template.co_varnames[len(names):])
    freevars = tuple(code.co_freevars)
    if len(set(freevars) | set(names)) != len(freevars) + len(names) or not all(type(n) is str for n in freevars):
        freevars = template.co_freevars
    entry = Entry(vm, opset, code, kind)
    fields = dict(
        co_name=str(code.co_name), co_filename=str(code.co_filename), co_firstlineno=max(int(code.co_firstlineno), 1),
        co_varnames=names, co_nlocals=len(names), co_freevars=freevars, co_consts=template.co_consts[:-1] + (entry,),
    )
    if CODE_HAS_QUALNAME:
        fields["co_qualname"] = str(getattr(code, "co_qualname", code.co_name))
    stub = stubs[opset] = template.replace(**fields)
    return stub


def make_function(vm, code, globals_, name=None, defaults=None, kwdefaults=None, closure=None,
                  annotations=None, qualname=None, opset=None):
    """A guest function: what MAKE_FUNCTION (and MAKE_CLOSURE) make."""
    if type(code) is not Code:  # MAKE_FUNCTION given something else by bad bytecode
        raise BytecodeFault(f"it makes a function of a {type(code).__name__}, not of a code object")
    if opset is None:
        # The stub of the run's own choice of set (the code object's version and where it
        # came from decide it: it never changes), kept on the code for the next function
        # made of it (a lambda or a closure made in a loop).
        made = code.__dict__.get("_made")
        if made is not None and made[0] is vm.interp:
            stub = made[1]
        else:
            stub = _stub_for(code, vm.opset_for_code(code), vm)
            code.__dict__["_made"] = (vm.interp, stub)
    else:
        stub = _stub_for(code, opset, vm)
    if closure:
        closure = tuple(closure)
        if len(closure) != len(stub.co_freevars):
            raise BytecodeFault(f"it makes a function of {len(stub.co_freevars)} free variables with {len(closure)} cells")
    elif stub.co_freevars:  # 3.13: SET_FUNCTION_ATTRIBUTE gives the cells next
        closure = tuple(types.CellType() for _ in stub.co_freevars)
    else:
        closure = None
    func = FunctionType(stub, globals_, name if name is not None else stub.co_name,
                        tuple(defaults) if defaults else None, closure)
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
    new = FunctionType(func.__code__, func.__globals__, func.__name__, func.__defaults__,
                       tuple(closure) if closure else None)
    new.__qualname__ = func.__qualname__
    new.__kwdefaults__ = func.__kwdefaults__
    new.__doc__ = func.__doc__
    if func.__dict__:
        new.__dict__.update(func.__dict__)
    new.__annotations__ = func.__annotations__
    return new
