# versions: 3.8+
# threading.excepthook is called, in the failing thread, with the thread and the exception.
import os
import sys
import threading
import traceback

ME = os.path.basename(__file__).replace(".pyc", ".py")


def ours(tb):
    return [(f.name, f.lineno) for f in traceback.extract_tb(tb) if os.path.basename(f.filename) == ME]


def inner(n):
    return {}[n]


def failing(n):
    return inner(n) + 1


hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, args.exc_value.args, args.thread.name, ours(args.exc_traceback),
                   threading.current_thread() is args.thread, sys.exc_info()[0]))


saved = threading.excepthook
threading.excepthook = hook
threads = [threading.Thread(target=failing, args=(k,), name="bad%d" % k) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threading.excepthook = saved
for item in sorted(hooked):
    print(item)


def exits():
    raise SystemExit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent; main goes on")
