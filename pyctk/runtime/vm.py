"""VirtualMachine: the call stack and the dispatch loop.

A handler is ``handler(frame, operand)``; it returns None to go on, an instruction index
to jump, or one of the negative signals below when the loop must change frames. A guest
call of a guest function pushes a frame in the same loop (no host recursion); generators,
class bodies and calls from host code run a nested loop.
"""

from __future__ import annotations

import types

from pyctk import versions
from pyctk.code import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_ITERABLE_COROUTINE, CO_VARARGS, CO_VARKEYWORDS
from pyctk.errors import BadBytecodeError, PyctkError
from pyctk.runtime import calls, layout
from pyctk.runtime import translate as translation
from pyctk.runtime.faults import LOOPS, BytecodeFault, bad_argument, check_indexes, fault_of, located
from pyctk.runtime.frame import Frame
from pyctk.runtime.fuse import fuse, fuse_enabled
from pyctk.runtime.hosttb import guest_entry, holding, host_traceback, library_entries, reads_traceback
from pyctk.runtime.intdigits import guest_message
from pyctk.runtime.interrupt import at_check_point
from pyctk.runtime.listsort import sort_hook as guest_sort_hook
from pyctk.runtime.messages import reword
from pyctk.runtime.objects import NULL, AsyncGenerator, Coroutine, Generator
from pyctk.runtime.signals import CALL, FUSED_CALL, FUSED_YIELD, RETURN, YIELD, YIELD_REPEAT
from pyctk.runtime.translate import (
    GENERATOR_KINDS,
    INTERPRET,
    RAISED,
    SUSPENDED,
    leave_raising,
    run_callee,
    run_translated,
    translate,
    watch_loop_heads,
)
from pyctk.trace import StopRun


class Program:
    """A code object decoded for one opcode set: (handler, operand) per instruction, the
    same with superinstructions (``fuse.py``), and what making a frame for it needs,
    looked up once."""

    __slots__ = (
        "steps", "unfused", "instructions", "nslots", "init_frame", "exception_table", "exact_args", "tail",
        "plain", "blocks", "closure", "code", "translated", "entry", "entries", "direct_args", "star_args",
        "caught", "handler_at", "reads_traceback", "directs",
    )

    def __init__(self, code, steps, instructions, nslots, init_frame, exception_table):
        self.code = code
        self.unfused = steps  # one step per instruction: what the traced loop runs
        self.steps = fuse(steps, instructions, exception_table) if fuse_enabled() else steps
        self.instructions = instructions
        self.nslots = nslots
        self.init_frame = init_frame
        self.exception_table = exception_table  # 3.11+, in this program's instruction indices
        # The table's entry covering each instruction (None: no handler), one more for an
        # index past the end: an exception finds its handler by one index (table_unwind.py).
        self.handler_at = None
        if exception_table:
            self.handler_at = [None] * (len(instructions) + 1)
            for entry in reversed(exception_table):  # (flat: the first entry covering one is its)
                self.handler_at[entry.start:entry.end] = [entry] * (entry.end - entry.start)
        # Its handlers may keep the traceback they catch (hosttb.holding).
        self.reads_traceback = reads_traceback(code)
        # The common call: exactly co_argcount positional arguments, nothing else to bind.
        simple = not code.co_flags & (CO_VARARGS | CO_VARKEYWORDS) and not code.co_kwonlyargcount
        self.exact_args = code.co_argcount if simple else -1
        self.tail = [NULL] * (nslots - code.co_argcount)
        # No cells, no closure and a layout whose set-up is then only the fast locals.
        self.plain = layout.fast_only(init_frame, code)
        # Otherwise, where the closure goes when the VM sets the frame up itself (or None).
        self.closure = None if self.plain else layout.closure_placement(init_frame, code)
        self.blocks = getattr(init_frame, "block_stack", False)  # 2.7-3.10
        # translate.py: the whole code object as one host function, once it is hot. Until
        # that is decided ``entry`` is None (``warm`` counts the entries); then it is the
        # steps a new frame starts with: ``steps``, or the one step running the translation.
        self.translated = None
        # translate.call_guest's own call: its argument count (-1: none).
        self.direct_args = -1
        # Or, for a function of ``*args`` and/or ``**kwargs`` (no keyword-only parameters),
        # its count of named positional parameters: its direct entry packs the rest.
        self.star_args = -1
        self.caught = 0  # exceptions its handlers caught from its translated code
        # Its direct entries, each with the code it runs once the program is interpreted
        # (translate.interpret_from_now): (function, code).
        self.directs = []
        self.entry = None if translate_enabled() else self.steps
        self.entries = 0
        if self.entry is None and self.steps is not steps:  # a loop's hot head translates the code too
            watch_loop_heads(self)

    def warm(self) -> list:
        """The steps a new frame of this code starts with, counting the entry (``enter``
        calls it until ``entry`` is decided)."""
        self.entries += 1
        if self.entries < translation.HOT_AFTER:
            return self.steps
        self.decide()
        return self.entry

    def decide(self):
        """Translate now, if that is not decided yet: the translated function or None."""
        if self.entry is None:
            translated = self.translated = translate(self.code, self)
            self.entry = self.steps if translated is None else [(run_translated, translated)]
            if (translated is not None and (self.plain or self.closure is not None)
                    and not self.code.co_flags & GENERATOR_KINDS):  # call_guest runs the body
                self.direct_args = self.exact_args
                if self.exact_args < 0 and not self.code.co_kwonlyargcount:
                    self.star_args = self.code.co_argcount
        return self.translated


