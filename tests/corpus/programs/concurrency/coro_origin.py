# versions: 3.7+
# sys.set_coroutine_origin_tracking_depth: a coroutine made while it is above 0 has
# cr_origin, the (file, line, function) of the frames from its caller outward, at most
# that many; per thread; None when off.
import os
import sys
import threading


async def work(n):
    return n * 2


def make(levels):
    if levels:
        return make(levels - 1)
    return work(levels + 1)


def shown(coro):
    origin = coro.cr_origin
    if origin is None:
        return None
    return [(os.path.basename(f), line, name) for f, line, name in origin]


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


print("depth", sys.get_coroutine_origin_tracking_depth())
c = work(1)
print("off:", c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(2)
print("depth", sys.get_coroutine_origin_tracking_depth())
c = make(3)
print("depth 2:", shown(c))
print("result", run(c))

sys.set_coroutine_origin_tracking_depth(10)
c = make(1)
print("depth 10:", shown(c))
c.close()


class Service(object):
    async def handle(self, x):
        return x

    def start(self):
        return self.handle(5)


c = Service().start()
print("method:", shown(c))
print("result", run(c))

try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
print("depth", sys.get_coroutine_origin_tracking_depth())

seen = []


def in_thread():
    seen.append(sys.get_coroutine_origin_tracking_depth())
    c = work(1)
    seen.append(c.cr_origin)
    c.close()
    sys.set_coroutine_origin_tracking_depth(1)
    c = work(1)
    seen.append(shown(c))
    c.close()


t = threading.Thread(target=in_thread)
t.start()
t.join()
print("thread:", seen)
print("depth here", sys.get_coroutine_origin_tracking_depth())

sys.set_coroutine_origin_tracking_depth(0)
c = work(3)
print("off again:", c.cr_origin, run(c))
