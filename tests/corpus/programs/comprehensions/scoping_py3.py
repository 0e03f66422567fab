# versions: 3.6+
i = "global i"
squares = [i * i for i in range(4)]
print(squares, i)
d = {i: i for i in "ab"}
print(d, i)
s = {i for i in range(2)}
print(sorted(s), i)
class K:
    n = 4
    r = range(n)
    first = [x for x in r]
    try:
        bad = [n for x in range(2)]
    except NameError as e:
        bad = "NameError"
print(K.first, K.bad)
def closure_in_comp():
    return [lambda: i for i in range(3)]
print([f() for f in closure_in_comp()])
def nested_scope():
    a = 1
    return [[a + b + c for c in range(2)] for b in range(2)]
print(nested_scope())
print([j for j in range(3)], "j" in globals())
