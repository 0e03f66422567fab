"""Method calls and attribute access over a small class hierarchy (super calls, a
property, class attributes, instance attribute reads and writes). Size = iterations."""
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


class Shape(object):
    sides = 0

    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def move(self, dx, dy):
        self.moves += 1
        return self.moves

    def describe(self):
        return self.area() + self.perimeter() + self.sides


class Rect(Shape):
    sides = 4

    def __init__(self, name, w, h):
        Shape.__init__(self, name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def move(self, dx, dy):
        self.w += dx
        self.h += dy
        return super(Rect, self).move(dx, dy)


class Square(Rect):
    def __init__(self, name, side):
        Rect.__init__(self, name, side, side)

    @property
    def side(self):
        return self.w

    def area(self):
        s = self.side
        return s * s


class Triangle(Shape):
    sides = 3

    def __init__(self, name, a, b, c):
        super(Triangle, self).__init__(name)
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        return (self.a * self.b) // 2


class Counter(object):
    __slots__ = ("value", "step")

    def __init__(self, step):
        self.value = 0
        self.step = step

    def tick(self):
        self.value = self.value + self.step
        return self


def bench(iterations):
    shapes = [Rect("r", 3, 4), Square("s", 5), Triangle("t", 3, 4, 5), Shape("p")]
    counter = Counter(3)
    total = 0
    for i in range(iterations):
        for shape in shapes:
            total += shape.describe()
            shape.move(i & 1, (i >> 1) & 1)
            total += shape.moves & 7
        counter.tick().tick()
        total %= 1000000007
    return total + counter.value


if __name__ == "__main__":
    main(bench, 36000)
