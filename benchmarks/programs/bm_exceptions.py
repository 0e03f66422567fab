"""Exceptions raised and caught on the hot path: custom exception classes, handlers
matching a tuple or a base class, try/finally, re-raise, and host exceptions
(KeyError, ZeroDivisionError, ValueError) from host operations. Size = iterations."""
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


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        AppError.__init__(self, key)
        self.key = key


class Invalid(AppError):
    pass


def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    value = table[key]
    if value < 0:
        raise Invalid("negative")
    return value


def guarded(table, key):
    try:
        try:
            return lookup(table, key)
        except Invalid:
            return -1
        finally:
            table["_calls"] = table.get("_calls", 0) + 1
    except NotFound as e:
        return e.key & 3


def reraiser(x):
    try:
        return 100 // x
    except ZeroDivisionError:
        raise ValueError(x)


def bench(iterations):
    table = dict((i, i - 10) for i in range(0, 64, 2))
    total = 0
    for i in range(iterations):
        total += guarded(table, i & 63)
        try:
            total += reraiser(i % 5)
        except ValueError:
            total += 7
        try:
            total += {}[i]
        except (KeyError, IndexError):
            total += 1
        try:
            int("x%d" % (i & 7))
        except ValueError:
            total += 2
    return total + table["_calls"]


if __name__ == "__main__":
    main(bench, 30000)
