"""Calling and making functions."""

from __future__ import annotations

import re
from types import (
    BuiltinFunctionType,
    ClassMethodDescriptorType,
    FunctionType,
    MethodDescriptorType,
    MethodType,
    MethodWrapperType,
    WrapperDescriptorType,
)

import attrs

from pyctk.code import CO_COROUTINE
from pyctk.runtime import corigin
from pyctk.runtime.crecursion import NESTING, text_of
from pyctk.runtime.functions import Entry, with_closure
from pyctk.runtime.functions import make_function as new_function
from pyctk.runtime.guesttrace import GuestTrace, profiled_call, shown_as_built_in
from pyctk.runtime.messages import note_call_error
from pyctk.runtime.objects import NULL
from pyctk.runtime.ops import EXIT, PLAIN, Kind, effect, fusable
from pyctk.runtime.ops.containers import _pop_n
from pyctk.runtime.ops.stack import Nop
from pyctk.runtime.signals import CALL, FUSED_CALL

# What a profile function may see called (c_call): built-ins, and pyctk's stand-ins for them.
_BUILT_INS = frozenset({BuiltinFunctionType, MethodDescriptorType, FunctionType})


def call(frame, func, args, kwargs=None):
    """Call ``func`` for the instruction running in ``frame``: a plain guest function
    gets a new frame in the same loop, anything else is called and its result pushed."""
    tf = type(func)
    if tf is FunctionType:
        entry = func.__code__.co_consts
        if entry and type(entry := entry[-1]) is Entry and not entry.kind:
            frame.vm.enter(func, args, kwargs, entry)
            return CALL
        if type(entry) is Entry and entry.kind & CO_COROUTINE and frame.vm.coroutine_origin_depth:
            return _coroutine_with_origin(frame, func, args, kwargs)
    elif tf is MethodType:
        inner = func.__func__
        if type(inner) is FunctionType:
            entry = inner.__code__.co_consts
            if entry and type(entry := entry[-1]) is Entry and not entry.kind:
                frame.vm.enter(inner, (func.__self__, *args), kwargs, entry)
                return CALL
            if type(entry) is Entry and entry.kind & CO_COROUTINE and frame.vm.coroutine_origin_depth:
                return _coroutine_with_origin(frame, inner, (func.__self__, *args), kwargs)
    if ((tracer := frame.vm.tracer) is not None and type(tracer) is GuestTrace and tracer.profile is not None
            and tf in _BUILT_INS and (shown := shown_as_built_in(frame, func)) is not None):
        if tf is MethodDescriptorType and args:  # called with its self (LOAD_METHOD): reported bound, as CPython does
            func = shown = func.__get__(args[0])
            args = args[1:]
        try:
            frame.stack.append(profiled_call(frame, tracer, func, args, kwargs, shown))
        except Exception as error:
            call_failed(frame, func, error, kwargs)
            raise
        return None
    try:
        if kwargs:
            frame.stack.append(func(*args, **kwargs))
        elif func is str and len(args) == 1 and type(args[0]) in NESTING:
            # str() of a built-in container: its repr, held to the guest's recursion limit
            frame.stack.append(text_of(frame, str, args[0]))
        else:
            frame.stack.append(func(*args))
    except Exception as error:
        call_failed(frame, func, error, kwargs)
        raise


def call_failed(frame, func, error, kwargs=None) -> None:
    """What ``call`` notes of an error a host callable raised (translated code's calls of
    built-in functions too), and a TypeError's words made the guest version's."""
    note_call_error(frame, error, func)  # the built-in that raised, for runtime/messages.py
    if isinstance(error, TypeError):
        if type(func) not in _C_CALLABLES:
            if frame.opset.fact("call_error_name") != "qualname":
                _name_not_qualname(error)
        elif kwargs and _HOST_QUALIFIES_NO_KEYWORDS:
            _no_keywords_qualified(error, func)


def _coroutine_with_origin(frame, func, args, kwargs):
    """A guest coroutine made while the guest tracks origins: its ``cr_origin`` noted."""
    coroutine = func(*args, **kwargs) if kwargs else func(*args)
    corigin.record(frame, coroutine, frame.vm.coroutine_origin_depth)
    frame.stack.append(coroutine)


