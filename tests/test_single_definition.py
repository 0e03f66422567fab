"""Each instruction is defined once (issue 20): its handler and the template that
runtime/fuse.py writes for it in a superinstruction are checked against each other here.

For every version's opcode set, every instruction whose handler declares a ``Kind`` is
run unfused (its handler, step by step) and fused (the code ``fuse`` generates for a run
ending with it) on the same inputs: stack contents (on the value stack, pushed in the
same run, or both), fast locals, globals, constants, including the raising cases
(unbound local, NameError, a raising operator, a missing attribute, a short stack). The
results must be the same: the stack (a fused step that raises or returns may have left
the values it held in host locals off the stack, so its stack is a prefix of the unfused
one), the
locals, the return value, the next index or signal, the exception's type and message,
and which instruction of the run raised (``vm.fault_shift``).

And ``fuse.py`` names no instruction: what a kind becomes is only in ``runtime/ops``.
"""

from __future__ import annotations

import ast
import copy
import inspect
import json
import os
from types import CellType, SimpleNamespace

import pytest

from pyctk import versions
from pyctk.runtime import faults, fuse
from pyctk.runtime.frame import Frame
from pyctk.runtime.objects import NULL
from pyctk.runtime.ops import (
    EXIT,
    PLAIN,
    Kind,
    arith,
    calls,
    containers,
    control,
    exceptions,
    gen,
    names,
    py2ops,
    stack,
    stack_effect_of,
)
from pyctk.runtime.signals import FUSED_YIELD, RETURN, YIELD

VERSIONS = [str(v) for v in versions.known_versions()]


# -- inputs -----------------------------------------------------------------------------------


class Boom:
    """Every operator, truth test and iteration step raises."""

    def _raise(self, *args):
        raise ValueError("boom")

    __bool__ = __add__ = __sub__ = __lt__ = __eq__ = __contains__ = __neg__ = __iadd__ = _raise
    __getitem__ = __next__ = _raise
    __hash__ = object.__hash__

    def __iter__(self):
        return self


class Unformattable:
    def __format__(self, spec):
        raise ValueError("no format")


class Obj:
    """Has an attribute, a method, and a slot-less store."""

    def __init__(self):
        self.x = 1

    def m(self, *args):
        return ("m", args)


class Slotted:
    __slots__ = ("y",)


class CellInput:
    """A cell among the fast locals of a case (``_frame`` makes it one: cells do not copy)."""

    def __init__(self, value=NULL):
        self.value = value


def _norm(value, seen=None):
    """A value comparable between the two runs (which work on copies of the inputs)."""
    if value is NULL:
        return "NULL"
    if isinstance(value, CellType):
        try:
            return ("cell", _norm(value.cell_contents))
        except ValueError:
            return ("cell", "empty")
    if isinstance(value, (Obj, Slotted)):
        return (type(value).__name__, sorted(getattr(value, "__dict__", {}).items()), getattr(value, "y", None))
    if isinstance(value, Boom):
        return "Boom"
    if isinstance(value, BaseException):  # (copies: an exception equals only itself)
        return (type(value).__name__, value.args)
    if hasattr(value, "__self__") and hasattr(value, "__func__"):
        return ("bound", value.__func__.__name__, _norm(value.__self__))
    if type(value).__name__.endswith("iterator"):
        return ("iterator", [_norm(v) for v in value])
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_norm(v) for v in value)
    return value


# Binary inputs: plain, mutable (for in-place operators), raising ones.
PAIRS = [(7, 3), (2.5, 2), ("ab", "b"), ([1], [2]), (3, "x"), (1, 0), (Boom(), 1), (1, Boom())]
UNARY = [5, 0, "", [0], Boom()]


def _compare_args(opset, handler):
    """The raw arguments of every comparison the version's COMPARE_OP decodes."""
    count = 6 if "IS_OP" in opset.handlers else 10  # 3.9+: is/in have their own opcodes
    prepare = handler.operand
    args = []
    for shift in (0, 4, 5):  # until 3.11, 3.12, 3.13
        for bit in (0, 16) if shift == 5 else (0,):
            candidate = [(n << shift) | bit for n in range(count)]
            try:
                for a in candidate:
                    prepare(_CODE, _ins(a))
            except (IndexError, TypeError):
                continue
            decoded = [prepare(_CODE, _ins(a)) for a in candidate]
            if len({str(d) for d in decoded}) == len(decoded):
                args.extend(candidate)
        if args:
            return args
    raise AssertionError(f"no comparison decodes for {handler}")


