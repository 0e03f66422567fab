# versions: 2.7 3.6+
# The main module ends while threads still run: the interpreter waits for the non-daemon
# ones (they still run guest code, with their own sys.exc_info), not for the daemons.
import sys
import threading
import time


def late(n):
    time.sleep(0.2)
    if n:  # one after the other, whatever the load: the output's order is fixed
        workers[n - 1].join()
    try:
        raise KeyError(n)
    except KeyError:
        print("late thread %d after main: %s" % (n, sys.exc_info()[0].__name__))
    sys.stdout.flush()


def forever():
    while True:
        time.sleep(0.05)


daemon = threading.Thread(target=forever)
daemon.daemon = True
daemon.start()
workers = [threading.Thread(target=late, args=(n,)) for n in range(2)]
for worker in workers:
    worker.start()
print("main done")
sys.stdout.flush()