# A host 3.10+ binding a guest function's arguments (a class's __init__, a callback) names
# it by its qualified name; versions before 3.10 say only its name. A built-in's own
# arity errors are the host's C words, reworded as the guest's by messages.py (3.9 says
# ``str.join()`` like the host, 3.6-3.8 ``join()``).
_C_CALLABLES = frozenset({BuiltinFunctionType, MethodDescriptorType, WrapperDescriptorType, MethodWrapperType,
                          ClassMethodDescriptorType})
_HOST_BINDING_ERROR = re.compile(r"[\w.<>]+\.([\w<>]+\(\) (?:missing|takes|got) .*)", re.S)


def _host_qualifies_no_keywords() -> bool:
    """Whether this host, called as a program calls, says ``str.count() takes no keyword
    arguments`` (3.11+) rather than ``count() ...`` (3.10)."""
    try:
        "".count(x=1)
    except TypeError as error:
        return str(error).startswith("str.")
    return False


_HOST_QUALIFIES_NO_KEYWORDS = _host_qualifies_no_keywords()


def _no_keywords_qualified(error, func):
    """A built-in method called with ``**`` words its refusal by its bare name (``count()
    takes no keyword arguments``); called as a program calls it, the host names it
    ``str.count()``: those words, for messages.py to reword as the guest's."""
    args = error.args
    name = getattr(func, "__name__", None)
    if len(args) == 1 and type(name) is str and args[0] == name + "() takes no keyword arguments":
        qualname = getattr(func, "__qualname__", name)
        if type(qualname) is str:
            error.args = (qualname + "() takes no keyword arguments",)


def _name_not_qualname(error):
    args = error.args
    if len(args) == 1 and type(args[0]) is str:
        match = _HOST_BINDING_ERROR.fullmatch(args[0])
        if match is not None:
            error.args = (match.group(1),)


def call_function(frame, argc):
    s = frame.stack
    args = _pop_n(s, argc)
    return call(frame, s.pop(), args)


def call_function_kw(frame, argc):
    s = frame.stack
    names = s.pop()
    values = _pop_n(s, argc)
    npos = argc - len(names)
    kwargs = dict(zip(names, values[npos:]))
    return call(frame, s.pop(), values[:npos], kwargs)


# How a call's error messages name the callable: an opset fact, one of these two.


def func_name_desc(func) -> str:
    """Until 3.9: ``f()`` for functions and methods, ``X object`` for anything else
    (CPython's PyEval_GetFuncName + PyEval_GetFuncDesc)."""
    if isinstance(func, MethodType):
        func = func.__func__
    if isinstance(func, (BuiltinFunctionType, FunctionType)):
        return f"{func.__name__}()"
    return f"{type(func).__name__} object"


def function_str(func) -> str:
    """3.10+: ``module.qualname()``, no module for builtins (CPython's _PyObject_FunctionStr)."""
    qualname = getattr(func, "__qualname__", None)
    if not isinstance(qualname, str):
        return str(func)
    module = getattr(func, "__module__", None)
    if module is not None and module != "builtins":
        return f"{module}.{qualname}()"
    return f"{qualname}()"


def star_args(frame, func, args) -> tuple:
    if type(args) is tuple:
        return args
    if not hasattr(args, "__iter__") and not hasattr(args, "__getitem__"):
        describe = frame.opset.fact("function_desc")
        raise TypeError(f"{describe(func)} argument after * must be an iterable, not {type(args).__name__}")
    return tuple(args)


def star_kwargs(frame, func, kwargs) -> dict:
    if type(kwargs) is dict:
        return kwargs
    if not hasattr(kwargs, "keys"):
        describe = frame.opset.fact("function_desc")
        raise TypeError(f"{describe(func)} argument after ** must be a mapping, not {type(kwargs).__name__}")
    return {key: kwargs[key] for key in kwargs.keys()}


def call_function_ex(frame, flags):
    s = frame.stack
    kwargs = s.pop() if flags & 1 else None
    args = s.pop()
    return _call_ex(frame, s.pop(), args, kwargs)


def call_method(frame, argc):
    s = frame.stack
    args = _pop_n(s, argc)
    obj = s.pop()
    meth = s.pop()
    if meth is NULL:
        return call(frame, obj, args)
    return call(frame, meth, (obj, *args))


