# versions: 3.8+
data = [3, 7, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} items")
values = iter(data)
total = 0
while (v := next(values, None)) is not None:
    total += v
    print(v, total)
print([y for x in data if (y := x * x) > 10])
print(y)
lines = ["a", "bb", "", "ccc"]
i = 0
while (line := lines[i]) != "":
    print(line)
    i += 1
def f(x):
    return x + 1
print([f(x) for x in range(3)], [(z := f(x), z ** 2) for x in range(2)])
print(z)
print((w := 10) + w)
if any((hit := v) > 8 for v in data):
    print("first above 8:", hit)
