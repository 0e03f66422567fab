# versions: 3.11+
import asyncio


class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("aenter", self.name)
        await asyncio.sleep(0)
        return self.name

    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        await asyncio.sleep(0)
        return self.suppress


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def agen(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("agen finally")


async def bad_agen():
    yield 1
    raise StopAsyncIteration


async def main():
    async with ACM("one") as name:
        print("inside", name)
    async with ACM("two", suppress=True):
        raise ValueError("swallowed")
    try:
        async with ACM("three"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", e)
    async for v in Ticker(3):
        print("tick", v)
    print([v async for v in agen(3)])
    ag = agen(5)
    print(await ag.__anext__(), await ag.__anext__())
    await ag.aclose()
    try:
        async for v in bad_agen():
            print("bad", v)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)

    class HalfAsync:
        async def __aenter__(self):
            return 1

        def __aexit__(self, *a):
            return 5

    try:
        async with HalfAsync():
            pass
    except TypeError as e:
        print("TypeError:", e)
    results = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
    print(results)

    async def raiser():
        await asyncio.sleep(0)
        raise OSError("in task")

    try:
        await asyncio.wait_for(raiser(), 1)
    except OSError as e:
        print("OSError:", e)
    ag = agen(3)
    print(await ag.asend(None))
    try:
        await ag.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated", e)


asyncio.run(main())