def _make_function(frame, flags, annotations_of):
    s = frame.stack
    qualname = s.pop()
    code = s.pop()
    closure = s.pop() if flags & 8 else None
    annotations = annotations_of(s.pop()) if flags & 4 else None
    kwdefaults = s.pop() if flags & 2 else None
    defaults = s.pop() if flags & 1 else None
    s.append(new_function(frame.vm, code, frame.globals, None, defaults, kwdefaults, closure, annotations, qualname))


def make_function(frame, flags):
    """3.6–3.9: annotations come as a dict."""
    _make_function(frame, flags, lambda annotations: annotations)


def make_function_310(frame, flags):
    """3.10: annotations come as a flat tuple (name, value, name, value, ...)."""
    _make_function(frame, flags, lambda pairs: dict(zip(pairs[::2], pairs[1::2])))


def load_build_class(frame, arg):
    frame.stack.append(frame.builtins["__build_class__"])


# -- 3.11+: CALL with a NULL or a method below the callable; keyword names apart -----------


def push_null(frame, arg):
    frame.stack.append(NULL)


def precall(frame, argc):
    """3.11: CALL does all the work."""


def kw_names(frame, index):
    frame.kwnames = frame.code.co_consts[index]


def _split_kwargs(args, kwnames):
    n = len(kwnames)
    kwargs = dict(zip(kwnames, args[len(args) - n:]))
    del args[len(args) - n:]
    return kwargs


def call_311(frame, argc):
    """3.11, 3.12: (NULL, callable, args) or (method, self, args); names from KW_NAMES."""
    s = frame.stack
    kwnames = frame.kwnames
    args = _pop_n(s, argc)
    second = s.pop()
    first = s.pop()
    if first is not NULL:
        args.insert(0, second)
        second = first
    if kwnames:
        frame.kwnames = None
        return call(frame, second, args, _split_kwargs(args, kwnames))
    return call(frame, second, args)


def _call_313(frame, argc, kwnames):
    s = frame.stack
    args = _pop_n(s, argc)
    self_or_null = s.pop()
    func = s.pop()
    if self_or_null is not NULL:
        args.insert(0, self_or_null)
    if kwnames:
        return call(frame, func, args, _split_kwargs(args, kwnames))
    return call(frame, func, args)


def call_313(frame, argc):
    """3.13: (callable, self or NULL, args)."""
    return _call_313(frame, argc, None)


def call_kw_313(frame, argc):
    """3.13: as CALL, with the keyword names on top."""
    return _call_313(frame, argc, frame.stack.pop())


def _call_ex(frame, func, args, kwargs):
    args = star_args(frame, func, args)
    if kwargs is not None:
        kwargs = star_kwargs(frame, func, kwargs)
    return call(frame, func, args, kwargs)


def call_function_ex_311(frame, flags):
    """3.11, 3.12: a NULL sits below the callable."""
    s = frame.stack
    kwargs = s.pop() if flags & 1 else None
    args = s.pop()
    func = s.pop()
    s.pop()
    return _call_ex(frame, func, args, kwargs)


def call_function_ex_313(frame, flags):
    """3.13: a NULL sits above the callable."""
    s = frame.stack
    kwargs = s.pop() if flags & 1 else None
    args = s.pop()
    s.pop()
    func = s.pop()
    return _call_ex(frame, func, args, kwargs)


def _annotations_dict(pairs):
    if isinstance(pairs, tuple):
        return dict(zip(pairs[::2], pairs[1::2]))
    return pairs


def make_function_311(frame, flags):
    """3.11, 3.12: no qualified name on the stack (the code object has it)."""
    s = frame.stack
    code = s.pop()
    closure = s.pop() if flags & 8 else None
    annotations = _annotations_dict(s.pop()) if flags & 4 else None
    kwdefaults = s.pop() if flags & 2 else None
    defaults = s.pop() if flags & 1 else None
    s.append(new_function(frame.vm, code, frame.globals, None, defaults, kwdefaults, closure, annotations))


def make_function_313(frame, arg):
    """3.13: the bare function; SET_FUNCTION_ATTRIBUTE adds the rest."""
    s = frame.stack
    s[-1] = new_function(frame.vm, s[-1], frame.globals)


def set_function_attribute(frame, flag):
    s = frame.stack
    func = s.pop()
    value = s.pop()
    if flag == 1:
        func.__defaults__ = tuple(value) if value else None
    elif flag == 2:
        func.__kwdefaults__ = dict(value) if value else None
    elif flag == 4:
        func.__annotations__ = _annotations_dict(value)
    elif flag == 8:
        func = with_closure(func, value)
    else:
        raise SystemError(f"SET_FUNCTION_ATTRIBUTE: unknown attribute {flag}")
    s.append(func)


