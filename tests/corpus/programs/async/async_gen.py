# versions: 3.7+
import asyncio
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print("ticker exhausted")
async def squares(agen):
    async for v in agen:
        yield v * v
class AsyncRange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async for v in ticker(3):
        print("tick", v)
    async for v in squares(ticker(4)):
        print("square", v)
    async for v in AsyncRange(3):
        print("range", v)
    else:
        print("async for else")
    agen = ticker(5)
    print(await agen.__anext__())
    print(await agen.__anext__())
    await agen.aclose()
    print("closed")
    g = ticker(2)
    print(type(g).__name__)
    results = []
    async for v in AsyncRange(5):
        if v == 2:
            continue
        if v == 4:
            break
        results.append(v)
    print(results)
asyncio.run(main())
