# versions: 2.7 3.6+
# Producers and consumers through a queue, with a sentinel per consumer and task_done/join.
import threading
try:
    import queue
except ImportError:
    import Queue as queue

jobs = queue.Queue(maxsize=10)
results = queue.Queue()
SENTINEL = None


def produce(start, count):
    for i in range(start, start + count):
        jobs.put(i)


def transform(n):
    if n % 7 == 0:
        raise ValueError("multiple of seven: %d" % n)
    return n * 3


def consume(k):
    while True:
        item = jobs.get()
        try:
            if item is SENTINEL:
                return
            try:
                results.put(("ok", item, transform(item)))
            except ValueError as e:
                results.put(("err", item, str(e)))
        finally:
            jobs.task_done()


consumers = [threading.Thread(target=consume, args=(k,)) for k in range(3)]
producers = [threading.Thread(target=produce, args=(p * 50, 50)) for p in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
jobs.join()
for _ in consumers:
    jobs.put(SENTINEL)
for t in consumers:
    t.join()

collected = []
while True:
    try:
        collected.append(results.get_nowait())
    except queue.Empty:
        break
collected.sort()
oks = [c for c in collected if c[0] == "ok"]
errs = [c for c in collected if c[0] == "err"]
print(len(collected), len(oks), len(errs))
print(sum(c[2] for c in oks))
print(errs[:3])
print(jobs.empty(), jobs.qsize())

# LIFO and priority queues.
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for n in [5, 1, 4, 2, 3]:
    lq.put(n)
    pq.put((n, "p%d" % n))
print([lq.get() for _ in range(5)])
print([pq.get()[1] for _ in range(5)])