# -- in a superinstruction: the template runtime/fuse.py writes for the calls --------------


@attrs.frozen
class Call(Kind):
    """A call written inline, its arguments off the virtual stack: a guest function gets
    its frame pushed here (``vm.enter``), anything else goes through ``other`` (None:
    ``call``). ``layout`` is the stack below the arguments: "function" (2.7-3.10
    CALL_FUNCTION: callable), "method" (3.7-3.10 CALL_METHOD) and "311" (3.11, 3.12 CALL):
    method or NULL, self or callable; "313": callable, self or NULL.

    In a translated function (``w.runs_calls``) the call is an expression: the callee runs
    to its end in place (``call_guest``, ``call_value``), its value goes on the virtual
    stack and the block goes on; nothing is spilled, since no handler and no reader of
    the value stack is there while translated code runs."""

    last = True
    runs_on_translated = True
    layout: str
    other: object = None  # 2.7: (frame, func, args, kwargs=None)

    def stack_effect(self, arg, jump):
        if self.other is not None:  # 2.7: positional count in the low byte, keyword pairs in the high
            return -((arg & 0xFF) + 2 * (arg >> 8))
        return -arg if self.layout == "function" else -arg - 1

    def describe(self, handler, operand):
        if self.other is not None:
            if operand >> 8:  # 2.7: keyword arguments too (``in_run`` makes it EXIT in a run)
                return EXIT.describe(handler, operand)
            return (Call, self.layout, operand, True), (self.other,)
        return (Call, self.layout, operand, False), ()

    def in_run(self, instructions, index):
        """Run as its handler: a 2.7 call with keyword arguments (the high byte of its
        argument), a CALL (3.11, 3.12) after KW_NAMES, whose keyword names are in the frame."""
        if self.other is not None and instructions[index].arg >> 8:
            return EXIT
        for back in (1, 2):
            if index - back >= 0 and instructions[index - back].opname == "KW_NAMES":
                return EXIT
        return self

    @staticmethod
    def names():
        from pyctk.runtime.ops.py2ops import CALL_OVERRIDES, builtin_failed_27  # 2.7's (py2ops imports this module)

        return {"FunctionType": FunctionType, "MethodType": MethodType, "BuiltinFunctionType": BuiltinFunctionType,
                "Entry": Entry, "call": call, "call_failed": call_failed,
                "CALL_OVERRIDES": CALL_OVERRIDES, "builtin_failed_27": builtin_failed_27}

    @staticmethod
    def write(w, part) -> bool:
        _, layout, argc, other = part
        how = w.value() if other else "call"
        w.mark()
        args = "".join(a + ", " for a in [w.pop() for _ in range(argc)][::-1])
        if layout == "function":
            func = w.pop()
            return _write_call(w, how, func, f"({args})", argc)
        second = w.pop()
        first = w.pop()
        if layout == "313":
            maybe_null, plain, with_self = second, (first, f"({args})", argc), (first, f"({second}, {args})", argc + 1)
        else:
            maybe_null, plain, with_self = first, (second, f"({args})", argc), (first, f"({second}, {args})", argc + 1)
        if maybe_null == "NULL":  # pushed in this run: known now
            return _write_call(w, how, *plain)
        if w.is_operand_value(maybe_null):  # a constant of the run: never NULL
            return _write_call(w, how, *with_self)
        value = w.new() if w.runs_calls else None
        if value is None:
            w.spill()
        w.emit(f"if {maybe_null} is NULL:")
        write_one_call(w, how, *plain[:2], value, indent=1, count=plain[2])
        w.emit("else:")
        write_one_call(w, how, *with_self[:2], value, indent=1, count=with_self[2])
        return _called(w, value)


def _write_call(w, how: str, func: str, args: str, count: int) -> bool:
    """The call's code, and whether it ended the run (``Kind.write``)."""
    value = w.new() if w.runs_calls else None
    if value is None:
        w.spill()
    write_one_call(w, how, func, args, value, count=count)
    return _called(w, value)


def _called(w, value) -> bool:
    if value is None:
        return True
    w.push(value)
    return False