def compile_program(code, opset) -> Program:
    from pyctk.decode import decode, exception_table

    instructions = decode(code, opset)
    handlers = opset.handlers
    nslots = opset.fact("frame_slots")(code)
    guard = opset.fact("attribute_guard", None)  # runtime/apisurface.py
    sort_hook = guest_sort_hook(opset)  # runtime/listsort.py: None when the host's sort is the guest's
    steps = []
    for ins in instructions:
        handler = handlers.get(ins.opname)
        if handler is None:
            handler = _unknown_opcode(code, ins)
            operand = None
        else:
            # Bad indexes and table selectors fail here, once, not in the guest's run.
            check_indexes(code, ins, opset, nslots)
            try:
                prepare = getattr(handler, "operand", None)
                operand = prepare(code, ins) if prepare is not None else ins.arg
                specialize = getattr(handler, "specialize", None)
                if specialize is not None:  # a handler that picks another for this operand
                    handler = specialize(operand)
                if sort_hook is not None:  # loading ``sort``: the guest's list.sort
                    handler = sort_hook(handler, operand)
                attribute = getattr(handler, "attribute_key", None)
                if attribute is not None and guard is not None:  # a name the version lacks on a built-in type
                    handler = guard(opset, handler, attribute(operand))
            except (LookupError, ValueError, TypeError) as e:
                raise bad_argument(code, ins, opset, e) from None
        steps.append((handler, operand))
    return Program(
        code, steps, instructions, nslots, opset.fact("init_frame"),
        exception_table(code, instructions),
    )


def _unknown_opcode(code, ins):
    message = (
        f"{code.co_name} at offset {ins.offset}: {ins.opname} is not an instruction of "
        f"CPython {code.version}"
    )

    def unknown(frame, operand):
        raise BadBytecodeError(message)

    return unknown


def translate_enabled() -> bool:
    return translation.ENABLED and fuse_enabled()


_new_frame = object.__new__  # VirtualMachine.enter: a Frame without a host call of its __init__

_MAYBE_FAULTS = frozenset({IndexError, BytecodeFault})


