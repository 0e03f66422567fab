# versions: 2.7 3.6+
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found %r at %d" % (target, i))
            break
    else:
        print("%r not found" % (target,))


find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime %d" % n)
for i in range(3):
    pass
else:
    print("loop finished at %d" % i)
for ch in "abc":
    print(ch)
for i in range(10, 0, -3):
    print(i)
for i in range(0):
    print("never")
print(list(range(-5, 5, 2)))
total = 0
for x in [1, 2, 3]:
    for y in [10, 20]:
        total += x * y
print(total)
d = {"a": 1, "b": 2}
for k in sorted(d):
    print("%s->%d" % (k, d[k]))
it = iter([1, 2, 3])
for x in it:
    print("it %d" % x)
    if x == 1:
        print("skip %d" % next(it))
items = [1, 2, 3, 4]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
i = 0
for i in range(5):
    pass
print(i)
for a, b in [(1, 2), (3, 4)]:
    print(a * b)
class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    next = __next__
for v in Countdown(3):
    print("countdown %d" % v)
