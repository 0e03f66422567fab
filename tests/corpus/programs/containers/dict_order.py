# versions: 3.6+
d = {}
for w in ["pear", "apple", "fig", "banana", "cherry"]:
    d[w] = len(w)
print(d)
print(list(d))
print(list(d.values()))
print(list(d.items()))
d["apple"] = 99
print(d)
del d["fig"]
d["fig"] = 0
print(d)
print(list(reversed(list(d))))
print({**d, "pear": -1, "kiwi": 4})
print(dict(a=1, b=2, c=3))
print({k: v for k, v in d.items() if v > 4})
keys = d.keys()
d["lime"] = 4
print(keys)
print(len(keys))
print("lime" in keys)
print(d.popitem())
print(d)
print({1: "a", "x": [1, 2], (1, 2): {3: 4}, None: None})
print(repr({}))
print(str({"nested": {"deep": {}}}))
s = {3, 1, 2}
print(sorted(s))
print(dict(sorted({"b": 1, "a": 2}.items())))
print(list({"x": 1, "y": 2}.keys() & {"y", "z"}))
