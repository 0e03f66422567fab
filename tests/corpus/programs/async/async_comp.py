# versions: 3.7+
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    print([v async for v in agen(5)])
    print([v async for v in agen(10) if v % 3 == 0])
    print({v: v * v async for v in agen(4)})
    print(sorted({v % 2 async for v in agen(6)}))
    print([await double(v) for v in range(4)])
    print([await double(v) async for v in agen(3)])
    g = (v + 100 async for v in agen(3))
    print(type(g).__name__)
    print([x async for x in g])
asyncio.run(main())
