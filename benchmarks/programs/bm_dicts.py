"""Dict and set work: counting, setdefault grouping, comprehensions, membership,
set algebra, item iteration. Results are made independent of iteration order
(string hashing is randomised). Size = keys."""
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
    counts = {}
    for i in range(n):
        key = (i * 7919) % (n // 3 + 1)
        counts[key] = counts.get(key, 0) + 1
    groups = {}
    for key, value in counts.items():
        groups.setdefault(value, []).append(key)
    names = {}
    for i in range(n // 4):
        names["k%d" % (i % 500)] = i
    squares = dict((k, k * k) for k in range(n // 8))
    evens = set(k for k in range(0, n // 2, 2))
    threes = set(k for k in range(0, n // 2, 3))
    both = evens & threes
    either = evens | threes
    only = evens - threes
    hits = 0
    for k in range(n // 2):
        if k in both:
            hits += 1
        if k in squares:
            hits += squares[k] & 3
    total = hits + len(either) + len(only) + len(names)
    for key in sorted(groups):
        total += key * len(groups[key])
    for name, value in names.items():
        total += value % 13 + len(name)
    inverted = {}
    for k, v in squares.items():
        inverted[v] = k
    total += sum(inverted.values()) % 1000003
    d = dict.fromkeys(range(1000), 0)
    for i in range(n // 2):
        d[i % 1000] += 1
        if i % 1000 in d:
            del d[i % 1000]
            d[i % 1000] = i
    total += sum(d.values()) % 1000003
    return total


if __name__ == "__main__":
    main(bench, 160000)
