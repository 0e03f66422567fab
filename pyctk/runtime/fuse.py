"""Superinstructions: a run of simple instructions done by one generated handler.

``compile_program`` gives every instruction a ``(handler, operand)`` step. ``fuse`` then
finds runs of consecutive instructions that handlers declare simple (``@fusion``) and
puts at the first index of each run one step doing the whole run: one dispatch instead
of one per instruction, and the values passed between them in host locals instead of
through the value stack (a "virtual stack", written out before anything that needs the
real one). The other steps of the run stay as they were, so fused and unfused steps have
the same indexing: a jump into a run, a generator resuming, the exception path and the
traced loop (which runs the unfused steps, so that a tracer sees every instruction) all
work on either.

The generated code is made once per *shape* (the run's kinds and static details) and
gets the run's values (local indexes, constants, names, targets) as its operand. It is
made lazily: a run's place first holds ``_fuse_when_hot``, which runs the run's first
instruction alone until the run has started ``GENERATE_AFTER`` times (or at once when its
shape exists), then puts the fused step there. Runs
stay inside one basic block and one exception-table range; a value left on the virtual
stack when an instruction raises is above the handler's depth, so unwinding drops it as
it would have dropped it from the value stack. What a fused step reports:

- ``None`` never: it returns the index after the run, or a jump target, or a signal;
- a guest call made by its last instruction as ``FUSED_CALL - resume index`` (the loop
  stores that index as the frame's resume point);
- when an instruction of the run other than the first raises, ``vm.fault_shift`` = its
  position in the run, so that the loop puts the frame at the instruction that raised.
"""

from __future__ import annotations

import operator
import os
import re

from pyctk.runtime.objects import NULL
from pyctk.runtime.signals import CALL, FUSED_CALL, RETURN

_CALL = CALL
_RETURN = RETURN

MAX_RUN = 24  # instructions per fused step: bounds generated code and shapes
_ENABLED = os.environ.get("PYCTK_FUSE", "1") != "0"  # PYCTK_FUSE=0: one step per instruction


def fuse_enabled() -> bool:
    return _ENABLED


# Host operators written inline instead of called through ``operator``: same protocol,
# one C call fewer.
_INLINE = {
    operator.add: "{0} + {1}", operator.sub: "{0} - {1}", operator.mul: "{0} * {1}",
    operator.truediv: "{0} / {1}", operator.floordiv: "{0} // {1}", operator.mod: "{0} % {1}",
    operator.pow: "{0} ** {1}", operator.lshift: "{0} << {1}", operator.rshift: "{0} >> {1}",
    operator.and_: "{0} & {1}", operator.or_: "{0} | {1}", operator.xor: "{0} ^ {1}",
    operator.matmul: "{0} @ {1}", operator.getitem: "{0}[{1}]",
    operator.lt: "{0} < {1}", operator.le: "{0} <= {1}", operator.eq: "{0} == {1}",
    operator.ne: "{0} != {1}", operator.gt: "{0} > {1}", operator.ge: "{0} >= {1}",
    operator.is_: "{0} is {1}", operator.is_not: "{0} is not {1}",
    operator.neg: "-{0}", operator.pos: "+{0}", operator.invert: "~{0}",
}
# In-place operators: ``x = a; x += b`` is operator.iadd(a, b).
_INPLACE = {
    operator.iadd: "+=", operator.isub: "-=", operator.imul: "*=", operator.itruediv: "/=",
    operator.ifloordiv: "//=", operator.imod: "%=", operator.ipow: "**=", operator.ilshift: "<<=",
    operator.irshift: ">>=", operator.iand: "&=", operator.ior: "|=", operator.ixor: "^=",
    operator.imatmul: "@=",
}

# Kinds that may only end a run (they leave the frame, or may make it leave).
_LAST_ONLY = frozenset({"jump", "return", "return_const", "call", "exit"})