def _cases(opset, opname, handler, kind):
    """(argument, inputs) pairs: inputs are (stack values, fast locals, globals)."""
    fast = [10, NULL, "c", None]
    glob = {"x": 1, "m": "global m"}
    if isinstance(kind, arith.Apply):
        if kind.op is None:
            args = _compare_args(opset, handler) if opname == "COMPARE_OP" else list(range(len(arith.BINARY_OPERATORS)))
        else:
            args = [0]
        inputs = UNARY if kind.arity == 1 else PAIRS
        for a in args:
            for values in inputs:
                yield a, (list(values) if kind.arity == 2 else [values], fast, glob)
    elif isinstance(kind, arith.CompareBool):
        for a in _compare_args(opset, handler):
            for values in PAIRS:
                yield a, (list(values), fast, glob)
    elif isinstance(kind, (arith.Unary, stack.Pop)):
        for value in UNARY:
            yield 0, ([value], fast, glob)
        yield 0, ([], fast, glob)  # a short stack: bad bytecode, as the handler finds it
    elif isinstance(kind, arith.Test):
        for a in (0, 1):
            for values in ([1, [1, 2]], [3, [1]], [1, 5], [None, None], [1, Boom()]):
                yield a, (values, fast, glob)
    elif isinstance(kind, names.PushConst):
        for a in range(len(_CODE.co_consts)):
            yield a, ([], fast, glob)
    elif isinstance(kind, names.PushFast):
        for a in range(len(fast)):
            yield a, ([], fast, glob)
    elif isinstance(kind, (names.PushCell, names.StoreCell)):
        # 3.11+ keeps cells among the fast locals, 2.7-3.10 in frame.cells (_frame: the same list)
        cells = [CellInput(10), CellInput(), CellInput("c"), CellInput(None)]
        for a in range(len(cells)):
            yield a, (["new"] if isinstance(kind, names.StoreCell) else [], cells, glob)
        if isinstance(kind, names.StoreCell):
            yield 0, ([], cells, glob)
    elif isinstance(kind, names.StoreFast):
        for a in range(len(fast)):
            yield a, (["new"], fast, glob)
        yield 0, ([], fast, glob)
    elif isinstance(kind, (names.PushFast2, names.StorePushFast, names.StoreFast2)):
        for a in (0x01, 0x10, 0x23, 0x32, 0x11):
            yield a, (["p", "q"], fast, glob)
    elif isinstance(kind, names.Global):
        for n in range(4):  # x, m: globals; len: a builtin; missing: NameError
            for low in (0, 1) if kind.null else (None,):
                yield (n if low is None else n << 1 | low), ([], fast, glob)
    elif isinstance(kind, (names.Attr, names.Method, names.AttrOrMethod, py2ops.Attr27)):
        for n in range(4):
            for low in (0, 1) if isinstance(kind, names.AttrOrMethod) else (None,):
                a = n if low is None else n << 1 | low
                for obj in (Obj(), 5, "s", Boom(), Obj):  # a class: 2.7's unbound method
                    yield a, ([obj], fast, glob)
    elif isinstance(kind, containers.Unpack):
        for n in (0, 1, 2, 3):
            for seq in ((1, 2), [1, 2, 3], "ab", "x", {"k": 1}, 5, (1,), (), Boom()):
                yield n, (["below", seq], fast, glob)
    elif isinstance(kind, containers.Build):  # none, one, several, the values below kept; too few
        for n in (0, 1, 3):
            yield n, (["below", *[f"v{i}" for i in range(n)]], fast, glob)
        yield 2, (["v"], fast, glob)
    elif isinstance(kind, containers.MapBuild):  # none, pairs (a key again, one unhashable); too few
        for n, values in ((0, []), (1, ["k", "v"]), (3, ["a", 1, "b", 2, "a", 3]), (2, ["k", 1, [], 2]), (2, ["k", "v"])):
            yield n, (["below", *values], fast, glob)
    elif isinstance(kind, containers.ConstKeyMap):  # none, some (a key again), keys short or not a tuple; too few
        for n, values in ((0, [()]), (2, [1, 2, ("a", "b")]), (3, [1, 2, 3, ("a", "b", "a")]), (2, [1, 2, ("a",)]),
                          (1, [1, 5]), (2, [("a", "b")])):
            yield n, (["below", *values], fast, glob)
    elif isinstance(kind, containers.FormatSimple):  # a str, what format() makes, what it refuses
        for value in ("s", 5, 2.5, None, b"x", Unformattable(), [[1]]):
            yield 0, ([value], fast, glob)
    elif isinstance(kind, containers.AddTo):  # a comprehension's container n deep; not one; too short
        for n in (1, 2, 3):
            for container in ([0], {0}, (0,)):
                yield n, ([container, *["i"] * (n - 1), "v"], fast, glob)
            yield n, (["v"], fast, glob)
    elif isinstance(kind, containers.StoreSubscr):
        for values in (["v", {}, "k"], ["v", [1], 0], ["v", [1], 5], ["v", (1,), 0], [1, "s", 0],
                       ["x", bytearray(b"ab"), 0], [Boom(), {}, Boom()], ["v", {}]):
            yield 0, (values, fast, glob)
    elif isinstance(kind, names.StoreAttr):
        for n in range(3):
            for obj in (Obj(), Slotted(), 5):
                yield n, (["v", obj], fast, glob)
    elif isinstance(kind, control.Branch):
        for value in (0, 1, None, "", [1], Boom()):
            yield 0, ([value], fast, glob)
    elif isinstance(kind, control.Iter):
        for values in ([iter([1, 2])], [iter([])], [Boom()]):
            yield 0, (values, fast, glob)
    elif isinstance(kind, (control.Jump, control.ReturnConst, stack.Nop, calls.PushNull)):
        yield 1, (["below"], fast, glob)
    elif isinstance(kind, control.Return):
        for value in ("r", None):
            yield 0, ([value], fast, glob)
        yield 0, ([], fast, glob)
    elif isinstance(kind, (stack.Dup, stack.Dup2, stack.DupTop, stack.Swap, stack.Rot)):
        for depth in (1, 2, 3, 4):
            for size in (depth - 1, depth, depth + 1):
                yield depth, ([f"i{k}" for k in range(size)], fast, glob)
    elif isinstance(kind, calls.Call):
        yield from _call_cases(kind, fast, glob)
    elif isinstance(kind, calls.CallEx):
        for func, args, kwargs in ((max, (3, 1, 2), None), (len, ["abc"], None), (len, 5, None),
                                   (int, ("ff",), {"base": 16}), (int, ("ff",), [1]), (Boom(), (), None)):
            below = {"function": [func], "311": [NULL, func], "313": [func, NULL]}[kind.layout]
            tail = [args] if kwargs is None else [args, kwargs]
            yield int(kwargs is not None), (below + tail, fast, glob)
    elif isinstance(kind, py2ops.CallStar27):  # f(a, *args) (keywords: the handler's, too)
        for func, positional, star in ((max, [3], (1, 2)), (len, [], ["abc"]), (len, [], 5), (max, [], iter([])),
                                       (Boom(), [1], ())):
            yield len(positional), ([func, *positional, star], fast, glob)
        yield 0x100, ([dict, "a", 1, ()], fast, glob)
    elif isinstance(kind, exceptions.Handling):
        raised = KeyError("k")
        if kind.op == "match":  # one class, a tuple, a base class, a class of no exception, not a class
            for right in (KeyError, (ValueError, KeyError), LookupError, ValueError, int, (KeyError, 5), "s"):
                yield 0, (["below", raised, right], fast, glob)
        else:
            yield 0, (["below", raised], fast, glob)
        yield 0, ([], fast, glob)  # a short stack: bad bytecode, as the handler finds it
    elif isinstance(kind, exceptions.Reraise):  # in a superinstruction it raises (translated: test_translate)
        raised = KeyError("k")
        # Only where it raises: its stored effect is the raising one, as CPython's compiler
        # counts END_FINALLY's (its other outcomes are checked by the corpus).
        for arg in (0, 1):  # 3.9+'s RERAISE: (tb, value, type), 3.11's lasti below; END_FINALLY's status on top
            yield arg, (["below", None, raised, KeyError], fast, glob)
        yield 0, ([], fast, glob)
    elif isinstance(kind, gen.Yield):  # what is below the value yielded stays on the stack
        for values in (["below", "v"], ["v"], []):
            yield 0, (values, fast, glob)
    elif kind is PLAIN and opname == "BUILD_TUPLE":
        for n in (0, 2, 3):
            yield n, ([1, 2], fast, glob)
    else:
        return


