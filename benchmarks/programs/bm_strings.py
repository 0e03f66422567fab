"""String building and formatting: %-formatting, str.format, join, slicing, split,
replace, case changes and += concatenation (ASCII only, so 2.7's str behaves the
same). Size = records."""
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


WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()


def digest(text):
    h = 0
    for ch in text[::7]:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def render(i):
    word = WORDS[i % len(WORDS)]
    line = "%05d|%-8s|%6.2f|%x" % (i, word, i / 7.0, i * 31)
    line2 = "{0}:{1}:{2!r}".format(word.upper(), i % 97, word[1:4])
    return line + ";" + line2


def bench(records):
    lines = []
    for i in range(records):
        lines.append(render(i))
    text = "\n".join(lines)
    total = len(text) + digest(text)
    for line in lines[::3]:
        fields = line.split("|")
        total += len(fields[1].strip()) + int(fields[0])
        total += len(line.replace("a", "AA").lower())
        if line.startswith("000") or line.endswith("'"):
            total += 1
    s = ""
    for i in range(records // 4):
        s += WORDS[i % 12][:3]
        if len(s) > 200:
            total += s.count("a") + s.find("eta")
            s = s[100:]
    return total % 1000000007


if __name__ == "__main__":
    main(bench, 40000)