class VirtualMachine:
    """Runs guest code objects: the executor of one host thread of a guest run.

    It holds what CPython keeps per thread (the current frame, the depth, the exception
    being handled); ``interp`` (``interp.py``) holds what the run's threads share. A
    frame's ``vm`` is the executor of the thread running it. ``VirtualMachine(opset)``
    makes a new interpreter with this VM as the calling thread's executor; calls from
    host code (``call_function``, ``run_code``, resuming a generator) run on the calling
    thread's executor, whichever executor they are made on.
    """

    coroutine_origin_depth = 0  # the guest's sys.set_coroutine_origin_tracking_depth (corigin.py)

    def __init__(self, opset=None, *, version=None, argv=None, tracer=None, max_steps=None, path=None, interp=None):
        if interp is None:
            from pyctk.runtime.interp import GuestInterpreter

            if opset is None and version is not None:
                opset = versions.opset_for(version)
            interp = GuestInterpreter(opset, argv=argv, tracer=tracer, max_steps=max_steps, path=path)
        self.interp = interp
        self.frame: Frame | None = None
        self.depth = 0
        self.handled = None  # the exception the guest is handling: sys.exc_info()
        self.reraise = False  # set by handlers that re-raise: no new traceback entry
        self.fault_shift = 0  # set by a superinstruction whose n-th instruction raised (fuse.py)
        self.translating = 0  # translated frames running on this thread's host stack (translate.py)
        # The guest depth up to which a translated call goes in through its callee's
        # direct entry, uncounted in ``translating`` (set by adopt(), 0 until then).
        self.direct_ceiling = 0
        # Traced runs only: the exception that last left a nested run into host code, so the
        # traced loop can report one that host code swallowed (traced.py, FOR_ITER).
        self.escaped = None
        # Shared, held here too for the hot path (the interpreter keeps them equal).
        self.opset = interp.opset
        self._builtins = interp._builtins
        self._tracebacks = interp._tracebacks
        self._local = interp._local
        # recursion_limit, tracer, max_steps, deadline, translate_depth, direct_ceiling:
        # set by adopt() from the interpreter
        interp.adopt(self)

    # What the run's threads share, under the names it always had.
    argv = property(lambda self: self.interp.argv)
    path = property(lambda self: self.interp.path)
    modules = property(lambda self: self.interp.modules)
    steps = property(lambda self: self.interp.steps)

    # -- code and opcode sets ---------------------------------------------------------

    def opset_for_code(self, code):
        return self.interp.opset_for_code(code)

    def program(self, code, opset) -> Program:
        cache = code.__dict__.setdefault("_programs", {})
        program = cache.get(opset)
        if program is None:
            program = cache[opset] = compile_program(code, opset)
        return program

    def builtins_for(self, opset) -> dict:
        table = self._builtins.get(opset)
        if table is None:
            table = self.interp.builtins_for(opset)
        return table

    # -- frames ----------------------------------------------------------------------

    def make_frame(self, code, globals_, locals_=None, opset=None, closure=None) -> Frame:
        opset = opset or self.opset_for_code(code)
        builtins = self.builtins_for(opset)
        program = self.program(code, opset)
        frame = Frame(self, code, opset, program, globals_, builtins)
        frame.locals = locals_
        program.init_frame(frame, None, closure)
        return frame

    def frame_for_class_body(self, func, entry) -> Frame:
        """A new frame of the class body ``func`` (a guest function of no arguments, whose
        stub holds ``entry``), for ``__build_class__`` to give its namespace."""
        program = entry.program
        if program is None:
            program = entry.program = self.program(entry.code, entry.opset)
        return self._frame_of(entry, program, [*program.tail], func.__globals__, func.__closure__)

    def frame_for_entry(self, entry, globals_, closure, bound) -> Frame:
        """A new frame of a guest function the host called (through its stub): ``bound``
        are its argument slots, bound by the host already."""
        program = entry.program
        if program is None:
            program = entry.program = self.program(entry.code, entry.opset)
        fast = [*bound, *program.tail] if len(bound) == program.exact_args else [*bound, *[NULL] * (program.nslots - len(bound))]
        return self._frame_of(entry, program, fast, globals_, closure)

    def _frame_of(self, entry, program, fast, globals_, closure) -> Frame:
        opset = entry.opset
        frame = Frame(self, entry.code, opset, program, globals_, self._builtins.get(opset) or self.builtins_for(opset))
        steps = program.entry  # a host call counts towards translating the function too
        frame.program = steps if steps is not None else program.warm()
        frame.function = entry
        if program.plain:
            frame.fast = fast
            if program.blocks:
                frame.blocks = []
        else:
            program.init_frame(frame, fast, closure)
        return frame

    def enter(self, func, args, kwargs=None, entry=None) -> None:
        """A guest call of a guest function (not a generator): its frame pushed, for the
        dispatch loop to go on in.

        Every guest-to-guest call comes here, so this is ``_frame_of`` (after binding) and
        ``push`` written out in one host call: the frame made without running ``Frame.__init__``
        (its fields stored here in the same order, so that frames keep sharing their
        attribute layout), the arguments bound by a list copy in the common case."""
        if entry is None:
            entry = func.__code__.co_consts[-1]
        program = entry.program
        if program is None:
            program = entry.program = self.program(entry.code, entry.opset)
        if not kwargs and len(args) == program.exact_args:
            fast = [*args, *program.tail]
        else:
            fast = calls.bind(entry, func, args, kwargs, program.nslots)
        opset = entry.opset
        frame = _new_frame(Frame)
        frame.vm = self
        frame.code = entry.code
        frame.opset = opset
        steps = program.entry
        frame.program = steps if steps is not None else program.warm()
        frame.plan = program
        frame.pc = 0
        frame.stack = []
        frame.globals = func.__globals__
        frame.builtins = self._builtins.get(opset) or self.builtins_for(opset)
        frame.function = entry
        if program.plain:
            frame.fast = fast
            if program.blocks:
                frame.blocks = []
        elif program.closure == "cells":  # init_frame_classic's work for free variables only
            frame.fast = fast
            frame.blocks = []
            frame.cells = list(func.__closure__ or ())
        elif program.closure == "slots":  # init_frame_localsplus's work
            closure = func.__closure__
            if closure:
                fast[len(fast) - len(closure):] = closure
            frame.fast = fast
        else:
            program.init_frame(frame, fast, func.__closure__)
        # push, inlined
        depth = self.depth + 1
        if depth > self.recursion_limit:
            raise opset.fact("recursion_error", RecursionError)(
                opset.fact("recursion_message", "maximum recursion depth exceeded"))
        frame.back = self.frame
        frame.depth = depth
        self.depth = depth
        self.frame = frame
        if self.tracer is not None:
            self.tracer.on_call(frame)

    def push(self, frame: Frame) -> None:
        depth = self.depth + 1
        if depth > self.recursion_limit:
            opset = frame.opset
            raise opset.fact("recursion_error", RecursionError)(
                opset.fact("recursion_message", "maximum recursion depth exceeded"))
        frame.back = self.frame
        frame.depth = depth
        self.depth = depth
        self.frame = frame
        if self.tracer is not None:
            self.tracer.on_call(frame)

    def pop(self, frame: Frame) -> None:
        self.frame = frame.back
        self.depth -= 1

    # -- entry points ----------------------------------------------------------------

    def run_code(self, code, globals_=None, locals_=None, opset=None):
        """Run a module-level (or exec'd) code object and return its result."""
        try:
            vm = self._local.vm
        except AttributeError:
            vm = self.interp.executor()
        if globals_ is None:
            globals_ = {"__name__": "__main__"}
        if locals_ is None:
            locals_ = globals_
        frame = vm.make_frame(code, globals_, locals_, opset)
        return vm.run_frame(frame)

    def call_function(self, func, args, kwargs):
        """Call a guest function from the host."""
        return func(*args, **kwargs) if kwargs else func(*args)

    def make_generator(self, entry, frame):
        """The generator, coroutine or async generator object of a frame of ``entry``'s
        code (what the function's stub delegates to)."""
        kind = entry.kind
        if kind & CO_COROUTINE or (kind & CO_ITERABLE_COROUTINE and not kind & CO_GENERATOR):
            cls = Coroutine
        elif kind & CO_ASYNC_GENERATOR:
            cls = AsyncGenerator
        else:
            cls = Generator
        code = entry.code
        gen = cls(self, frame, code.co_name, getattr(code, "co_qualname", code.co_name))
        # Resumed by its translation, else by the loop from its index (resume_generator):
        # not the one step that runs the translation from the start.
        frame.program = frame.plan.steps
        frame.opset.fact("start_generator")(frame)
        return gen

    def run_frame(self, frame: Frame):
        self.push(frame)
        try:
            return self.loop(frame)
        finally:
            self.frame = frame.back
            self.depth = frame.depth - 1

    def resume_generator(self, gen, value, exc):
        """Run a generator's frame until it yields (the value is returned) or returns
        (StopIteration carries the value) or raises. It runs on the calling thread's
        executor: a generator made in one thread and resumed in another moves there.

        A plain generator whose code is translated runs in its engine (a host generator,
        ``translate._engine_lines``) where nothing needs the loop: a resume is a ``send``
        to it. Where something does (a throw, a tracer, the program interpreted from now
        on), the engine is given up, and the frame goes on in the loop from where it
        suspended."""
        try:
            vm = self._local.vm
        except AttributeError:
            vm = self.interp.executor()
        if vm is not self:
            gen._vm = vm
            return vm.resume_generator(gen, value, exc)
        frame = gen.frame
        if frame.vm is not self:
            frame.vm = self
        if gen.running:
            raise ValueError(f"{_gen_kind(gen)} already executing")
        engine = gen.engine
        if engine is None:  # (an engine pushes the value sent itself)
            if not gen._started:
                if value is not None and exc is None:
                    raise TypeError(f"can't send non-None value to a just-started {_gen_kind(gen)}")
                gen._started = True
            elif exc is None:
                frame.stack.append(value)
        outer = self.handled
        if gen.exc_state is not None:
            self.handled = gen.exc_state
        gen.running = True
        try:
            # push, inlined (once per item a generator gives)
            depth = self.depth + 1
            if depth > self.recursion_limit:
                self.push(frame)  # raises the guest's RecursionError
            frame.back = self.frame
            frame.depth = depth
            self.depth = depth
            self.frame = frame
            try:
                # No tracer, step limit or timeout is set where frames may run translated
                # (direct_ceiling > 0). As a direct entry's frame, it is not counted in
                # ``translating``: the guest's depth bounds the host frames it adds.
                if engine is not None and exc is None and depth <= self.direct_ceiling and frame.plan.translated is not None:
                    try:
                        result = engine.send(value)  # (once per item: it yields)
                    except StopIteration as stop:
                        result = stop.value
                        gen.engine = None
                    except BaseException as error:
                        gen.engine = None
                        leave_raising(self, frame, error, engine.gi_code)  # returns at a handler of the frame's own
                        result = self.loop(frame)
                    if gen.engine is None:  # (not in the handler: what it raises would have its context)
                        result = self._engine_ended(frame, result)
                else:
                    if engine is not None:  # given up: the frame goes on where it is suspended
                        gen.engine = engine = None
                        if exc is None:
                            frame.stack.append(value)
                    result = self._resume_frame(gen, frame, depth, exc)
            finally:
                self.frame = frame.back
                self.depth = frame.depth - 1
                # A suspended frame has no caller (CPython: f_back None), and must not
                # keep the one that resumed it, and its locals, alive.
                frame.back = None
        except BaseException as error:
            gen.running = False
            gen.frame = None
            gen.engine = None
            gen.exc_state = None
            self.handled = outer
            frame.opset.fact("generator_error")(gen, error)
            # Only the guest's entries: the host frames it passed (this one, throw_into)
            # hold the thrown exception as a local, a cycle that would keep it, and the
            # guest frames of its traceback, alive until the next gc. Not a bare
            # ``raise``: before 3.11 that re-raises with the traceback the handler had.
            exc = value = None  # this frame, in the traceback, must not hold it
            raise error.with_traceback(host_traceback_of(self._raw_traceback(error)))
        gen.running = False
        if self.handled is not outer:
            gen.exc_state = self.handled
            self.handled = outer
        if gen.engine is not None:  # its engine yielded
            return result
        if frame.yielding:
            frame.yielding = False
            return result
        gen.frame = None
        if isinstance(gen, AsyncGenerator):
            raise StopAsyncIteration
        raise StopIteration(result) if result is not None else StopIteration

    def _resume_frame(self, gen, frame, depth, exc):
        """``resume_generator``'s run of a frame that has no engine going: in a new
        engine, the translated function, or the loop (``exc``: thrown in)."""
        if exc is None and (translated := frame.plan.translated) is not None and depth <= self.direct_ceiling:
            make = translated.engine
            if make is not None:  # (its first send: resume_generator's, written out there for the hot path)
                engine = gen.engine = make(frame, frame.pc)
                try:
                    return engine.send(None)
                except StopIteration as stop:
                    result = stop.value
                    gen.engine = None
                except BaseException as error:
                    gen.engine = None
                    leave_raising(self, frame, error, engine.gi_code)  # returns at a handler of the frame's own
                    return self.loop(frame)
                return self._engine_ended(frame, result)  # (not in the handler, as above)
            try:
                result = translated(frame, frame.pc)
            except BaseException as error:
                leave_raising(self, frame, error, translated)  # returns at a handler of the frame's own
                return self.loop(frame)
            if result is SUSPENDED:
                return frame.retval
            if result is INTERPRET:
                return self.loop(frame)
            return result
        if self.tracer is not None:
            self.tracer.on_call(frame)
        return self.loop(frame) if exc is None else self.throw_into(frame, exc)

    def _engine_ended(self, frame, value):
        """What a generator's engine returned with: the guest's return value; or it left
        the frame to the loop (``INTERPRET``, at ``frame.pc``; ``RAISED``, with the
        exception ``frame.raising``, handled for the frame first)."""
        if value is RAISED:
            error = frame.raising
            leave_raising(self, frame, error, None)  # (the position is the frame's already)
            return self.loop(frame)
        if value is INTERPRET:
            return self.loop(frame)
        return value

    def finish_generator(self, gen):
        gen.frame = None

    def throw_into(self, frame, exc):
        """Raise ``exc`` in a suspended frame at its resume point, then run on."""
        delegate = frame.delegate
        if delegate is not None:
            # ``yield from``/``await``: the exception goes to the sub-iterator first.
            return frame.opset.fact("throw_into_delegate")(self, frame, exc)
        frame.pc = frame.opset.fact("throw_pc")(frame)
        return self.loop(frame, pending=exc)

    # -- the dispatch loop -------------------------------------------------------------

    def loop(self, entry: Frame, pending=None):
        if self.tracer is not None or self.max_steps is not None or self.deadline is not None:
            from pyctk.runtime.traced import traced_loop

            return traced_loop(self, entry, pending)
        frame = entry
        steps = frame.program
        pc = frame.pc
        while True:
            try:
                if pending is not None:
                    exc, pending = pending, None
                    raise exc
                while True:
                    handler, operand = steps[pc]
                    pc += 1
                    jump = handler(frame, operand)
                    if jump is not None:
                        if jump >= 0:
                            pc = jump
                            continue
                        if jump <= FUSED_CALL:  # a superinstruction's call or yield: resume after it
                            if jump > FUSED_YIELD:
                                pc = FUSED_CALL - jump
                                jump = CALL
                            else:
                                pc = FUSED_YIELD - jump
                                jump = YIELD
                        frame.pc = pc
                        if jump == CALL:
                            if self.tracer is None:
                                frame = self.frame
                            else:  # set while this loop ran (the guest's sys.settrace): the callee's events
                                frame.stack.append(run_callee(self))
                        elif jump == RETURN:
                            if frame is entry:
                                return frame.retval
                            value = frame.retval
                            frame = self.frame = frame.back  # pop, inlined
                            self.depth -= 1
                            frame.stack.append(value)
                        else:  # YIELD: only a loop's entry frame yields
                            if jump == YIELD_REPEAT:
                                frame.pc = pc - 1
                            frame.yielding = True
                            return frame.retval
                        steps = frame.program
                        pc = frame.pc
            except (PyctkError, StopRun):
                raise  # pyctk's own (bad bytecode, limits, a tracer's stop): never the guest's
            except BaseException as exc:
                if self.fault_shift:  # raised by a superinstruction's later instruction
                    pc += self.fault_shift
                    self.fault_shift = 0
                frame.pc = pc
                frame = self.handle_exception(entry, frame, exc)
                steps = frame.program
                pc = frame.pc

    def handle_exception(self, entry: Frame, frame: Frame, exc: BaseException, passing=False) -> Frame:
        """Find the handler of ``exc``, from ``frame`` outward to ``entry``: return the
        frame to go on in (its pc at the handler), or re-raise past ``entry``. ``passing``:
        the caller that gets it is translated code (translate.py), which passes it on to a
        loop that gives it the guest's host traceback then (once, not once per frame)."""
        # (Every caught exception comes here, several times for one that passes cleanup
        # handlers: the version's facts are read from their table, not through ``fact``.)
        facts = frame.opset.facts
        if self.reraise:
            self.reraise = False
            tb = self._raw_traceback(exc)
        else:
            kind = type(exc)
            if kind in _MAYBE_FAULTS:  # bad bytecode, not the guest's error? (faults.py)
                fault = fault_of(exc)
                if fault is not None:
                    raise located(frame, fault) from None
            try:
                fresh = not exc.__dict__.get("__pyctk_tb__")
            except AttributeError:
                fresh = not self._tracebacks.get(id(exc))
            if fresh:
                if kind is KeyboardInterrupt:  # Ctrl-C: where CPython checks for it
                    at_check_point(frame)
                else:
                    if kind is ValueError:  # the int-to-str limit's error, as the guest's version words it
                        guest_message(exc, frame.opset)
                    retype = facts.get("host_error_type")
                    if retype is not None:  # 2.7 raises another type for the same error
                        exc = retype(exc) or exc
                    # A host operation's error in the guest version's words (messages.py).
                    reword(exc, frame)
            # Host library frames it came through (json.loads -> decoder.py) stay in it;
            # raised by a handler itself ([loop, handler]), it came through none.
            tb = exc.__traceback__
            if tb is not None and (below := tb.tb_next) is not None and below.tb_next is not None:
                tb = self.add_traceback(exc, frame, library_entries(tb))
            else:
                tb = self.add_traceback(exc, frame)
            if fresh:
                if (exc.__context__ is None and self.handled is not None and self.handled is not exc
                        and facts.get("exception_chaining", True)):
                    exc.__context__ = self.handled
                if isinstance(exc, (NameError, AttributeError)):
                    self.remember_names(exc, frame)
            if self.tracer is not None:  # sys.settrace's "exception": not for a re-raise
                self.tracer.on_exception(frame, exc)
        unwind = facts["unwind"]
        while True:
            try:
                target = unwind(self, frame, exc)
            except IndexError as error:  # damaged bytecode left the block stack short (faults.py)
                fault = fault_of(error)
                if fault is None:
                    raise
                raise located(frame, fault) from None
            if target is not None:
                # The guest may look at it now: give it the guest's traceback (holding the
                # frames it passed where the handler may keep it: hosttb.holding).
                host = host_traceback_of(tb)
                if frame.plan.reads_traceback:
                    host = holding(host, (tb, frame))
                exc.__traceback__ = host
                frame.pc = target
                return frame
            if self.tracer is not None:
                _trace_unwind(self.tracer, frame, exc)
            del frame.stack[:]  # the frame is left: what its stack held is released
            if frame is entry:
                # Passing on: the host frames it came through (library ones too) are in
                # this frame's entries now, not to be read again for the caller's.
                exc.__traceback__ = None if passing else host_traceback_of(tb)
                if self.tracer is not None:
                    self.escaped = exc
                raise exc
            self.pop(frame)
            frame = frame.back
            facts = frame.opset.facts
            unwind = facts["unwind"]
            tb = self.add_traceback(exc, frame)
            if self.tracer is not None:  # the exception reaches the caller: an event there too
                self.tracer.on_exception(frame, exc)

    # -- guest tracebacks --------------------------------------------------------------

    def remember_names(self, exc, frame) -> None:
        """Keep what "Did you mean" (3.10+) searches: the raising frame's names."""
        try:
            exc.__dict__["__pyctk_names__"] = (
                frame.code.co_varnames,
                tuple(self.current_locals(frame)),
                frame.globals,
                frame.builtins,
                self.current_locals(frame).get("self", NULL) if frame.locals is None else NULL,
            )
        except (AttributeError, TypeError):
            pass

    def guest_traceback(self, exc) -> tuple:
        """(code, instruction index, instructions, globals) per frame the exception passed,
        outermost first."""
        return _TbLink.flatten(self._raw_traceback(exc))

    def raw_traceback(self, exc):
        """The exception's guest traceback links (``_TbLink``: they hold its frames)."""
        return self._raw_traceback(exc)

    def _raw_traceback(self, exc):
        try:
            return exc.__dict__.get("__pyctk_tb__", ())
        except AttributeError:
            return self._tracebacks.get(id(exc), ())

    def add_traceback(self, exc, frame, library=()):
        """A link for ``frame`` in front of ``exc``'s guest traceback (and ``library``'s
        host frames before it); returns the traceback. O(1) per frame, so that unwinding a
        deep recursion is linear, not quadratic (robustness: a guest with a high recursion
        limit must not make the unwinding hang)."""
        try:
            held = exc.__dict__
        except AttributeError:
            held = None
            tb = self._tracebacks.get(id(exc), ())
        else:
            tb = held.get("__pyctk_tb__", ())
        if library:
            for entry in reversed(library):
                tb = _LibraryLink(entry, tb)
        pc = frame.pc
        link = _new_link(_TbLink)  # (its fields stored here, not by a host call of __init__)
        link.frame = frame if frame.opset.facts.get("exception_holds_frames", True) else _FrameInfo(frame)
        link.lasti = pc - 1 if pc else 0  # (``frame.lasti``)
        link.rest = tb
        link.host = None
        tb = link
        if held is not None:
            held["__pyctk_tb__"] = tb
        else:
            self._tracebacks[id(exc)] = tb
        return tb

    # -- the guest's world -------------------------------------------------------------

    @property
    def world(self):
        """The guest's ``sys``, module table and import system (``world.py``), shared by
        the run's threads: the runner makes it for a program; a VM used on its own gets
        one for its version on first use."""
        return self.interp.world

    @world.setter
    def world(self, world):
        self.interp.world = world

    # -- what guest builtins need to see -------------------------------------------------

    def current_locals(self, frame: Frame | None = None):
        frame = frame or self.frame
        if frame is None:
            return {}
        if frame.locals is not None:
            return frame.locals
        return frame.opset.fact("fast_locals")(frame)


