# versions: 3.7+
import asyncio
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} done after {steps}"
async def failing():
    await asyncio.sleep(0)
    raise RuntimeError("worker failed")
async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results)
    print(log)
    res = await asyncio.gather(worker("x", 1), failing(), return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        await asyncio.gather(failing(), worker("y", 1))
    except RuntimeError as e:
        print("gather raised", e)
    q = asyncio.Queue()
    async def producer():
        for i in range(4):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while True:
            item = await q.get()
            if item is None:
                return got
            got.append(item * 10)
    _, consumed = await asyncio.gather(producer(), consumer())
    print(consumed)
    t1 = asyncio.create_task(worker("t", 2))
    print(await t1)
    done = await asyncio.wait_for(worker("w", 1), timeout=30)
    print(done)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event seen"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
asyncio.run(main())