def fuse(steps: list, instructions: list, exception_table) -> list:
    """The fused steps of a program (a new list; ``steps`` is left as it is)."""
    if len(steps) < 2:
        return steps
    regions = _regions(len(steps), exception_table)
    fused = list(steps)
    i = 0
    n = len(steps)
    while i < n:
        run = _run(steps, instructions, regions, i)
        if len(run) >= 2:
            fused[i] = (_fuse_when_hot, _Pending(run, i + len(run), fused, i))
            i += len(run)
        else:
            i += 1
    return fused


# Starts of a run whose shape has no generated code yet before it is generated: a
# ``compile`` (~0.3 ms) pays for itself only over many runs (one dispatch saved per
# instruction), and most of a library's code (module and class bodies, set-up) runs a
# few times at most. A shape generated already is used from the run's first start.
GENERATE_AFTER = 32


class _Pending:
    """A run not fused yet (``_fuse_when_hot``)."""

    __slots__ = ("run", "after", "steps", "index", "starts", "shape", "values")

    def __init__(self, run, after, steps, index):
        self.run = run
        self.after = after
        self.steps = steps
        self.index = index
        self.starts = 0
        self.shape = None

    def settle(self):
        """The run's fused step, put in its place in the steps."""
        if self.shape is None:
            self.shape, self.values = _shape_of(self.run, self.after)
        function = _shapes.get(self.shape)
        if function is None:
            function = _shapes[self.shape] = _generate(self.shape)
        step = self.steps[self.index] = (function, self.values)
        return step


def _fuse_when_hot(frame, pending):
    """Until the run is fused: its first instruction alone (the unfused steps after it
    follow, as a jump into the run would). Then the fused step replaces this one and the
    loop goes to it (a jump, so that no frame of this function is between the loop and
    the fused step: ``frames.py`` reads its ``at``)."""
    if pending.shape is None:
        pending.shape, pending.values = _shape_of(pending.run, pending.after)
    pending.starts += 1
    if pending.shape in _shapes or pending.starts > GENERATE_AFTER:
        pending.settle()
        return pending.index
    _, handler, operand = pending.run[0]
    return handler(frame, operand)


def settle_all(steps) -> list:
    """``steps`` with every run fused now (the tests read the generated steps)."""
    for handler, operand in list(steps):
        if handler is _fuse_when_hot:
            operand.settle()
    return steps


def _regions(n, exception_table):
    if not exception_table:
        return None
    regions = [-1] * n
    for number, entry in enumerate(exception_table):
        for index in range(entry.start, min(entry.end, n)):
            if regions[index] == -1:  # the first entry covering an instruction is its own
                regions[index] = number
    return regions


def _run(steps, instructions, regions, start) -> list:
    """The longest run from ``start``: (kind, handler, operand) per instruction."""
    run = []
    region = regions[start] if regions is not None else None
    for index in range(start, min(len(steps), start + MAX_RUN)):
        if index > start and instructions[index].is_jump_target:
            break  # a basic block's first instruction starts its own run
        if regions is not None and regions[index] != region:
            break
        handler, operand = steps[index]
        kind = getattr(handler, "fusion", None)
        if kind is None:
            break
        if kind[0] == "call" and not _call_inlinable(instructions, index):
            kind = ("exit",)
        run.append((kind, handler, operand))
        if kind[0] in _LAST_ONLY:
            break
    return run


def _call_inlinable(instructions, index) -> bool:
    """No KW_NAMES (3.11, 3.12) before this CALL: its keyword names would be in the frame."""
    for back in (1, 2):
        if index - back >= 0 and instructions[index - back].opname == "KW_NAMES":
            return False
    return True


# -- generating a step ---------------------------------------------------------------------

_shapes: dict = {}


def _shape_of(run, after):
    """(the run's shape, its values: the fused step's operand)."""
    shape = []
    values = []
    for kind, handler, operand in run:
        part, vals = _describe(kind, handler, operand)
        shape.append(part)
        values.extend(vals)
    values.append(after)
    return tuple(shape), tuple(values)