def write_one_call(w, how: str, func: str, args: str, value, indent: int = 0, count=None) -> None:
    """The call of ``func``: a guest function's frame pushed for the loop, or (``value``,
    a translated block) its value computed here. ``count``: how many values ``args`` (a
    tuple display) has, where that is known when the code is written."""
    if value is not None:  # translated code (translate.py): the callee run to its end here
        _write_translated_call(w, how, func, args, value, indent, count)
        return
    w.emit(f"if type({func}) is FunctionType and (_c := {func}.__code__.co_consts) and type(_e := _c[-1]) is Entry and not _e.kind:", indent)
    w.emit(f"frame.vm.enter({func}, {args}, None, _e)", indent + 1)
    w.emit(f"return {FUSED_CALL} - {w.AFTER}", indent + 1)
    w.emit(f"if {how}(frame, {func}, {args}) is None: return {w.AFTER}", indent)
    w.emit(f"return {FUSED_CALL} - {w.AFTER}", indent)


def _write_translated_call(w, how: str, func: str, args: str, value, indent: int, count) -> None:
    """The call of ``func`` in a translated block, its value put in ``value``.

    A guest function goes to its callee's direct entry. The site keeps the stub code and
    direct entry of the first two translated callees it called (``site``: [code, direct,
    code, direct]): a function of either code (the same function, or another closure of
    the same ``def``) is called after an identity test, not the stub's constants read and
    tested again. A direct entry, once made, is its entry's for good, and tests itself
    whatever may have changed since (the callee interpreted from now on, the depth). The
    first two callees stay: at a site that calls several in turn (``shape.area()``),
    filling it again on every other call costs more than it saves (measured with
    callgrind on bm_methods)."""
    # A guest function, or a bound guest method (a method call of translated code:
    # names.Method): its function, self first, as ``call`` would. Each with a site of
    # its own, since they pass the callee different counts.
    given = args[1:-1]
    cases = ((f"type({func}) is FunctionType", func, given, count),
             (f"type({func}) is MethodType and type(_m := {func}.__func__) is FunctionType", "_m",
              f"{func}.__self__, {given}", None if count is None else count + 1))
    for number, (test, function, arguments, passed) in enumerate(cases):
        # Its arguments one by one where their count is known (the callee's ``exact``
        # entry), else as a tuple (its ``direct`` one).
        cached = arguments if passed is not None else f"({arguments}), None"
        w.emit(f"{'elif' if number else 'if'} {test}:", indent)
        _write_site(w, function, f"({arguments})", cached, passed, value, indent + 1)
        w.emit("else:", indent + 1)
        w.emit(f"{value} = call_value(frame, {how}, {func}, {args})", indent + 2)
    # A built-in function (``len``, a bound ``list.append``), as ``call`` calls it; 2.7's
    # (its own ``how``, py2ops._call) where 2.7 has none of its own in its place.
    if how == "call":
        w.emit(f"elif type({func}) is BuiltinFunctionType:", indent)
    else:
        w.emit(f"elif type({func}) is BuiltinFunctionType and id({func}) not in CALL_OVERRIDES:", indent)
    w.emit("try:", indent + 1)
    w.emit(f"{value} = {func}{args}", indent + 2)
    w.emit("except Exception as _x:", indent + 1)
    w.emit(f"call_failed(frame, {func}, _x)" if how == "call" else f"builtin_failed_27(frame, {func}, _x, {args})",
           indent + 2)
    w.emit("raise", indent + 2)
    w.emit("else:", indent)
    w.emit(f"{value} = call_value(frame, {how}, {func}, {args})", indent + 1)


def _write_site(w, function: str, arguments: str, cached: str, passed, value: str, indent: int) -> None:
    """A call of plain function ``function`` through a new call site's cache (two
    [code, direct] pairs; ``cached``: the arguments its entries take), else, for a guest
    function, through its direct entry, with the cache filled while a pair is free
    (``translate.fill_site``). An ``if``/``elif`` chain the caller ends with its ``else``
    (anything but a guest function)."""
    site = w.call_site()
    w.emit(f"_k = {function}.__code__", indent)
    w.emit(f"if _k is {site}[0]:", indent)
    w.emit(f"{value} = {site}[1](frame, {function}, {cached})", indent + 1)
    w.emit(f"elif _k is {site}[2]:", indent)
    w.emit(f"{value} = {site}[3](frame, {function}, {cached})", indent + 1)
    w.emit("elif (_c := _k.co_consts) and type(_e := _c[-1]) is Entry and not _e.kind:", indent)
    w.emit(f"{value} = (_e.direct or call_guest)(frame, {function}, {arguments}, _e)", indent + 1)
    w.emit(f"if {site}[2] is None and _e.direct is not None: fill_site({site}, _k, _e, frame.vm, {passed})", indent + 1)


