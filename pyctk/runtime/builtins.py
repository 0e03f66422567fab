"""The guest's builtins: the host's, with the few that must see guest frames replaced.

``super()`` without arguments, ``globals()``, ``locals()``, ``vars()``, ``dir()``,
``eval``/``exec``/``compile``, ``__build_class__`` and ``__import__`` all need the guest's
running frame or must run guest code in the VM. A version's own differences (2.7's whole
set) are added by its opcode set's ``builtins`` fact on top of ``make_builtins``.
"""

from __future__ import annotations

import builtins as host_builtins
import functools
import inspect
import os
import types

from pyctk.runtime.apisurface import filter_builtins
from pyctk.runtime.compilers import FUTURE_MASK, PyCF_ONLY_AST, compile_for, exec_namespaces, host_code_to_guest
from pyctk.runtime.functions import Entry, guest_entry
from pyctk.runtime.hostcompat import missing_builtins
from pyctk.runtime.listsort import guest_sorted, needs_guest_sort
from pyctk.runtime.objects import NULL, cell_get


def make_builtins(vm, opset) -> dict:
    table = dict(host_builtins.__dict__)
    table.update(missing_builtins())  # 3.11's exception groups on a 3.10 host
    if opset.fact("float_sum_compensated", False) != _HOST_SUM_COMPENSATED:
        # 3.12 changed how sum() adds floats; give the guest its version's way.
        table["sum"] = sum_compensated if opset.fact("float_sum_compensated", False) else sum_plain
    for name in opset.fact("absent_builtins", ()):
        table.pop(name, None)

    class super_(super):
        __doc__ = super.__doc__

        def __init__(self, *args):
            if not args:
                args = opset.fact("super_args")(vm.frame)
            try:
                super().__init__(*args)
            except TypeError:
                # The host's own words for a call of super (its __init__ words them
                # otherwise: "must be type"), reworded as the guest's by messages.py.
                host_builtins.super(*args)
                raise

    super_.__name__ = super_.__qualname__ = "super"
    super_.__module__ = "builtins"

    def globals_():
        return vm.frame.globals

    def locals_():
        return vm.current_locals()

    def vars_(*args, **kwargs):
        if kwargs:  # the C function's words
            raise TypeError("vars() takes no keyword arguments")
        if args:
            return host_builtins.vars(*args)
        return vm.current_locals()

    def dir_(*args, **kwargs):
        if kwargs:  # the C function's words
            raise TypeError("dir() takes no keyword arguments")
        if args:
            return host_builtins.dir(*args)
        return sorted(vm.current_locals())

    def compile_(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kwargs):
        if isinstance(source, types.CodeType) or _is_guest_code(source):
            return _guest_code_of_stub(source)
        if flags & PyCF_ONLY_AST or not isinstance(source, (str, bytes, bytearray, memoryview)):
            # An AST (asked for, or given to compile): the host's, as version-neutral as it gets.
            host_code = host_builtins.compile(source, filename, mode, flags, True, optimize, **kwargs)
            return host_code if flags & PyCF_ONLY_AST else to_guest_code(host_code)
        if not dont_inherit:
            flags |= _caller_flags()
        if mode not in ("exec", "eval", "single"):
            raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
        if isinstance(filename, (bytes, bytearray)):
            filename = os.fsdecode(filename)
        return compile_for(opset.version, bytes(source) if not isinstance(source, str) else source,
                           os.fspath(filename), mode, flags)

    def _caller_flags():
        frame = vm.frame
        return frame.code.co_flags & FUTURE_MASK if frame is not None else 0

    _exec_args = functools.partial(exec_namespaces, vm)

    def _run(code, globals_, locals_):
        """Run exec'd or eval'd code with the builtins its globals name, as CPython does
        (``{'__builtins__': {}}`` makes a restricted namespace)."""
        frame = vm.make_frame(code, globals_, locals_)
        given = globals_.get("__builtins__") if isinstance(globals_, dict) else None
        if given is not None and given is not host_builtins and given is not frame.builtins:
            if isinstance(given, types.ModuleType):
                given = given.__dict__
            if isinstance(given, dict) and given is not host_builtins.__dict__:
                frame.builtins = given
        return vm.run_frame(frame)

    def exec_(source, globals=None, locals=None, *args, **kwargs):
        globals, locals = _exec_args(globals, locals)
        code = compile_(source, "<string>", "exec", 0, False) if isinstance(source, types.CodeType) or _is_guest_code(source) \
            else compile_(_source_text(source), "<string>", "exec", 0, False)
        if isinstance(code, types.CodeType):
            code = to_guest_code(code)
        _run(code, globals, locals)
        return None

    def eval_(source, globals=None, locals=None):
        if not isinstance(source, (str, bytes, bytearray, types.CodeType)) and not _is_guest_code(source):
            raise TypeError("eval() arg 1 must be a string, bytes or code object")  # not compile()'s words
        globals, locals = _exec_args(globals, locals)
        if isinstance(source, types.CodeType) or _is_guest_code(source):
            code = compile_(source, "<string>", "eval", 0, False)
        else:
            text = _source_text(source)
            if isinstance(text, str):
                text = text.lstrip(" \t")
            code = compile_(text, "<string>", "eval", 0, False)
        if isinstance(code, types.CodeType):
            code = to_guest_code(code)
        return _run(code, globals, locals)

    def build_class(func, name, /, *bases, **kwds):
        entry = guest_entry(func)
        if entry is None:
            raise TypeError("__build_class__: func must be a function")
        if not isinstance(name, str):
            raise TypeError("__build_class__: name is not a string")
        original_bases = bases
        bases = opset.fact("resolve_bases")(bases)
        meta, namespace, kwds = types.prepare_class(name, bases, kwds)
        frame = vm.frame_for_class_body(func, entry)
        frame.locals = namespace
        vm.run_frame(frame)  # returns the __class__ cell, if any: type.__new__ fills it from __classcell__
        if bases is not original_bases and bases != original_bases:
            namespace["__orig_bases__"] = original_bases
        return meta(name, bases, namespace, **kwds)

    sort_variant = opset.sort.variant
    if needs_guest_sort(sort_variant):
        table["sorted"] = guest_sorted(sort_variant)
    table.update(
        {
            "super": super_,
            "globals": _host_argument_errors(globals_, host_builtins.globals),
            "locals": _host_argument_errors(locals_, host_builtins.locals),
            "vars": vars_,
            "dir": dir_,
            "compile": _host_argument_errors(compile_, host_builtins.compile),
            "exec": _host_argument_errors(exec_, host_builtins.exec),
            "eval": _host_argument_errors(eval_, host_builtins.eval),
            "__build_class__": build_class,
            "__import__": opset.fact("importer")(vm, opset),
        }
    )
    filter_builtins(table, opset)  # exactly the version's names (runtime/apisurface.py)
    return table


