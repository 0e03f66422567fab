# versions: 3.7+
import asyncio
import contextlib
class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError
    async def query(self, q):
        await asyncio.sleep(0)
        return f"{self.name}:{q}"
@contextlib.asynccontextmanager
async def session(tag):
    print("begin", tag)
    try:
        yield tag.upper()
    finally:
        print("end", tag)
async def main():
    async with Conn("db") as c:
        print(await c.query("select"))
    async with Conn("suppressing"):
        raise KeyError("ignored")
    print("after suppression")
    try:
        async with Conn("failing"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    async with Conn("a") as a, Conn("b") as b:
        print(await a.query(1), await b.query(2))
    async with session("tx") as t:
        print("inside", t)
asyncio.run(main())
