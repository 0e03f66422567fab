# versions: 3.6+
# concurrent.futures with guest callables: map, submit, exceptions through result(), callbacks.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait


def square(n):
    return n * n


def fails(n):
    if n == 3:
        raise KeyError(n)
    return n


def nested(pool, n):
    return sum(pool.submit(square, i).result() for i in range(n))


with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(square, range(10))))
    futures = [pool.submit(fails, n) for n in range(6)]
    done = []
    for f in as_completed(futures):
        try:
            done.append(("ok", f.result()))
        except KeyError as e:
            done.append(("KeyError", e.args[0]))
    print(sorted(done))
    f = pool.submit(fails, 3)
    wait([f])
    print(type(f.exception()).__name__, f.exception().args)
    calls = []
    g = pool.submit(square, 7)
    g.add_done_callback(lambda fut: calls.append(fut.result()))
    wait([g])
    print(g.result())

with ThreadPoolExecutor(max_workers=2) as inner:
    print(nested(inner, 1), sum(square(i) for i in range(1)))
print(calls)

try:
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(fails, range(5)))
except KeyError as e:
    print("map raised KeyError", e)
