# versions: 3.7+
# asyncio.run() finalizes an async generator left suspended (its finally runs), and the
# asyncgen hooks are asyncio's while it runs.
import asyncio
import sys


async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker(%d) finalized" % n)


async def main():
    async for i in ticker(3):
        print("tick", i)
    agen = ticker(100)
    async for i in agen:
        if i == 2:
            break
    print("left suspended at 2")
    hooks = sys.get_asyncgen_hooks()
    print("hooks set:", hooks.firstiter is not None, hooks.finalizer is not None)


asyncio.run(main())
print("after run", sys.get_asyncgen_hooks())

seen = []


def firstiter(agen):
    seen.append(("first", agen.__name__))


old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter)


async def drive():
    g = ticker(1)
    async for i in g:
        pass


asyncio.run(drive())
sys.set_asyncgen_hooks(*old)
print(seen)

# Without an event loop: the hooks set by hand; the finalizer is given the generator
# when it is collected unfinished; with no finalizer, collecting it closes it.
events = []


def first(agen):
    events.append("firstiter " + agen.__name__)


def finalizer(agen):
    events.append("finalizer " + agen.__name__)


def step(agen):
    awaitable = agen.__anext__()
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value


sys.set_asyncgen_hooks(firstiter=first, finalizer=finalizer)
g = ticker(5)
print("got", step(g))
del g
print(events)
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
g = ticker(6)
print("got", step(g))
del g
print("after del")
sys.set_asyncgen_hooks(*old)