def _call_cases(kind, fast, glob):
    obj = Obj()
    calls_ = [(max, (3, 1, 2)), (len, ("abc",)), (int, ("x",)), (Obj.m, (obj, 1)), (Boom(), ())]
    for func, args in calls_:
        if kind.layout == "function":  # (callable, args)
            yield len(args), ([func, *args], fast, glob)
            continue
        null_form = [func, NULL, *args] if kind.layout == "313" else [NULL, func, *args]
        yield len(args), (null_form, fast, glob)
        if func is Obj.m:  # the method form: (method, self, args)
            yield len(args) - 1, ([func, *args], fast, glob)
    if kind.other is not None:  # 2.7: keyword arguments leave the run to the handler
        yield 0x100, ([dict, "a", 1], fast, glob)


_CODE = SimpleNamespace(
    co_consts=(None, 7, "s", (1, 2)),
    co_names=("x", "m", "len", "missing"),
    co_varnames=("a", "b", "c", "d"),
    co_localsplusnames=("a", "b", "c", "d"),
    co_localspluskinds=(0x40, 0x40, 0x80, 0x80),  # cells, then free variables (CO_FAST_CELL, _FREE)
    co_cellvars=("a", "b"),
    co_freevars=("c", "d"),
    co_name="f",
    co_flags=0,
)