def _describe(kind, handler, operand):
    """(static part of the shape, values for the operand) of one instruction."""
    name = kind[0]
    if name == "apply":  # ("apply", op or None, arity): op None = the operand is the op
        op = kind[1] if kind[1] is not None else operand
        arity = kind[2]
        if op in _INLINE:
            return ("apply", _INLINE[op], arity), ()
        if op in _INPLACE:
            return ("inplace", _INPLACE[op]), ()
        return ("apply", None, arity), (op,)
    if name == "compare_bool":  # 3.13 COMPARE_OP: (op, result as a bool)
        op, to_bool = operand
        expr = _INLINE.get(op)
        template = expr if expr is not None else None
        return ("compare_bool", template, to_bool), (() if expr is not None else (op,))
    if name == "test":  # ("test", expression if the operand is false, expression if true)
        return ("apply", kind[2] if operand else kind[1], 2), ()
    if name == "global":  # ("global", where the NULL goes [, the lookup that raises the error])
        slow = kind[2:]
        if type(operand) is tuple:
            key, null = operand
            return ("global", kind[1] if null else None, bool(slow)), (key, *slow)
        return ("global", None, bool(slow)), (operand, *slow)
    if name == "push_null":
        return kind, ()
    if name == "attr_or_method":  # 3.12+: LOAD_ATTR's low bit picks the form
        key, method = operand
        return _describe(kind[2] if method else kind[1], handler, key)
    if name in ("attr", "method", "store_attr"):
        return kind, (operand,)
    if name in ("push_fast2", "store_push_fast", "store_fast2"):
        return (name,), tuple(operand)
    if name == "call":  # ("call", stack layout [, what calls a callable that is not a guest function])
        if kind[2:]:
            if operand >> 8:  # 2.7: keyword arguments too
                return ("exit",), (handler, operand)
            return ("call", kind[1], operand, True), kind[2:]
        return ("call", kind[1], operand, False), ()
    if name in ("plain", "exit"):
        return (name,), (handler, operand)
    if name == "return" and kind[1:]:  # ("return", frame fields that, when set, need the handler)
        return ("return_unless", kind[1]), (handler, operand)
    if name in ("pop", "nop", "dup", "dup2", "unary", "return"):
        return kind, ()
    if name in ("branch", "branch_or_pop"):
        return kind, (operand,)
    if name in ("copy", "swap"):
        return (name, operand), ()
    if name == "rot":
        return kind, ()
    return (name,), (operand,)  # push_fast, push_const, store_fast, branch, jump, iter, return_const


class _Writer:
    """The body of a fused step, with its virtual stack of host expressions."""

    def __init__(self):
        self.lines: list[str] = []
        self.vstack: list[str] = []
        self.names = 0
        self.values = 0
        self.position = 0  # of the instruction being written, in the run
        self.marked = 0  # the position ``at`` holds

    def emit(self, line: str, indent: int = 0) -> None:
        self.lines.append("    " * indent + line)

    def new(self) -> str:
        self.names += 1
        return f"v{self.names}"

    def value(self) -> str:
        name = f"o{self.values}"
        self.values += 1
        return name

    def mark(self) -> None:
        """What follows may raise: tell the loop which instruction it is."""
        if self.position != self.marked:
            self.emit(f"at = {self.position}")
            self.marked = self.position

    def push(self, expr: str) -> None:
        self.vstack.append(expr)

    def pop(self) -> str:
        if self.vstack:
            return self.vstack.pop()
        name = self.new()
        self.emit(f"{name} = s.pop()")
        return name

    def spill(self) -> None:
        if len(self.vstack) == 1:
            self.emit(f"s.append({self.vstack[0]})")
        elif self.vstack:
            self.emit(f"s.extend(({', '.join(self.vstack)}))")
        self.vstack.clear()

    def result(self, expr: str) -> None:
        name = self.new()
        self.emit(f"{name} = {expr}")
        self.push(name)


