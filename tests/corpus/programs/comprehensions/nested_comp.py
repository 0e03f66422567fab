# versions: 2.7 3.6+
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([x for row in grid for x in row if x % 2])
print([[x * 10 for x in row] for row in grid])
print([[grid[r][c] for r in range(3)] for c in range(3)])
print([(r, c) for r in range(3) for c in range(r + 1, 3)])
triples = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
print(triples)
print(sum(sum(x for x in row) for row in grid))
print([list(g) for g in [(y for y in range(n)) for n in range(4)]])
print([[(i, j) for j in range(i)] for i in range(4) if i % 2])
flat = [c for w in ["ab", "cd"] for c in w for _ in range(2)]
print(flat)
print({k: [v for v in range(k)] for k in range(4)} == {0: [], 1: [0], 2: [0, 1], 3: [0, 1, 2]})
print(sorted({(x, y) for x in range(2) for y in [x, x + 1]}))
def outer(n):
    return [[n * i + j for j in range(n)] for i in range(n)]
print(outer(3))
class C(object):
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
