# versions: 2.7 3.6+
# threading.local: each thread sees its own attributes; a subclass's __init__ runs per thread.
import threading

plain = threading.local()


class Counter(threading.local):
    def __init__(self, start):
        self.value = start
        self.log = []

    def bump(self, tag):
        self.value += 1
        self.log.append(tag)


counter = Counter(100)
seen = {}
lock = threading.Lock()
barrier_hits = []


def work(k):
    plain.name = "t%d" % k
    for i in range(k + 1):
        counter.bump(i)
    with lock:
        seen[k] = (plain.name, counter.value, len(counter.log), hasattr(plain, "other"))


plain.name = "main"
plain.other = True
threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print("main:", plain.name, counter.value, counter.log, plain.other)
