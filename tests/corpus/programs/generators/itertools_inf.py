# versions: 2.7 3.6+
import itertools


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(naturals(), 10, 20, 3)))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(list(itertools.takewhile(lambda x: x < 5, itertools.count())))
print(list(itertools.islice(itertools.dropwhile(lambda x: x < 5, itertools.count()), 3)))
print(list(itertools.islice(itertools.count(10, 2.5), 4)))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.repeat("x", 3)))
print(list(itertools.chain([1, 2], (3,), "ab")))
print(list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.product("ab", [0, 1])))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aaabccdd")])
print([(k, len(list(g))) for k, g in itertools.groupby(sorted([3, 1, 3, 2, 1, 3]))])
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
zl = getattr(itertools, "zip_longest", None) or getattr(itertools, "izip_longest")
print(list(zl("abc", [1], fillvalue="-")))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a))
print(list(b))
if hasattr(itertools, "accumulate"):
    print(list(itertools.accumulate([1, 2, 3, 4])))
else:
    print([1, 3, 6, 10])


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


print(list(itertools.islice(primes(), 15)))


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print(list(collatz(6)))
ticker = itertools.count(1)
print([next(ticker) for _ in range(3)])
print(next(ticker))
