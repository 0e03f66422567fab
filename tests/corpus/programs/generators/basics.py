# versions: 2.7 3.6+
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding %d" % i)
        yield i
        i += 1
    print("done")


g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
for v in g:
    print("got %d" % v)
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(count_up(2)))
print(sum(count_up(4)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])


def pairs(seq):
    it = iter(seq)
    for a in it:
        for b in it:
            yield (a, b)
            break


print(list(pairs([1, 2, 3, 4, 5])))


def with_return(n):
    for i in range(n):
        if i == 2:
            return
        yield i


print(list(with_return(10)))


def nested_gen():
    for i in range(3):
        def inner(k):
            for j in range(k):
                yield j
        for v in inner(i):
            yield (i, v)


print(list(nested_gen()))


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for x in gen_with_finally():
    print(x)
g2 = gen_with_finally()
print(next(g2))
g2.close()
print("after close")
it = iter([1, 2, 3])
print(next(it))
print(list(it))
print(next(it, "default"))
sentinel_iter = iter(lambda c=[0]: c.append(1) or len(c), 4)
print(list(sentinel_iter))