def _ins(arg, index=5):
    return SimpleNamespace(arg=arg, target=40, index=index, opname="TESTED", is_jump_target=False)


# -- running both ways ------------------------------------------------------------------------


def _frame(opset, inputs):
    values, fast, glob = copy.deepcopy(inputs, {id(NULL): NULL})
    vm = SimpleNamespace(fault_shift=0, handled="handled before")
    frame = Frame(vm, _CODE, opset, SimpleNamespace(steps=[]), glob, {"len": len})
    if any(isinstance(v, CellInput) for v in fast):
        fast = [CellType() if v.value is NULL else CellType(v.value) for v in fast]
        frame.cells = fast  # 2.7-3.10's cells (3.11+: the fast locals)
    frame.fast = fast
    return frame, values


def _error(error):
    """An exception as the guest would see it: bad bytecode (a stack underflow: faults.py
    words a pop and a read below the bottom differently) or the exception's type and message."""
    if error is None:
        return None
    fault = faults.fault_of(error)
    if fault is not None:
        return ("bad bytecode", "stack underflow" if "stack underflow" in fault else fault)
    return (type(error).__name__, str(error))


def _outcome(frame, result, error, at):
    return {
        "stack": [_norm(v) for v in frame.stack],
        "fast": [_norm(v) for v in frame.fast],
        "retval": _norm(frame.retval),
        "handled": _norm(frame.vm.handled),
        "result": result,
        "error": _error(error),
        "at": at,
    }


def _unfused(opset, steps, inputs, feed):
    frame, values = _frame(opset, inputs)
    frame.stack.extend(values[:feed])
    steps = _pushes(opset, values[feed:]) + steps
    result, error, at = len(steps), None, None
    for index, (handler, operand) in enumerate(steps):
        try:
            r = handler(frame, operand)
        except Exception as e:
            result, error, at = None, e, index
            break
        if r is not None:
            result = r
            break
    return _outcome(frame, result, error, at)


def _fused(opset, run, inputs, feed):
    frame, values = _frame(opset, inputs)
    frame.stack.extend(values[:feed])
    run = [(fuse.kind_of(h), h, o) for h, o in _pushes(opset, values[feed:])] + run
    function, operand = fuse._step(run, len(run))
    result, error, at = None, None, None
    try:
        result = function(frame, operand)
    except Exception as e:
        error, at = e, frame.vm.fault_shift
    return _outcome(frame, result, error, at), function.source


