# versions: 2.7 3.6+
d = {}
try:
    d[("a", 1)]
except KeyError:
    d["it's"]
