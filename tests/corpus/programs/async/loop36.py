# versions: 3.6+
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def compute(x):
    await asyncio.sleep(0)
    return x * x
async def main():
    values = [v async for v in agen(4)]
    print(values)
    results = await asyncio.gather(*(compute(v) for v in values))
    print(results)
    async for v in agen(2):
        print("async for", v)
    return sum(results)
loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(main()))
    print(loop.run_until_complete(compute(7)))
finally:
    loop.close()
print(loop.is_closed())