def _pushes(opset, values):
    """Steps pushing ``values`` as the version's bytecode would: LOAD_CONST, PUSH_NULL."""
    out = []
    for value in values:
        if value is NULL:
            out.append((opset.handlers["PUSH_NULL"], None))
        else:
            out.append((opset.handlers["LOAD_CONST"], value))
    return out


def _feeds(opset, values):
    """How many inputs are on the value stack before the run: all (and a NOP first, so that
    the instruction is not the run's first), none, one."""
    feeds = {len(values)}
    if all(v is not NULL for v in values) or "PUSH_NULL" in opset.handlers:
        feeds |= {0, 1} if len(values) > 1 else {0}
    return sorted(feeds)


def _compare(opset, opname, handler, kind, arg, inputs):
    operand = handler.operand(_CODE, _ins(arg)) if hasattr(handler, "operand") else arg
    values = inputs[0]
    for feed in _feeds(opset, values):
        # With every input on the value stack, a NOP first: the instruction is not the
        # run's first, so a fault in it must move the frame (fault_shift).
        lead = [(stack.nop, None)] if feed == len(values) else []
        expected = _unfused(opset, lead + [(handler, operand)], inputs, feed)
        run = [(stack.Nop(), h, o) for h, o in lead] + [(kind, handler, operand)]
        got, source = _fused(opset, run, inputs, feed)
        if type(got["result"]) is int and got["result"] <= FUSED_YIELD:  # a yield, resumed after the run
            after = len(values) - feed + len(run)  # the pushes of the inputs not fed, then the run
            got["result"] = YIELD if FUSED_YIELD - got["result"] == after else ("resumes at", got["result"])
        # Values the fused step held in host locals are gone when it raises (unwinding drops
        # them) or returns (the frame is done): its stack is the start of the unfused one.
        if expected["error"] is not None or expected["result"] == RETURN:
            assert got["stack"] == expected["stack"][: len(got["stack"])], source
            got["stack"] = expected["stack"]
        assert got == expected, f"{opset.name} {opname} arg {arg} feed {feed}\n{source}"


def _kinded(version):
    opset = versions.opset_for(version)
    for opname, handler in sorted(opset.handlers.items()):
        kind = fuse.kind_of(handler)
        if kind is not None:
            yield opset, opname, handler, kind


@pytest.mark.parametrize("version", VERSIONS)
def test_fused_equals_unfused(version):
    checked = {}
    for opset, opname, handler, kind in _kinded(version):
        for arg, inputs in _cases(opset, opname, handler, kind):
            _compare(opset, opname, handler, kind, arg, inputs)
            checked[type(kind).__name__] = checked.get(type(kind).__name__, 0) + 1
    templated = {type(kind).__name__ for _, _, _, kind in _kinded(version)} - {"Plain", "Exit"}
    assert templated <= set(checked), f"kinds without a case: {templated - set(checked)}"


@pytest.mark.parametrize("version", VERSIONS)
def test_every_inline_instruction_has_a_case(version):
    """No instruction with an inline template goes unchecked by the test above."""
    for opset, opname, handler, kind in _kinded(version):
        if kind is PLAIN or kind is EXIT:
            continue
        assert next(iter(_cases(opset, opname, handler, kind)), None) is not None, f"{version} {opname}"


def test_exit_kind_and_call_after_kw_names():
    """EXIT calls the handler at the run's end and passes on its jump; a CALL after
    KW_NAMES (3.11, 3.12) runs as its handler (its names are in the frame)."""
    opset = versions.opset_for("3.11")

    def jumps(frame, arg):
        frame.stack.pop()
        return arg

    def raises(frame, arg):
        raise KeyError(arg)

    for handler, arg in ((jumps, 33), (jumps, None), (raises, "k")):
        inputs = (["a", "b"], [10, NULL], {})
        steps = [(stack.nop, None), (handler, arg)]
        expected = _unfused(opset, steps, inputs, 2)
        got, source = _fused(opset, [(stack.Nop(), stack.nop, None), (EXIT, handler, arg)], inputs, 2)
        assert got == expected, source
    call = opset.handlers["CALL"]
    instructions = [SimpleNamespace(opname="KW_NAMES"), SimpleNamespace(opname="LOAD_CONST"),
                    SimpleNamespace(opname="CALL")]
    assert fuse.kind_of(call).in_run(instructions, 2) is EXIT
    assert fuse.kind_of(call).in_run(instructions[1:], 1) is fuse.kind_of(call)