def _host_argument_errors(replacement, host):
    """``replacement`` of the host builtin ``host``, whose wrong calls (arguments that do
    not bind) fail as the host builtin's do: its words, which messages.py then gives the
    guest version's, not those of a Python function named ``globals_``."""
    signature = inspect.signature(replacement)

    @functools.wraps(replacement)
    def call(*args, **kwargs):
        try:
            signature.bind(*args, **kwargs)
        except TypeError:
            host(*args, **kwargs)  # raises the host's own TypeError
            raise
        return replacement(*args, **kwargs)

    call.__name__ = call.__qualname__ = host.__name__
    call.__module__ = "builtins"
    return call


def _guest_code_of_stub(code):
    """``exec(f.__code__)``: a guest function's code is its stub; run the guest's."""
    consts = getattr(code, "co_consts", None)
    if isinstance(code, types.CodeType) and consts and type(consts[-1]) is Entry:
        return consts[-1].code
    return code


def _source_text(source):
    if isinstance(source, (bytes, bytearray)):
        return bytes(source).decode("utf-8")
    return source


def _is_guest_code(obj) -> bool:
    from pyctk.code import Code

    return isinstance(obj, Code)


def to_guest_code(host_code):
    """A host code object as a pyctk Code of the host's version (run by its opcode set)."""
    return host_code_to_guest(host_code)


# -- facts shared by the 3.x sets until 3.10 -------------------------------------------------


def super_args_classic(frame):
    """(class, first argument) of a zero-argument super() call in a frame before 3.11."""
    if frame is None:
        raise RuntimeError("super(): no arguments")
    code = frame.code
    if code.co_argcount == 0 and not code.co_flags & 0x4:
        raise RuntimeError("super(): no arguments")
    first = frame.fast[0] if frame.fast else NULL
    if first is NULL and code.co_varnames and code.co_varnames[0] in code.co_cellvars:
        first = cell_get(frame.cells[code.co_cellvars.index(code.co_varnames[0])])
    if first is NULL:
        raise RuntimeError("super(): arg[0] deleted")
    if "__class__" not in code.co_freevars:
        raise RuntimeError("super(): __class__ cell not found")
    cell = frame.cells[len(code.co_cellvars) + code.co_freevars.index("__class__")]
    cls = cell_get(cell)
    return _super_class(cls), first


