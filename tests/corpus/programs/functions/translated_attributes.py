# versions: 2.7 3.6
# Attribute names that are keywords of a later Python (True, nonlocal, async, await on
# 2.7; async, await on 3.6), read and written in hot (translated) code, where pyctk's host
# could not write them as obj.name.
from __future__ import print_function


class Box(object):
    pass


def run(n):
    box = Box()
    box.async = 0
    box.await = 1
    total = 0
    for i in range(n):
        box.async = box.async + i
        box.await = box.await * 3 % 1000003
        total += box.async ^ box.await
    try:
        print(box.nonexistent_async)
    except AttributeError as e:
        print("AttributeError", e)
    return total, box.async, box.await, sorted(vars(box))


print(run(5000))
