# versions: 2.7 3.6+
nums = [5, -3, 8, 0, -1, 7, 2]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(sorted(nums, key=abs))
print(sorted(nums, key=lambda n: (n % 3, n)))
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
import operator
print(sorted(people, key=operator.itemgetter(1, 0)))
lst = list(nums)
lst.sort()
print(lst)
lst.sort(key=lambda n: -n)
print(lst)
records = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
records.sort(key=lambda r: r["v"])
print([r["n"] for r in records])
print(sorted("hello world"))
print(sorted([3, 1, 2], key=None))
print(max(words, key=len))
print(min(people, key=lambda p: p[1]))
stable = sorted([(1, "b"), (0, "x"), (1, "a"), (0, "y")], key=lambda t: t[0])
print(stable)
print(sorted([[3, 1], [1, 2], [1, 1]]))
print(list(reversed(sorted(nums))))
print(sorted(set([3, 3, 1])))
print(sorted({"b": 1, "a": 2}))
try:
    sorted([1, "a"]) if str is not bytes else sorted([1, 1j])
except TypeError:
    print("TypeError")