@attrs.frozen
class CallEx(Kind):
    """CALL_FUNCTION_EX (``f(*args)``, ``f(*args, **kwargs)``): ``layout`` is the stack below
    the arguments, as ``Call``'s ("function": callable; "311": NULL, callable; "313":
    callable, NULL). In a run of the loop it ends the run as its handler (``Exit``); in a
    translated function the callee runs to its end in place, as a ``Call``'s does."""

    last = True
    runs_on_translated = True
    layout: str

    def stack_effect(self, arg, jump):
        return -(arg & 1) - (1 if self.layout == "function" else 2)

    def describe(self, handler, operand):
        return (CallEx, self.layout, operand & 1), (handler, operand)

    @staticmethod
    def names():
        return {"FunctionType": FunctionType, "Entry": Entry, "call": call, "star_args": star_args,
                "star_kwargs": star_kwargs}

    @staticmethod
    def write(w, part) -> bool:
        if not w.runs_calls:
            return EXIT.write(w, (EXIT,))
        _, layout, has_kwargs = part
        w.value(), w.value()  # the handler and its operand: the loop's
        w.mark()
        kwargs = w.pop() if has_kwargs else None
        args = w.pop()
        if layout == "313":
            w.pop()
        func = w.pop()
        if layout == "311":
            w.pop()
        # (as ``_call_ex``: the arguments made a tuple, then the keywords a dict; in names
        # of their own, since a name on the virtual stack may be a constant or be there twice)
        given, args = args, w.new()
        w.emit(f"{args} = {given} if type({given}) is tuple else star_args(frame, {func}, {given})")
        if kwargs is not None:
            given, kwargs = kwargs, w.new()
            w.emit(f"{kwargs} = {given} if type({given}) is dict else star_kwargs(frame, {func}, {given})")
        value = w.new()
        if kwargs is not None:
            w.emit(f"{value} = call_value(frame, call, {func}, {args}, {kwargs})")
        else:  # (as a Call's: its site's cache first)
            w.emit(f"if type({func}) is FunctionType:")
            _write_site(w, func, args, f"{args}, None", None, value, 1)
            w.emit("else:", 1)
            w.emit(f"{value} = call_value(frame, call, {func}, {args})", 2)
            w.emit("else:")
            w.emit(f"{value} = call_value(frame, call, {func}, {args})", 1)
        w.push(value)
        return False


@attrs.frozen
class PushNull(Kind):
    constant_effect = 1

    def describe(self, handler, operand):
        return (PushNull,), ()

    @staticmethod
    def write(w, part) -> bool:
        w.push("NULL")
        return False


fusable(Call("function"), call_function)
fusable(Call("method"), call_method)
fusable(Call("311"), call_311)
fusable(Call("313"), call_313)
fusable(PushNull(), push_null)
fusable(Nop(), precall)
fusable(CallEx("function"), call_function_ex)
fusable(CallEx("311"), call_function_ex_311)
fusable(CallEx("313"), call_function_ex_313)
fusable(EXIT, call_function_kw, call_kw_313)
fusable(PLAIN, kw_names, make_function, make_function_310, make_function_311, make_function_313,
        set_function_attribute, load_build_class)

# Stack effects of the handlers whose kind does not give one (checked against each
# version's dis.stack_effect by tests/test_single_definition.py).
effect(-1, set_function_attribute)
effect(0, kw_names, make_function_313)
effect(1, load_build_class)
effect(lambda arg, jump: -arg - 1, call_function_kw)
effect(lambda arg, jump: -arg - 2, call_kw_313)
# Each flag bit (defaults, kwdefaults, annotations, closure) takes one more value; the
# code and (until 3.10) the qualified name are taken too.
effect(lambda arg, jump: -1 - bin(arg & 0xF).count("1"), make_function, make_function_310)
effect(lambda arg, jump: -bin(arg & 0xF).count("1"), make_function_311)
