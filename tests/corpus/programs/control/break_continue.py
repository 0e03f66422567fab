# versions: 2.7 3.6+
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
found = None
for i in range(1, 5):
    for j in range(1, 5):
        if j > i:
            break
        if (i + j) % 3 == 0:
            continue
        if i * j == 12:
            found = (i, j)
            break
        print("%d,%d" % (i, j))
    if found:
        break
print(found)
n = 0
while True:
    n += 1
    if n < 5:
        continue
    if n >= 8:
        break
    print("n=%d" % n)
result = []
for word in ["alpha", "beta", "", "gamma", "stop", "delta"]:
    if not word:
        continue
    if word == "stop":
        break
    for ch in word:
        if ch in "aeiou":
            continue
        result.append(ch)
print("".join(result))
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return (r, c)
    return None
print(first_negative([[1, 2], [3, -4], [-5, 6]]))
print(first_negative([[1]]))
count = 0
for i in range(3):
    for j in range(3):
        for k in range(3):
            if k == j:
                continue
            if k > i:
                break
            count += 1
print(count)
i = 0
while i < 5:
    i += 1
    try:
        if i == 2:
            continue
        if i == 4:
            break
        print("body %d" % i)
    finally:
        print("finally %d" % i)
