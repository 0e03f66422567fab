# versions: 2.7 3.6+
squares = (x * x for x in range(10))
print(type(squares).__name__)
print(next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(101) if x % 2))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]))
print(all(x > 0 for x in [1, -2, 3]))
print(sorted((x % 4 for x in range(10)), reverse=True))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
g = (c.upper() for c in "hey")
print("".join(g))
print(dict((k, len(k)) for k in ["aa", "b"]) == {"aa": 2, "b": 1})
log = []


def src():
    for i in range(3):
        log.append("produce %d" % i)
        yield i


lazy = (v * 10 for v in src())
log.append("created")
print(next(lazy))
log.append("after first")
print(list(lazy))
print(log)
n = 5
gen = (n * i for i in range(3))
n = 100
print(list(gen))
nested = (sum(row) for row in [[1, 2], [3, 4], [5]])
print(list(nested))
print(list(zip((x for x in "abc"), (y for y in range(10)))))
print(tuple(x for x in range(3)))
print(set(x % 2 for x in range(5)) == set([0, 1]))