def _generate(shape):
    _ready()
    w = _Writer()
    ended = False
    for position, part in enumerate(shape):
        w.position = position
        ended = _write(w, part)
    if not ended:
        w.spill()
        w.emit(f"return {_AFTER}")
    names = [f"o{k}" for k in range(w.values)] + [_AFTER]
    lines = ["def fused(frame, operand):", f"    {', '.join(names)}, = operand"]
    text = "\n".join(w.lines)
    if _USES_STACK.search(text):
        lines.append("    s = frame.stack")
    if "fast[" in text:
        lines.append("    fast = frame.fast")
    if w.marked:  # an instruction after the first may raise
        lines += ["    at = 0", "    try:"]
        lines += ["        " + line for line in w.lines]
        lines += ["    except BaseException:", "        frame.vm.fault_shift = at", "        raise"]
    else:
        lines += ["    " + line for line in w.lines]
    source = "\n".join(lines) + "\n"
    namespace = dict(_NAMESPACE)
    exec(compile(source, _FILENAME, "exec"), namespace)
    function = namespace["fused"]
    function.source = source  # for a reader (and the tests) of what a shape became
    return function


_USES_STACK = re.compile(r"\bs[.\[]")
_AFTER = "after"
# Generated code counts as pyctk's own for faults.py (a stack underflow in it is bad bytecode).
_FILENAME = os.path.join(os.path.dirname(os.path.abspath(__file__)), "<fused>")


