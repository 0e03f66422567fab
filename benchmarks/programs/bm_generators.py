"""Generators: pipelines of generator functions and generator expressions, send(),
and a recursive tree walk (depth 11 at full size). Size = items."""
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


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only_odd(items):
    for x in items:
        if x & 1:
            yield x


def squared(items):
    for x in items:
        yield x * x


def windows(items, width):
    window = []
    for x in items:
        window.append(x)
        if len(window) == width:
            yield tuple(window)
            window.pop(0)


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value


def tree(depth):
    if depth == 0:
        return (depth,)
    return (tree(depth - 1), depth, tree(depth - 1))


def walk(node):
    if len(node) == 1:
        yield node[0]
        return
    for x in walk(node[0]):
        yield x
    yield node[1]
    for x in walk(node[2]):
        yield x


def bench(n):
    total = 0
    for x in squared(only_odd(count_up(n))):
        total = (total + x) % 1000000007
    total += sum(a + b - c for (a, b, c) in windows(count_up(n // 4), 3))
    acc = accumulator()
    next(acc)
    for i in range(n // 4):
        total += acc.send(i) & 0xFF
    acc.close()
    depth = max(3, min(11, n.bit_length() - 8))  # 11 at full size
    total += sum(x for x in walk(tree(depth)) if x > 0)
    return total


if __name__ == "__main__":
    main(bench, 400000)
