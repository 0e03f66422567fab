# versions: 2.7 3.6+
d = {"b": 2, "a": 1}
d["c"] = 3
print(sorted(d.items()))
print(d["a"])
print(d.get("z"))
print(d.get("z", 0))
print("a" in d)
print("z" not in d)
print(len(d))
print(sorted(d.keys()))
print(sorted(d.values()))
print(d.setdefault("d", 4))
print(d.setdefault("a", 100))
print(d.pop("b"))
print(d.pop("nope", "default"))
print(sorted(d))
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(sorted(d.items()))
del d["e"]
print(sorted(d.items()))
e = dict(zip("xyz", range(3)))
print(sorted(e.items()))
print(dict.fromkeys([1, 2, 3], 0) == {1: 0, 2: 0, 3: 0})
f = {1: "one", 2: "two"}
g = dict(f)
g[3] = "three"
print(f == g)
print(len(f))
print(f[2])
try:
    f[99]
except KeyError as e:
    print("KeyError %r" % e.args)
print({(1, 2): "tuple key"}[(1, 2)])
print({1: "int", 1.0: "float"}[1])
print({True: "a", 1: "b"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
for k in sorted(counts):
    print("%s %d" % (k, counts[k]))
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
for k in sorted(inv):
    print("%d %s" % (k, sorted(inv[k])))
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"])
c = d.copy()
c.clear()
print(len(c))
print(len(d))
k, v = sorted(d.items())[0]
print(k)
print(v)
print(d == dict(d))
print({} == {})
print(bool({}))
key = max(counts, key=lambda x: (counts[x], x))
print(key)
import collections
dd = collections.defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[w[0]].append(w)
print(sorted(dd.items()))
cnt = collections.Counter("abracadabra")
print(sorted(cnt.items()))
print(cnt.most_common(1))
od = collections.OrderedDict()
od["z"] = 1
od["y"] = 2
od["x"] = 3
print(list(od.keys()))
od.move_to_end("z") if hasattr(od, "move_to_end") else None
print(list(od.items())[0][0] in ("y", "z"))