def _trace_unwind(tracer, frame, exc) -> None:
    """A frame left by an exception: the tracer's on_unwind, or for a tracer without one
    the ``return`` with None that ``sys.settrace`` gives."""
    unwind = getattr(tracer, "on_unwind", None)
    if unwind is not None:
        unwind(frame, exc)
    else:
        tracer.on_return(frame, None)


class _FrameInfo:
    """What a traceback entry needs of a frame, without its locals (2.7: exceptions do
    not hold tracebacks there, and the frame's ``e`` would make a cycle with it)."""

    __slots__ = ("code", "plan", "globals")

    def __init__(self, frame):
        self.code = frame.code
        self.plan = frame.plan
        self.globals = frame.globals


class _TbLink:
    """A guest traceback as a linked list, outermost entry first; ``rest`` is the next
    link or a tuple of entries (what ``_copy_guest_traceback`` stores).

    A link holds the guest frame, as a CPython traceback does: the frame's locals live
    as long as the exception that passed through it (and no longer: its value stack is
    emptied when the exception leaves it). Made by ``add_traceback``, which stores its
    fields: ``frame``, ``lasti`` (the instruction's index), ``rest``, and ``host``, the host
    traceback from this link on (``host_traceback_of``: made once)."""

    __slots__ = ("frame", "lasti", "rest", "host")

    def host_entry(self, tb_next):
        frame = self.frame
        plan = frame.plan
        return guest_entry(tb_next, frame.code, self.lasti, plan.instructions, frame.globals)

    @staticmethod
    def flatten(tb) -> tuple:
        entries = []
        while True:
            kind = type(tb)
            if kind is _TbLink:
                frame = tb.frame
                entries.append((frame.code, tb.lasti, frame.plan.instructions, frame.globals))
            elif kind is _LibraryLink:
                entries.append(tb.entry)
            else:
                break
            tb = tb.rest
        if not entries:
            return tuple(tb)
        entries.extend(tb)
        return tuple(entries)


