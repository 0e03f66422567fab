"""Closures: factories of adders and counters (a list cell instead of nonlocal, so
2.7 runs it), composition, a decorator, and lambdas in a loop. Size = iterations."""
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


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    state = [0]

    def tick(step):
        state[0] += step
        return state[0]
    return tick


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def memo_calls(func):
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return func(*args)
    wrapper.calls = calls
    return wrapper


@memo_calls
def scale(x, k):
    return (x * k) & 0xFFFF


def bench(iterations):
    adders = [make_adder(i) for i in range(8)]
    pipeline = compose(adders[3], compose(adders[5], adders[7]))
    counter = make_counter()
    calls_before = scale.calls[0]
    total = 0
    for i in range(iterations):
        f = adders[i & 7]
        total += f(i) + pipeline(i & 255)
        total += counter(i & 3)
        total += scale(i, 3)
        g = (lambda y, i=i: y ^ i)
        total = g(total) % 1000000007
    return total + scale.calls[0] - calls_before


if __name__ == "__main__":
    main(bench, 90000)
