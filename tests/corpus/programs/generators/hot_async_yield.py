# versions: 3.6+
# An async generator's yields in a hot loop (fused after a few dozen starts): each value
# reaches the consumer as the async generator's own, awaits in between pass theirs up.
import types


@types.coroutine
def pause():
    yield "paused"


async def ticks(n):
    for i in range(n):
        if i % 10 == 0:
            await pause()
        yield i * 3


async def consume():
    total = 0
    count = 0
    async for v in ticks(300):
        total += v
        count += 1
    return total, count


def drive(coro):
    passes = 0
    try:
        while True:
            coro.send(None)
            passes += 1
    except StopIteration as stop:
        return stop.value, passes


print(drive(consume()))
