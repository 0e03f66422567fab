# versions: 2.7 3.6+
x = 5
print(1 < x < 10)
print(1 < x > 10)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 > 0 < 4 != 4)
print(x == 5 == 5.0)
print(3 <= x <= 5 < 6)
calls = []
def val(n):
    calls.append(n)
    return n
print(val(1) < val(0) < val(2))
print(calls)
calls = []
print(val(1) < val(2) < val(3))
print(calls)
print("yes" if x > 3 else "no")
print("yes" if x > 30 else "maybe" if x > 4 else "no")
y = [1, 2] if x else []
print(y)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 10]])
print(x is not None)
print(None is None)
print([] is [])
print([] == [])
a = [1]
b = a
print(a is b)
print(1 in [1, 2] in [[1, 2]])
print("a" < "b" < "c")
print((1, 2) == (1, 2) != (2, 1))
print(0 == False)
print(1 == 1.0 == True)
print(2 != 3 != 2)
print(not 1 == 2)
print(x > 3 and x < 10 or x == 100)
