# versions: 3.7+
import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def chain(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
        print("step", i, total)
    return total
async def main():
    r = await chain(4)
    print("result", r)
    coro = add(1, 2)
    print(type(coro).__name__)
    print(await coro)
    t = asyncio.ensure_future(add(10, 20))
    print(await t)
    print(t.done(), t.result())
    try:
        await raiser()
    except ValueError as e:
        print("caught", e)
    return "main done"
async def raiser():
    await asyncio.sleep(0)
    raise ValueError("async failure")
print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main))
class Awaitable:
    def __await__(self):
        v = yield from asyncio.sleep(0, result="custom awaitable").__await__()
        return v + "!"
async def use_custom():
    return await Awaitable()
print(asyncio.run(use_custom()))
