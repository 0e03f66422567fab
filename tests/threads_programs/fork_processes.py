# Run by tests/test_threads.py (not a corpus program: the fuzzer, seeded from the corpus,
# would make its forked children report pyctk errors through multiprocessing).
# os.fork in a guest, and multiprocessing with the fork start method running guest
# functions as targets, and a Pool mapping a guest function (pickled by reference).
import multiprocessing as mp
import os
import sys


def work(q, n):
    q.put((n, sum(i * i for i in range(n))))


def square(n):
    return n * n


if __name__ == "__main__":
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        print("child", sum(range(10)))
        sys.stdout.flush()
        os._exit(3)
    _, status = os.waitpid(pid, 0)
    print("parent saw", os.WEXITSTATUS(status))
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    ps = [ctx.Process(target=work, args=(q, n)) for n in (10, 20, 30)]
    for p in ps:
        p.start()
    got = sorted(q.get() for _ in ps)
    for p in ps:
        p.join()
    print(got, [p.exitcode for p in ps])
    with ctx.Pool(2) as pool:
        print(pool.map(square, range(8)))
        print(sorted(pool.imap_unordered(square, range(5))))
