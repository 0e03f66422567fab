# versions: 2.7 3.6+
# An exception in a thread: the guest's frames in its traceback, sys.exc_info per thread,
# what threading.excepthook (3.8+, thread_excepthook.py) is given, made by hand.
import os
import sys
import threading
import traceback

ME = os.path.basename(__file__).replace(".pyc", ".py")


def ours(tb):
    return [(name, line) for path, line, name, _ in traceback.extract_tb(tb) if os.path.basename(path) == ME]


def inner(n):
    return {}[n]


def failing(n):
    return inner(n) + 1


caught = {}


def catching(k):
    try:
        failing(k)
    except KeyError:
        t, v, tb = sys.exc_info()
        caught[k] = (t.__name__, v.args, ours(tb))
    caught[("after", k)] = sys.exc_info()[0]


threads = [threading.Thread(target=catching, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(caught, key=str):
    print(key, caught[key])

hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, args.exc_value.args, args.thread.name, ours(args.exc_traceback)))


class HookArgs(object):
    pass


def hooked_by_hand(*args):
    try:
        failing(*args)
    except Exception:
        a = HookArgs()
        a.exc_type, a.exc_value, a.exc_traceback = sys.exc_info()
        a.thread = threading.current_thread()
        hook(a)


t = threading.Thread(target=hooked_by_hand, args=("x",), name="bad")
t.start()
t.join()
print(hooked)
print("main still handles none:", sys.exc_info())