# -- one place ----------------------------------------------------------------------------------


def test_fuse_names_no_instruction():
    """fuse.py is the generic run-finder and writer: no kind's name, no operator table, no
    template; every kind is an ``ops.Kind`` defined in ``runtime/ops`` next to its handlers."""
    source = inspect.getsource(fuse)
    tree = ast.parse(source)
    strings = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    kind_names = {"push_fast", "push_const", "store_fast", "apply", "inplace", "global", "attr", "method",
                  "branch", "branch_or_pop", "iter", "return", "return_const", "call", "dup", "rot", "swap",
                  "copy", "pop", "nop", "unary", "compare_bool", "test", "exit", "push_null"}
    assert not strings & kind_names
    for helper in ("unbound_local", "global_value", "host_lacks", "method_pair", "FunctionType", "operator"):
        assert helper not in source, helper
    assert "_describe" not in source and "_write" not in source
    ops_folder = os.path.dirname(inspect.getfile(Kind))
    for version in VERSIONS:
        for _, opname, _handler, kind in _kinded(version):
            assert isinstance(kind, Kind), f"{version} {opname}: {kind!r} is not a Kind"
            defined = inspect.getfile(type(kind))
            assert os.path.dirname(defined) == ops_folder, f"{version} {opname}: {type(kind)} from {defined}"


