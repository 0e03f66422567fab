# versions: 2.7 3.6+
# Worker threads summing slices into shared state under a lock; the low-level thread module too.
import threading
try:
    import _thread as low
except ImportError:
    import thread as low

THREADS = 8
SLICE = 2000


def partial_sum(lo, hi):
    total = 0
    for i in range(lo, hi):
        total += i * i
    return total


class Totals(object):
    def __init__(self):
        self.lock = threading.Lock()
        self.by_thread = {}
        self.grand = 0

    def record(self, k, value):
        with self.lock:
            self.by_thread[k] = value
            self.grand += value


totals = Totals()


def work(k):
    totals.record(k, partial_sum(k * SLICE, (k + 1) * SLICE))


threads = [threading.Thread(target=work, args=(k,), name="w%d" % k) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("threads:", sorted(totals.by_thread) == list(range(THREADS)))
print("grand:", totals.grand, totals.grand == sum(i * i for i in range(THREADS * SLICE)))
print("names:", sorted(t.name for t in threads))
print("alive after join:", [t.is_alive() for t in threads].count(True))

# The low-level module: start_new_thread, a lock as a latch, a counter.
count = [0]
guard = low.allocate_lock()
finished = threading.Semaphore(0)


def bump(n):
    for _ in range(n):
        with guard:
            count[0] += 1
    finished.release()


for k in range(4):
    low.start_new_thread(bump, (500,))
for k in range(4):
    finished.acquire()
print("low-level count:", count[0])

# Events and conditions.
ready = threading.Event()
cond = threading.Condition()
items = []


def waiter(k):
    ready.wait()
    with cond:
        items.append(k)
        cond.notify_all()


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(5)]
for t in ws:
    t.start()
ready.set()
with cond:
    while len(items) < 5:
        cond.wait()
for t in ws:
    t.join()
print("event/condition:", sorted(items))
print("current:", threading.current_thread().name)
