# versions: 2.7
print cmp(1, 2), cmp(2, 1), cmp("a", "a")
print cmp([1, 2], [1, 3])
data = [5, 2, 9, 1, 7]
data.sort(cmp=lambda a, b: cmp(b, a))
print data
print sorted(["bb", "a", "ccc"], cmp=lambda a, b: cmp(len(a), len(b)))
print sorted([3, 1, 2], lambda a, b: b - a)
print reduce(lambda a, b: a * b, [1, 2, 3, 4, 5])
print reduce(lambda a, b: a + b, [], "init")
print reduce(lambda acc, c: c + acc, "abc", "")
print None < 0, None < "", 1 < "a", [] < "", () > []
print sorted([3, "x", None, 2.5, [1], (1,)])
print apply(max, [4, 8, 2])
print apply(lambda a, b=0: a + b, (1,), {"b": 2})
print intern("interned") == "interned"
print coerce(1, 2.0)
print raw_input.__name__
print callable(len)
print execfile.__name__
import operator
print operator.isCallable(len) if hasattr(operator, "isCallable") else True
print sorted({3: "c", 1: "a"}.items(), key=lambda kv: kv[1], reverse=True)