def test_handler_names_are_unique():
    """The opcode name finds its definition: no two handlers of different meaning share a
    module-level name across runtime/ops (2.7's carry ``_27``)."""
    folder = os.path.dirname(inspect.getfile(Kind))
    seen = {}
    for filename in sorted(os.listdir(folder)):
        if not filename.endswith(".py") or filename == "__init__.py":
            continue
        with open(os.path.join(folder, filename), encoding="utf-8") as f:
            tree = ast.parse(f.read())
        for node in tree.body:
            defined = [node.name] if isinstance(node, ast.FunctionDef) else [
                t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
            for name in defined:
                if name.startswith("_") or name.isupper():
                    continue
                assert name not in seen, f"{name} in {filename} and {seen[name]}"
                seen[name] = filename


def test_merged_definitions():
    """One body where the meaning is one: RESUME is NOP, 3.13's END_FOR is POP_TOP, DICT_MERGE
    of 3.11 is 3.9's, and COMPARE_OP/BINARY_OP are arith.operator_handler's."""
    v311, v313, v39 = (versions.opset_for(v) for v in ("3.11", "3.13", "3.9"))
    assert v311.handlers["RESUME"] is v311.handlers["NOP"]
    assert v313.handlers["END_FOR"] is v313.handlers["POP_TOP"]
    assert v311.handlers["DICT_MERGE"] is v39.handlers["DICT_MERGE"]
    for version in VERSIONS:
        opset = versions.opset_for(version)
        for opname in ("COMPARE_OP", "BINARY_OP"):
            handler = opset.handlers.get(opname)
            if handler is not None and version != "3.13":
                assert handler.__code__ is arith.compare_op.__code__, f"{version} {opname}"


# -- stack effects: stored in the definition, checked against the handler and CPython ---------

# Where pyctk's instruction does more than CPython's, by design: FOR_ITER's exhaustion
# skips the END_FOR (3.12: -2) or END_FOR and POP_TOP (3.13: -1, -1) at its target, so
# it pops what they would.
_EFFECT_BEYOND_CPYTHON = {("3.12", "FOR_ITER", True): -2, ("3.13", "FOR_ITER", True): -2}
# 3.11: pyctk's PRECALL does nothing and its CALL takes the arguments (CPython's PRECALL).
_WORK_MOVED = {("3.11", "PRECALL"): ("3.11", "CALL")}
# Recorded by tools/record_stack_effects.py from each version's own dis.stack_effect.
EFFECTS = os.path.join(os.path.dirname(__file__), "fixtures", "stack_effects")
# 2.7's dis has no stack_effect: its stored effects are checked against CPython 2.7's
# compiler by tests/test_stack_depth27.py (walked depth == each corpus code's co_stacksize).
RECORDED_VERSIONS = [v for v in VERSIONS if v != "2.7"]


def _templated(version):
    for opset, opname, handler, kind in _kinded(version):
        if kind is not PLAIN and kind is not EXIT:
            yield opset, opname, handler, kind


@pytest.mark.parametrize("version", VERSIONS)
def test_stored_stack_effects_are_what_the_handlers_do(version):
    """Every templated instruction's definition stores its stack effect (its kind's
    ``stack_effect``), and it is the net stack change its handler makes where it did not
    raise or return, jumping or not."""
    checked = 0
    for opset, opname, handler, kind in _templated(version):
        for arg, inputs in _cases(opset, opname, handler, kind):
            operand = handler.operand(_CODE, _ins(arg)) if hasattr(handler, "operand") else arg
            before = len(inputs[0])
            outcome = _unfused(opset, [(handler, operand)], inputs, before)
            # A yield's value is replaced on the stack by the one sent, when the frame resumes.
            if outcome["error"] is not None or outcome["result"] in (RETURN, YIELD):
                continue
            jumped = outcome["result"] != 1  # 1: the index after the one step
            stored = stack_effect_of(handler, arg, jumped)
            assert stored is not None, f"{version} {opname}: no stored stack effect"
            done = len(outcome["stack"]) - before
            assert stored == done, f"{version} {opname} arg={arg} jump={jumped}: stored {stored}, handler {done}"
            checked += 1
    assert checked > 100


def _recorded(version):
    path = os.path.join(EFFECTS, f"{version}.json")
    assert os.path.isfile(path), f"no recorded stack effects {path}: run python3 tools/record_stack_effects.py --write"
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# One handler, but CPython's compiler counts its effect differently from version to version
# (how 3.6, 3.7 and 3.8 account for an exception handler's values; 3.13's RETURN_GENERATOR
# pushes, 3.11's did not): no effect of (arg, jump) alone can be stored for it.
_COUNTED_BY_VERSION = {"pop_except_36", "end_finally_36", "with_cleanup_start_36", "with_cleanup_finish_36",
                       "setup_with", "setup_async_with", "setup_finally", "setup_except", "return_generator"}


@pytest.mark.parametrize("version", RECORDED_VERSIONS)
def test_stored_stack_effects_are_cpythons(version):
    """Every instruction's stored stack effect (its kind's, or its handler's ``effect``),
    for every argument and jump recorded, is what the version's own ``dis.stack_effect``
    says (3.6, 3.7: the larger of jumping and not), but where pyctk moves work between
    instructions by design. Only the handlers of ``_COUNTED_BY_VERSION`` store none."""
    recorded = _recorded(version)
    native = {(name, arg, jump): effect for name, rows in recorded.items() for arg, jump, effect in rows}
    moved = {giver: taker for (v, giver), (_, taker) in _WORK_MOVED.items() if v == version}
    wrong = {}
    checked = 0
    for opname, handler in sorted(versions.opset_for(version).handlers.items()):
        assert opname in recorded, f"{version} {opname}: not an opcode of CPython {version}"
        if handler.__name__ in _COUNTED_BY_VERSION:
            assert getattr(handler, "stack_effect", None) is None and fuse.kind_of(handler) in (None, PLAIN, EXIT)
            continue
        for arg, jump, effect in recorded[opname]:
            if effect is None:
                continue  # the version refuses that argument
            expected = effect + _EFFECT_BEYOND_CPYTHON.get((version, opname, jump), 0)
            for giver, taker in moved.items():
                if opname == taker:
                    expected += native[(giver, arg, jump)]
                elif opname == giver:
                    expected = 0
            stored = stack_effect_of(handler, arg, jump)
            assert stored is not None, f"{version} {opname} ({handler.__name__}): no stored stack effect"
            if stored != expected:
                wrong[(opname, arg, jump)] = (stored, expected)
            checked += 1
    assert not wrong, f"(stored, CPython) stack effects differ: {wrong}"
    assert checked > 900


def test_every_recorded_version_has_its_effects():
    """A missing recording fails (it is committed), and 2.7 is the only version without one."""
    recorded = sorted(name[:-5] for name in os.listdir(EFFECTS) if name.endswith(".json"))
    assert sorted(recorded, key=versions.Version.parse) == RECORDED_VERSIONS
