"""Sorting with guest code in the comparisons: key functions (lambda and def),
objects with a guest __lt__, cmp_to_key, and sort stability. Size = items."""
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


import functools


class Version(object):
    __slots__ = ("major", "minor", "patch")

    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __lt__(self, other):
        if self.major != other.major:
            return self.major < other.major
        if self.minor != other.minor:
            return self.minor < other.minor
        return self.patch < other.patch


def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s


def compare(a, b):
    return (a % 97 - b % 97) or (b - a)


def bench(n):
    seed = 12345
    numbers = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        numbers.append(seed % 100000)
    total = 0
    by_digits = sorted(numbers, key=digit_sum)
    total += by_digits[0] + by_digits[-1] * 3 + by_digits[n // 2]
    by_lambda = sorted(numbers, key=lambda x: (x % 1000, -x))
    total += by_lambda[1] + by_lambda[-2]
    versions = [Version(x % 7, x % 13, x % 101) for x in numbers[: n // 2]]
    versions.sort()
    total += versions[0].patch + versions[-1].major * 1000 + versions[len(versions) // 3].minor
    total += sorted(numbers[: n // 2], key=functools.cmp_to_key(compare))[7]
    pairs = [(x % 10, i) for i, x in enumerate(numbers)]
    pairs.sort(key=lambda p: p[0])
    stable = 0
    for j in range(1, len(pairs)):
        if pairs[j - 1][0] == pairs[j][0] and pairs[j - 1][1] < pairs[j][1]:
            stable += 1
    total += stable
    total += max(numbers, key=lambda x: -x) + min(numbers, key=digit_sum)
    return total


if __name__ == "__main__":
    main(bench, 24000)