def _super_class(cls):
    """The class in a zero-argument super()'s ``__class__`` cell, checked as CPython does."""
    if cls is NULL:
        raise RuntimeError("super(): empty __class__ cell")
    if not isinstance(cls, type):
        raise RuntimeError(f"super(): __class__ is not a type ({type(cls).__name__})")
    return cls


def resolve_bases_37(bases):
    return types.resolve_bases(bases)


def resolve_bases_36(bases):
    return bases


# -- 3.11+: cells and free variables live in the localsplus slots ---------------------------


def super_args_localsplus(frame):
    """(class, first argument) of a zero-argument super() call in a 3.11+ frame."""
    from pyctk.code import CO_FAST_CELL, CO_FAST_FREE
    from pyctk.runtime.objects import Cell

    if frame is None:
        raise RuntimeError("super(): no arguments")
    code = frame.code
    if code.co_argcount == 0:
        raise RuntimeError("super(): no arguments")
    first = frame.fast[0] if frame.fast else NULL
    if code.co_localspluskinds[0] & CO_FAST_CELL and type(first) is Cell:
        first = cell_get(first)
    if first is NULL:
        raise RuntimeError("super(): arg[0] deleted")
    slot = next(
        (i for i, (name, kind) in enumerate(zip(code.co_localsplusnames, code.co_localspluskinds))
         if name == "__class__" and kind & CO_FAST_FREE),
        None,
    )
    if slot is None:
        raise RuntimeError("super(): __class__ cell not found")
    cell = frame.fast[slot]
    cls = cell_get(cell) if type(cell) is Cell else NULL
    return _super_class(cls), first


# -- sum() of floats: plain until 3.11, compensated (Neumaier) from 3.12 ---------------------


def _check_sum_start(start):
    if isinstance(start, str):
        raise TypeError("sum() can't sum strings [use ''.join(seq) instead]")
    if isinstance(start, bytes):
        raise TypeError("sum() can't sum bytes [use b''.join(seq) instead]")
    if isinstance(start, bytearray):
        raise TypeError("sum() can't sum bytearray [use b''.join(seq) instead]")


def _sum_args(args, kwargs):
    """(iterable, start) of a call of sum(); one that does not fit raises in the C sum's
    own words (messages.py rewords them as the guest's), not a Python function's."""
    if not kwargs and 1 <= len(args) <= 2:
        return args[0], args[1] if len(args) == 2 else 0
    if len(args) == 1 and list(kwargs) == ["start"]:
        return args[0], kwargs["start"]
    host_builtins.sum(*args, **kwargs)
    raise TypeError("sum() takes at most 2 arguments (%d given)" % (len(args) + len(kwargs)))


def sum_plain(*args, **kwargs):
    """sum() as CPython until 3.11 computes it: floats added one by one."""
    iterable, start = _sum_args(args, kwargs)
    _check_sum_start(start)
    result = start
    for item in iterable:
        result = result + item
    return result


sum_plain.__name__ = sum_plain.__qualname__ = "sum"


def sum_compensated(*args, **kwargs):
    """sum() as CPython 3.12+ computes it: a run of floats is added with Neumaier's
    compensation (bltinmodule.c's float fast path)."""
    import math

    iterable, start = _sum_args(args, kwargs)
    _check_sum_start(start)
    it = iter(iterable)
    result = start
    if type(result) is not float:
        for item in it:
            result = result + item
            if type(result) is float:
                break
        else:
            return result
    total = result
    c = 0.0
    for item in it:
        if type(item) is float:
            t = total + item
            if abs(total) >= abs(item):
                c += (total - t) + item
            else:
                c += (item - t) + total
            total = t
            continue
        if isinstance(item, int) and -(2**63) <= item < 2**63:
            total += float(item)
            continue
        if c and math.isfinite(c):
            total += c
        result = total + item
        for item in it:
            result = result + item
        return result
    if c and math.isfinite(c):
        total += c
    return total


sum_compensated.__name__ = sum_compensated.__qualname__ = "sum"
_HOST_SUM_COMPENSATED = host_builtins.sum([0.1] * 10) == 1.0


