# versions: 2.7 3.6+
print(sorted({x % 5 for x in range(20)}))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
sq = {x: x * x for x in range(6)}
print(sorted(sq.items()))
inv = {v: k for k, v in sq.items()}
print(sorted(inv.items()))
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
for k in sorted(by_letter):
    print("%s %s" % (k, by_letter[k]))
lengths = {w: len(w) for w in words if len(w) > 5}
print(sorted(lengths.items()))
print({i: {j: i * j for j in range(3)} for i in range(2)} == {0: {0: 0, 1: 0, 2: 0}, 1: {0: 0, 1: 1, 2: 2}})
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(sorted(counts.items()))
print(len({x for x in []}))
print({k: v for k, v in []})
nested = {k: sorted({v % k for v in range(10)}) for k in range(1, 4)}
print(sorted(nested.items()))
