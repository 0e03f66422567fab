# versions: 2.7 3.6+
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])


def make_all():
    out = []
    for j in range(3):
        def f():
            return j * 10
        out.append(f)
    return out


print([f() for f in make_all()])


def make_bound():
    out = []
    for j in range(3):
        def factory(k):
            return lambda: k * 10
        out.append(factory(j))
    return out


print([f() for f in make_bound()])
comp = [lambda: x for x in range(3)]
print([f() for f in comp])
comp2 = [(lambda y: lambda: y)(x) for x in range(3)]
print([f() for f in comp2])
handlers = {}
for name in ["start", "stop", "pause"]:
    def h(n=name):
        return "handle " + n
    handlers[name] = h
for name in sorted(handlers):
    print(handlers[name]())


def counter_list(n):
    cells = []
    for k in range(n):
        box = [k]

        def get(box=box):
            box[0] += 1
            return box[0]
        cells.append(get)
    return cells


cs = counter_list(3)
print([c() for c in cs])
print([c() for c in cs])
i = 0
results = []
while i < 3:
    results.append((lambda v: lambda: v * v)(i))
    i += 1
print([r() for r in results])
