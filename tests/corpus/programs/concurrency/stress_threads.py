# Stress helper for tests/test_threads.py (no versions header: compiled, not run by the corpus).
# Threads sharing one guest: private and shared state, generators and exceptions crossing threads.
import sys
import threading
try:
    import queue
except ImportError:
    import Queue as queue

THREADS = 8
CALLS = int(sys.argv[1]) if len(sys.argv) > 1 else 20000


class Shared(object):
    def __init__(self):
        self.lock = threading.Lock()
        self.total = 0
        self.caught = 0

    def add(self, total, caught):
        with self.lock:
            self.total += total
            self.caught += caught


def square(x):
    return x * x


def checked(x):
    if x % 97 == 0:
        raise ValueError(x)
    return x


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def counting(n, tag):
    for i in range(n):
        yield (tag, i)


def worker(k, shared, results, handoff, errors):
    private = 0
    caught = 0
    mine = counting(10, k)
    for _ in range(5):
        next(mine)
    handoff[k].put(mine)  # the next thread finishes it
    for i in range(CALLS):
        private += square(i % 10) + checked(i) if i % 97 else square(i % 10)
        if i % 97 == 0:
            try:
                checked(i)
            except ValueError as e:
                if sys.exc_info()[1] is not e or e.args[0] != i:
                    errors.put(("exc_info", k, i))
                caught += 1
        if i % 1000 == 0:
            private += fib(10)
            try:
                raise KeyError(k)
            except KeyError:
                errors.put(("raised", k, sys.exc_info()[1]))
    other = handoff[(k + 1) % THREADS].get()
    rest = list(other)
    if rest != [((k + 1) % THREADS, i) for i in range(5, 10)]:
        errors.put(("generator", k, rest))
    shared.add(private, caught)
    results[k] = (private, caught)


def main():
    shared = Shared()
    results = {}
    handoff = [queue.Queue() for _ in range(THREADS)]
    errors = queue.Queue()
    threads = [threading.Thread(target=worker, args=(k, shared, results, handoff, errors)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    raised = 0
    while not errors.empty():
        item = errors.get()
        if item[0] == "raised":
            # An exception made in another thread, raised again here.
            try:
                raise item[2]
            except KeyError as e:
                if e.args[0] != item[1]:
                    print("wrong exception", item)
                raised += 1
        else:
            print("error", item)
    expected = sum(square(i % 10) + (i if i % 97 else 0) for i in range(CALLS)) + fib(10) * len(range(0, CALLS, 1000))
    print("per thread ok:", all(results[k] == (expected, len(range(0, CALLS, 97))) for k in range(THREADS)))
    print("total:", shared.total, shared.total == THREADS * expected)
    print("caught:", shared.caught, "raised across threads:", raised)


main()
