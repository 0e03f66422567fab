# versions: 2.7 3.6+
# The main module ends while threads still run: the interpreter waits for the non-daemon
# ones (they still run guest code, with their own sys.exc_info), not for the daemons.
import sys
import threading
import time


def late(n):
    time.sleep(0.2 + n * 0.1)
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
for n in range(2):
    threading.Thread(target=late, args=(n,)).start()
print("main done")
sys.stdout.flush()