def _write(w: _Writer, part) -> bool:
    """Write one instruction; True if it ended the step (returned)."""
    name = part[0]
    if name == "push_fast":
        o = w.value()
        w.mark()
        v = w.new()
        w.emit(f"{v} = fast[{o}]")
        w.emit(f"if {v} is NULL: raise unbound_local(frame, {o})")
        w.push(v)
    elif name == "push_const":
        w.push(w.value())
    elif name == "push_fast2":
        for _ in range(2):
            _write(w, ("push_fast",))
    elif name == "store_fast":
        o = w.value()
        if not w.vstack:
            w.mark()  # the value comes off the value stack, which may be empty
        w.emit(f"fast[{o}] = {w.pop()}")
    elif name == "store_push_fast":
        _write(w, ("store_fast",))
        _write(w, ("push_fast",))
    elif name == "store_fast2":
        _write(w, ("store_fast",))
        _write(w, ("store_fast",))
    elif name == "pop":
        if w.vstack:
            w.vstack.pop()
        else:
            w.mark()
            w.emit("s.pop()")
    elif name == "nop":
        pass
    elif name == "push_null":
        w.push("NULL")
    elif name == "apply":
        _, template, arity = part
        op = w.value() if template is None else None
        w.mark()
        args = [w.pop() for _ in range(arity)][::-1]
        if template is not None:
            w.result(template.format(*args))
        else:
            w.result(f"{op}({', '.join(args)})")
    elif name == "inplace":
        w.mark()
        right = w.pop()
        left_ = w.pop()
        v = w.new()
        w.emit(f"{v} = {left_}")
        w.emit(f"{v} {part[1]} {right}")
        w.push(v)
    elif name == "compare_bool":
        _, template, to_bool = part
        op = w.value() if template is None else None
        w.mark()
        right = w.pop()
        left_ = w.pop()
        expr = template.format(left_, right) if template is not None else f"{op}({left_}, {right})"
        w.result(f"bool({expr})" if to_bool else expr)
    elif name == "unary":
        w.mark()
        w.result(part[1].format(w.pop()))
    elif name in ("dup", "copy", "dup2", "swap", "rot"):
        _shuffle(w, part)
    elif name == "global":
        key = w.value()
        slow = w.value() if part[2] else "global_value"
        w.mark()
        v = w.new()
        w.emit(f"{v} = frame.globals.get({key}, NULL)")
        w.emit(f"if {v} is NULL: {v} = {slow}(frame, {key})")
        if part[1] == "below":
            w.push("NULL")
        w.push(v)
        if part[1] == "above":
            w.push("NULL")
    elif name == "attr":
        key = w.value()
        w.mark()
        obj = w.pop()
        v = w.new()
        if part[1]:  # an attribute this host lacks may be the guest version's (names.host_lacks)
            w.emit("try:")
            w.emit(f"{v} = getattr({obj}, {key})", 1)
            w.emit("except AttributeError:")
            w.emit(f"{v} = host_lacks({obj}, {key})", 1)
        else:
            w.emit(f"{v} = getattr({obj}, {key})")
        w.push(v)
    elif name == "store_attr":
        key = w.value()
        w.mark()
        obj = w.pop()
        value = w.pop()
        w.emit(f"setattr({obj}, {key}, {value})")
    elif name == "method":  # names.method_pair: (method, self) or (NULL, attribute)
        key = w.value()
        w.mark()
        obj = w.pop()
        m, v = w.new(), w.new()
        w.emit(f"{m}, {v} = method_pair({obj}, {key})")
        if part[1] == "above":  # 3.13: (attribute, NULL) instead
            w.emit(f"if {m} is NULL: {m}, {v} = {v}, NULL")
        w.push(m)
        w.push(v)
    elif name in ("branch", "branch_or_pop"):
        target = w.value()
        w.mark()
        cond = w.pop()
        w.spill()
        w.emit(f"if {_BRANCHES[part[1]].format(cond)}:")
        if name == "branch_or_pop":  # the value stays when the jump is taken
            w.emit(f"s.append({cond})", 1)
        w.emit(f"return {target}", 1)
    elif name == "jump":
        target = w.value()
        w.spill()
        w.emit(f"return {target}")
        return True
    elif name == "iter":
        target = w.value()
        w.spill()
        w.mark()
        v = w.new()
        w.emit("try:")
        w.emit(f"{v} = next(s[-1])", 1)
        w.emit("except StopIteration:")
        w.emit("s.pop()", 1)
        w.emit(f"return {target}", 1)
        w.push(v)
    elif name == "return":
        if not w.vstack:
            w.mark()
        w.emit(f"frame.retval = {w.pop()}")
        w.emit(f"return {_RETURN}")
        return True
    elif name == "return_unless":
        h, o = w.value(), w.value()
        if not w.vstack:
            w.mark()
        value = w.pop()
        w.spill()
        w.emit(f"if not ({' or '.join('frame.' + field for field in part[1])}):")
        w.emit(f"frame.retval = {value}", 1)
        w.emit(f"return {_RETURN}", 1)
        w.emit(f"s.append({value})")
        w.mark()
        w.emit(f"return {h}(frame, {o})")
        return True
    elif name == "return_const":
        w.emit(f"frame.retval = {w.value()}")
        w.emit(f"return {_RETURN}")
        return True
    elif name == "call":
        _write_call(w, part[1], part[2], w.value() if part[3] else "call")
        return True
    elif name == "plain":
        h, o = w.value(), w.value()
        w.spill()
        w.mark()
        w.emit(f"{h}(frame, {o})")
    elif name == "exit":
        h, o = w.value(), w.value()
        w.spill()
        w.mark()
        w.emit(f"r = {h}(frame, {o})")
        w.emit(f"if r is None: return {_AFTER}")
        w.emit(f"return {FUSED_CALL} - {_AFTER} if r == {_CALL} else r")
        return True
    else:  # pragma: no cover - a kind without a writer is pyctk's bug
        raise AssertionError(f"no writer for {part}")
    return False


_BRANCHES = {"false": "not {0}", "true": "{0}", "none": "{0} is None", "not_none": "{0} is not None"}


