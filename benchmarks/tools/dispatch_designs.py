"""What each dispatch design costs per guest instruction: a standalone model (no pyctk
import) of the loop

    i = 0
    while i < N: i = i + 1

as 3.11-style bytecode (9 instructions an iteration), run by five designs:

1. pyctk's: a list of (handler, operand) pairs, one host call per instruction;
2. the same, with the hottest handlers inlined in the loop (identity tests);
3. basic-block batching: no pc bookkeeping or jump test inside a block;
4. host code generated per basic block from per-opcode templates (guest stack a host list);
5. the code object translated to one host function, stack slots as host locals.

    python benchmarks/tools/dispatch_designs.py      # on each host: python3.10 ... python3.13
"""

import operator
import sys
import time

N = 300000
NULL = object()


class Frame:
    __slots__ = ("stack", "fast", "pc")

    def __init__(self):
        self.stack = []
        self.fast = [0]
        self.pc = 0


# -- design 1: pyctk today: (handler, operand) pairs, one host call per instruction
def load_fast(frame, i):
    v = frame.fast[i]
    if v is NULL:
        raise UnboundLocalError
    frame.stack.append(v)


def load_const(frame, v):
    frame.stack.append(v)


def store_fast(frame, i):
    frame.fast[i] = frame.stack.pop()


def binary_op(frame, op):
    s = frame.stack
    r = s.pop()
    s[-1] = op(s[-1], r)


compare_op = binary_op


def pop_jump_if_false(frame, target):
    if not frame.stack.pop():
        return target


def jump(frame, target):
    return target


def resume(frame, arg):
    pass


def return_value(frame, arg):
    return -2


PROGRAM = [
    (resume, None),  # 0
    (load_fast, 0),  # 1
    (load_const, N),  # 2
    (compare_op, operator.lt),  # 3
    (pop_jump_if_false, 10),  # 4
    (load_fast, 0),  # 5
    (load_const, 1),  # 6
    (binary_op, operator.add),  # 7
    (store_fast, 0),  # 8
    (jump, 1),  # 9
    (return_value, None),  # 10
]


def loop1(frame, steps):
    pc = 0
    while True:
        handler, operand = steps[pc]
        pc += 1
        jump_ = handler(frame, operand)
        if jump_ is not None:
            if jump_ >= 0:
                pc = jump_
                continue
            return frame.fast[0]


# -- design 2: same pairs, but the hottest handlers inlined in the loop (identity tests),
# frame.stack / frame.fast held in locals
def loop2(frame, steps):
    pc = 0
    s = frame.stack
    fast = frame.fast
    push = s.append
    pop = s.pop
    while True:
        handler, operand = steps[pc]
        pc += 1
        if handler is load_fast:
            v = fast[operand]
            if v is NULL:
                raise UnboundLocalError
            push(v)
        elif handler is load_const:
            push(operand)
        elif handler is binary_op:  # compare_op is the same function here
            r = pop()
            s[-1] = operand(s[-1], r)
        elif handler is store_fast:
            fast[operand] = pop()
        elif handler is pop_jump_if_false:
            if not pop():
                pc = operand
        else:
            jump_ = handler(frame, operand)
            if jump_ is not None:
                if jump_ >= 0:
                    pc = jump_
                    continue
                return frame.fast[0]


# -- design 3: basic-block batching: the loop runs a block's (handler, operand) pairs with
# no pc bookkeeping or jump test; only the block's last instruction may jump
BLOCKS = [
    ([(resume, None)], None, 1),
    ([(load_fast, 0), (load_const, N), (compare_op, operator.lt)], (pop_jump_if_false, 3), 2),
    ([(load_fast, 0), (load_const, 1), (binary_op, operator.add), (store_fast, 0)], (jump, 1), None),
    ([], (return_value, None), None),
]


def loop3(frame, blocks):
    b = 0
    while True:
        body, last, fallthrough = blocks[b]
        for handler, operand in body:
            handler(frame, operand)
        if last is None:
            b = fallthrough
            continue
        handler, operand = last
        target = handler(frame, operand)
        if target is None:
            b = fallthrough
        elif target >= 0:
            b = target
        else:
            return frame.fast[0]


# -- design 4: each basic block generated as host source from per-opcode templates
# (mechanical; the guest stack stays a host list), compiled once per code object
def gen_blocks():
    # What per-opcode templates would emit (LOAD_FAST: check and push; LOAD_CONST: push;
    # BINARY_OP/COMPARE_OP: pop, operate on the top; STORE_FAST: pop), block by block.
    src = """
def make(NULL, consts):
    def b0(frame):
        return 1
    def b1(frame):
        s = frame.stack; push = s.append; pop = s.pop; fast = frame.fast
        v = fast[0]
        if v is NULL: raise UnboundLocalError
        push(v)
        push(consts[0])
        r = pop(); s[-1] = s[-1] < r
        return 2 if pop() else 3
    def b2(frame):
        s = frame.stack; push = s.append; pop = s.pop; fast = frame.fast
        v = fast[0]
        if v is NULL: raise UnboundLocalError
        push(v)
        push(consts[1])
        r = pop(); s[-1] = s[-1] + r
        fast[0] = pop()
        return 1
    def b3(frame):
        return -2
    return [b0, b1, b2, b3]
"""
    ns = {}
    exec(src, ns)
    return ns["make"](NULL, (N, 1))


def loop4(frame, blocks):
    b = 0
    while b >= 0:
        b = blocks[b](frame)
    return frame.fast[0]


# -- design 5: whole code object translated to one host function (block dispatcher,
# stack slots as host locals)
def translated(frame):
    fast = frame.fast
    block = 0
    while True:
        if block == 1:
            t0 = fast[0]
            if t0 is NULL:
                raise UnboundLocalError
            t0 = t0 < N
            block = 2 if t0 else 3
        elif block == 2:
            t0 = fast[0]
            if t0 is NULL:
                raise UnboundLocalError
            fast[0] = t0 + 1
            block = 1
        elif block == 0:
            block = 1
        else:
            return fast[0]


def native():
    i = 0
    while i < N:
        i = i + 1
    return i


def best(f, *a):
    times = []
    for _ in range(5):
        t = time.process_time()
        r = f(*a)
        times.append(time.process_time() - t)
    assert r == N, r
    return min(times)


def main():
    instrs = N * 9
    t_native = best(native)
    designs = [
        ("1 handler per instruction (pyctk today)", loop1, PROGRAM),
        ("2 hottest handlers inlined in the loop", loop2, PROGRAM),
        ("3 basic-block batching (generic handlers)", loop3, BLOCKS),
        ("4 generated host code per basic block, list stack", loop4, gen_blocks()),
        ("5 code object translated, stack slots as locals", translated, None),
    ]
    for name, f, arg in designs:
        t = best(lambda f=f, arg=arg: f(Frame(), arg) if arg is not None else f(Frame()))
        print("%-52s %6.1f ns/instruction  %5.1fx native" % (name, t / instrs * 1e9, t / t_native))
    print("%-52s %6.1f ns/instruction" % ("native CPython %d.%d" % sys.version_info[:2], t_native / instrs * 1e9))


if __name__ == "__main__":
    main()
