"""Comprehensions and builtins calling back into guest code: list/set/dict
comprehensions, nested ones, map and filter with lambdas, zip, enumerate, any/all,
sum. Size = items."""
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


def bench(n):
    data = [(i * 37) % 1009 for i in range(n)]
    total = 0
    total += sum([x * 2 for x in data if x & 1])
    total += len(set([x % 101 for x in data]))
    index = dict([(x, i) for i, x in enumerate(data)])
    total += sum(index.values()) % 1000003
    grid = [[r * c for c in range(20)] for r in range(n // 200)]
    total += sum([sum(row) for row in grid])
    total += sum(map(lambda x: x * 3 + 1, data))
    total += len(list(filter(lambda x: x % 3 == 0, data)))
    total += sum(a * b for a, b in zip(data, data[1:]))
    total += sum(1 for i, x in enumerate(data) if i == x)
    if any(x > 1000 for x in data):
        total += 1
    if all(x >= 0 for x in data):
        total += 2
    flat = [y for row in grid for y in row if y % 7 == 0]
    total += len(flat)
    return total % 1000000007


if __name__ == "__main__":
    main(bench, 150000)