def _shuffle(w: _Writer, part) -> None:
    """Stack shuffles on the virtual stack; on the value stack, as the handlers do them
    (with their faults on a short stack), when the virtual one is not deep enough."""
    name = part[0]
    depth = {"dup": 1, "dup2": 2}.get(name) or part[1]
    v = w.vstack
    if not 0 < depth <= len(v):
        w.spill()
        w.mark()
        w.emit(_ON_STACK[name](depth))
    elif name in ("dup", "copy"):
        v.append(v[-depth])
    elif name == "dup2":
        v.extend(v[-2:])
    elif name == "swap":
        v[-1], v[-depth] = v[-depth], v[-1]
    else:  # rot: the top goes down ``depth - 1`` places
        v.insert(len(v) - depth, v.pop())


def _rot_on_stack(n: int) -> str:
    places = ", ".join(f"s[-{k}]" for k in range(1, n + 1))
    moved = ", ".join([f"s[-{k}]" for k in range(2, n + 1)] + ["s[-1]"])
    return f"{places} = {moved}"


_ON_STACK = {
    "dup": lambda n: "s.append(s[-1])",
    "copy": lambda n: f"s.append(s[-{n}])",
    "dup2": lambda n: "s.extend(s[-2:])",
    "swap": lambda n: f"s[-1], s[-{n}] = s[-{n}], s[-1]",
    "rot": _rot_on_stack,
}


def _write_call(w: _Writer, style: str, argc: int, call: str) -> None:
    """A call instruction's operands off the virtual stack; a guest function gets its frame
    pushed here (``vm.enter``), anything else goes through ``calls.call``."""
    w.mark()
    args = "".join(a + ", " for a in [w.pop() for _ in range(argc)][::-1])
    if style == "function":  # 2.7-3.10 CALL_FUNCTION: (callable, args)
        func = w.pop()
        w.spill()
        _call(w, call, func, f"({args})")
    else:
        second = w.pop()
        first = w.pop()
        w.spill()
        if style == "313":  # (callable, self or NULL, args)
            maybe_null, plain, with_self = second, (first, f"({args})"), (first, f"({second}, {args})")
        else:  # 3.7-3.10 CALL_METHOD, 3.11-3.12 CALL: (method or NULL, self or callable, args)
            maybe_null, plain, with_self = first, (second, f"({args})"), (first, f"({second}, {args})")
        if maybe_null == "NULL":  # pushed in this run: known now
            _call(w, call, *plain)
        elif maybe_null.startswith("o"):  # a constant of the run: never NULL
            _call(w, call, *with_self)
        else:
            w.emit(f"if {maybe_null} is NULL:")
            _call(w, call, *plain, indent=1)
            w.emit("else:")
            _call(w, call, *with_self, indent=1)


def _call(w: _Writer, call: str, func: str, args: str, indent: int = 0) -> None:
    w.emit(f"if type({func}) is FunctionType and (_c := {func}.__code__.co_consts) and type(_e := _c[-1]) is Entry and not _e.kind:", indent)
    w.emit(f"frame.vm.enter({func}, {args}, None, _e)", indent + 1)
    w.emit(f"return {FUSED_CALL} - {_AFTER}", indent + 1)
    w.emit(f"if {call}(frame, {func}, {args}) is None: return {_AFTER}", indent)
    w.emit(f"return {FUSED_CALL} - {_AFTER}", indent)


def _namespace() -> dict:
    from types import FunctionType

    from pyctk.runtime.functions import Entry
    from pyctk.runtime.ops.calls import call
    from pyctk.runtime.ops.names import _global, host_lacks, method_pair, unbound_local

    return {
        "NULL": NULL, "FunctionType": FunctionType, "Entry": Entry, "unbound_local": unbound_local, "global_value": _global, "call": call,
        "host_lacks": host_lacks, "method_pair": method_pair,
    }


_NAMESPACE: dict = {}


def _ready() -> None:
    if not _NAMESPACE:
        _NAMESPACE.update(_namespace())
