# versions: 2.7 3.6+
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for n in [-5, 0, 3, 10, 99]:
    print(classify(n))
i = 0
total = 0
while i < 10:
    total += i
    i += 1
print(total)
n = 27
steps = 0
while n != 1:
    if n % 2:
        n = 3 * n + 1
    else:
        n //= 2
    steps += 1
print(steps)
x = 5
while True:
    x -= 1
    if x == 2:
        break
print(x)
k = 0
while k < 3:
    k += 1
else:
    print("while else ran")
k = 0
while k < 3:
    k += 1
    if k == 2:
        break
else:
    print("not printed")
print(k)
if []:
    print("empty list true")
elif {}:
    print("empty dict true")
elif 0.0:
    print("zero float true")
elif "":
    print("empty str true")
elif None:
    print("None true")
else:
    print("all falsy")
if [0] and (0,) and " " and 1j:
    print("non-empty truthy")
a = 0
b = 2
print(a or b)
print(a and b)
print(b and "yes")
print(None or 0 or "" or "last")
print(not a)
print(not b)
if not (a and b) or (b and not a):
    print("logic ok")
v = 0
if v == 0: print("one-line if")
while v < 2: v += 1
print(v)