_new_link = object.__new__


class _LibraryLink:
    """A host library frame the exception came through (``hosttb.LibraryEntry``), kept in
    the guest traceback between guest frames, as CPython's traceback has it."""

    __slots__ = ("entry", "rest", "host")

    def __init__(self, entry, rest):
        self.entry = entry
        self.rest = rest
        self.host = None

    def host_entry(self, tb_next):
        entry = self.entry
        return types.TracebackType(tb_next, entry.frame, entry.lasti, entry.lineno)


def host_traceback_of(tb):
    """``host_traceback(_TbLink.flatten(tb))``, each link's entry made once: a link keeps
    the host traceback from it on (``host``), so that an exception caught again further
    out (a handler per frame it leaves, a ``finally`` re-raising) gets only its new
    entries made, in front of those it had, as CPython's traceback grows."""
    if type(tb) is _TbLink:  # the common cases first: nothing new, or one entry in front
        if tb.host is not None:
            return tb.host
        rest = tb.rest
        if type(rest) is _TbLink and rest.host is not None:
            host = tb.host = tb.host_entry(rest.host)
            return host
        if rest == ():
            host = tb.host = tb.host_entry(None)
            return host
    new = []
    while (kind := type(tb)) is _TbLink or kind is _LibraryLink:
        if tb.host is not None:
            host = tb.host
            break
        new.append(tb)
        tb = tb.rest
    else:
        host = host_traceback(tuple(tb)) if tb else None
    for link in reversed(new):
        host = link.host = link.host_entry(host)
    return host


LOOPS[id(VirtualMachine.loop.__code__)] = VirtualMachine.loop.__code__


def _gen_kind(gen) -> str:
    if isinstance(gen, Coroutine):
        return "coroutine"
    if isinstance(gen, AsyncGenerator):
        return "async generator"
    return "generator"


__all__ = ["VirtualMachine", "CALL", "RETURN", "YIELD", "YIELD_REPEAT", "Program", "NULL"]
