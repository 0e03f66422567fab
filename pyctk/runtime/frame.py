"""Frame and Block: the state of one running guest code object."""

from __future__ import annotations

# Block kinds of the block-stack model (2.7–3.10).
LOOP = 0  # SETUP_LOOP (until 3.7)
EXCEPT = 1  # SETUP_EXCEPT (until 3.7)
FINALLY = 2  # SETUP_FINALLY / SETUP_WITH / SETUP_ASYNC_WITH
HANDLER = 3  # EXCEPT_HANDLER: an except or finally body is running

BLOCK_NAMES = {LOOP: "SETUP_LOOP", EXCEPT: "SETUP_EXCEPT", FINALLY: "SETUP_FINALLY", HANDLER: "EXCEPT_HANDLER"}


class Block:
    __slots__ = ("kind", "handler", "level")

    def __init__(self, kind: int, handler: int, level: int):
        self.kind = kind
        self.handler = handler  # instruction index
        self.level = level  # value-stack depth when the block was set up

    def __repr__(self) -> str:
        return f"<Block {BLOCK_NAMES[self.kind]} handler={self.handler} level={self.level}>"


class Frame:
    """One activation of a guest code object.

    ``fast`` holds the fast locals (3.11+: every localsplus slot, cells included);
    ``cells`` the cell and free variables before 3.11; ``locals`` the name→value mapping
    of module and class bodies (None in functions until ``locals()`` asks for it).

    What every frame has is a slot (a slot's store costs less than a dict's, and making
    a frame is part of every guest call); what most frames never set is a class attribute
    read through the instance's ``__dict__``, so making a frame stores only what every
    frame has. Whoever makes a frame without ``__init__`` (``vm.enter``,
    ``translate.call_guest``) stores every slot.
    """

    __slots__ = ("vm", "code", "opset", "program", "plan", "pc", "stack", "globals", "builtins",
                 "function", "fast", "back", "depth", "__dict__", "__weakref__")

    cells = None
    locals = None
    blocks = ()  # 2.7-3.10: the block stack, a list of the frame's own (layout.init_frame_classic)
    retval = None
    yielding = False
    delegate = None  # the sub-iterator of a suspended ``yield from`` / ``await``
    kwnames = None  # 3.11+: names set by KW_NAMES for the next CALL
    trace_line = None
    trace_last = -1  # traced.py: the index of the instruction the traced loop ran last
    raising = None  # translate.py: the exception leaving the frame's translated function
    exc_saved = False  # 2.7: sys.exc_info() to restore when the frame exits (py27/exc.py)
    saved_handled = None

    def __init__(self, vm, code, opset, program, globals_, builtins):
        # VirtualMachine.enter stores these itself, in this order (keep the two alike).
        self.vm = vm
        self.code = code
        self.opset = opset
        self.program = program.steps
        self.plan = program  # the Program: unfused steps, instructions, exception table
        self.pc = 0
        self.stack = []
        self.globals = globals_
        self.builtins = builtins
        self.function = None
        self.fast = None
        self.back = None
        self.depth = 0

    @property
    def instructions(self) -> list:
        return self.plan.instructions

    @property
    def exception_table(self):
        return self.plan.exception_table

    @property
    def lasti(self) -> int:
        """Index of the instruction executing (or last executed)."""
        return self.pc - 1 if self.pc else 0

    @property
    def current_instruction(self):
        return self.instructions[self.lasti] if self.instructions else None

    @property
    def lineno(self) -> int | None:
        ins = self.current_instruction
        return ins.line if ins is not None else self.code.co_firstlineno

    # The host's frame attributes, for guest and host code that inspects frames.
    @property
    def f_code(self):
        return self.code

    @property
    def f_globals(self):
        return self.globals

    @property
    def f_locals(self):
        return self.vm.current_locals(self)

    @property
    def f_back(self):
        return self.back

    @property
    def f_lineno(self):
        return self.lineno

    @property
    def f_lasti(self) -> int:
        return self.instructions[self.pc - 1].offset if self.pc else -1

    def __repr__(self) -> str:
        return f"<Frame {self.code.co_name} pc={self.pc} depth={self.depth}>"
