"""A small interpreter: a stack machine (list-of-tuples bytecode, dispatch through a
dict of bound methods and an if-chain) running loops, plus a tokenizer and recursive
descent evaluator of arithmetic expressions. Size = stack-machine loop count."""
from __future__ import print_function

import sys
import time

try:
    timer = time.perf_counter
    cpu_timer = time.process_time
except AttributeError:  # Python 2.7
    timer = time.time
    cpu_timer = time.clock  # processor time on Unix

try:
    range = xrange  # noqa: F821 -- Python 2.7: iterate without building lists
except NameError:
    pass


def main(bench, default_size):
    """argv: [SCALE [REPETITIONS]]. Runs bench(size) REPETITIONS times, timing only the
    call (wall clock and processor time); prints the checksum of the result, every wall
    time, and the medians: PYCTK_BENCH (wall) and PYCTK_BENCH_CPU (processor)."""
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    repetitions = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    size = max(1, int(default_size * scale))
    times = []
    cpu_times = []
    checksum = None
    for _ in range(repetitions):
        c0 = cpu_timer()
        t0 = timer()
        result = bench(size)
        t1 = timer()
        c1 = cpu_timer()
        times.append(t1 - t0)
        cpu_times.append(c1 - c0)
        if checksum is None:
            checksum = result
        elif result != checksum:
            print("PYCTK_BENCH_ERROR repetitions disagree: %r != %r" % (result, checksum))
            sys.exit(1)
    print("PYCTK_BENCH_CHECKSUM %s" % (checksum,))
    print("PYCTK_BENCH_TIMES %s" % " ".join("%.6f" % t for t in times))
    print("PYCTK_BENCH %.6f" % median(times))
    print("PYCTK_BENCH_CPU %.6f" % median(cpu_times))


def median(values):
    values = sorted(values)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2.0


PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JUMP_IF_FALSE, JUMP, HALT = range(11)


class Machine(object):
    def __init__(self, code, nvars):
        self.code = code
        self.vars = [0] * nvars
        self.stack = []
        self.pc = 0
        self.ops = {
            PUSH: self.op_push, LOAD: self.op_load, STORE: self.op_store,
            ADD: self.op_add, SUB: self.op_sub, MUL: self.op_mul, MOD: self.op_mod,
            LT: self.op_lt, JUMP_IF_FALSE: self.op_jump_if_false, JUMP: self.op_jump,
        }

    def op_push(self, arg):
        self.stack.append(arg)

    def op_load(self, arg):
        self.stack.append(self.vars[arg])

    def op_store(self, arg):
        self.vars[arg] = self.stack.pop()

    def op_add(self, arg):
        b = self.stack.pop()
        self.stack.append(self.stack.pop() + b)

    def op_sub(self, arg):
        b = self.stack.pop()
        self.stack.append(self.stack.pop() - b)

    def op_mul(self, arg):
        b = self.stack.pop()
        self.stack.append(self.stack.pop() * b)

    def op_mod(self, arg):
        b = self.stack.pop()
        self.stack.append(self.stack.pop() % b)

    def op_lt(self, arg):
        b = self.stack.pop()
        self.stack.append(self.stack.pop() < b)

    def op_jump_if_false(self, arg):
        if not self.stack.pop():
            self.pc = arg

    def op_jump(self, arg):
        self.pc = arg

    def run(self):
        code = self.code
        ops = self.ops
        while True:
            op, arg = code[self.pc]
            self.pc += 1
            if op == HALT:
                return self.vars
            ops[op](arg)


def run_inline(code, nvars):
    """The same machine as one function with an if-chain: the fast-path style."""
    v = [0] * nvars
    stack = []
    push = stack.append
    pop = stack.pop
    pc = 0
    while True:
        op, arg = code[pc]
        pc += 1
        if op == LOAD:
            push(v[arg])
        elif op == PUSH:
            push(arg)
        elif op == STORE:
            v[arg] = pop()
        elif op == ADD:
            b = pop()
            push(pop() + b)
        elif op == LT:
            b = pop()
            push(pop() < b)
        elif op == JUMP_IF_FALSE:
            if not pop():
                pc = arg
        elif op == JUMP:
            pc = arg
        elif op == MUL:
            b = pop()
            push(pop() * b)
        elif op == MOD:
            b = pop()
            push(pop() % b)
        elif op == SUB:
            b = pop()
            push(pop() - b)
        elif op == HALT:
            return v


def loop_program(n):
    # i = 0; acc = 0; while i < n: acc = (acc + i * i) % 1000003; i = i + 1
    return [
        (PUSH, 0), (STORE, 0), (PUSH, 0), (STORE, 1),                          # 0-3
        (LOAD, 0), (PUSH, n), (LT, None), (JUMP_IF_FALSE, 21),                 # 4-7
        (LOAD, 1), (LOAD, 0), (LOAD, 0), (MUL, None), (ADD, None),             # 8-12
        (PUSH, 1000003), (MOD, None), (STORE, 1),                              # 13-15
        (LOAD, 0), (PUSH, 1), (ADD, None), (STORE, 0), (JUMP, 4), (HALT, None),  # 16-21
    ]


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch in "+-*/()%":
            tokens.append(("op", ch))
            i += 1
        else:
            i += 1
    tokens.append(("end", None))
    return tokens


class Parser(object):
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            if self.take()[1] == "+":
                value += self.term()
            else:
                value -= self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value //= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if value == "(":
            inner = self.expr()
            self.take()
            return inner
        if value == "-":
            return -self.factor()
        raise SyntaxError("unexpected %r" % (value,))


def bench(n):
    code = loop_program(n)
    total = Machine(code, 2).run()[1]
    total += run_inline(code, 2)[1]
    text = "(12 + 34) * 5 - (6 % 4) * (7 + 8 * (9 - 3)) / 2 + -3"
    for i in range(n // 40):
        total += Parser(tokenize(text + " + %d" % i)).expr()
    return total


if __name__ == "__main__":
    main(bench, 16000)
