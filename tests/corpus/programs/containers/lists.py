# versions: 2.7 3.6+
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a)
a.append(5)
print(a)
a.extend([3, 5])
print(a)
a.insert(0, 100)
a.insert(-1, 200)
a.insert(99, 300)
print(a)
print(a.pop())
print(a.pop(0))
print(a.pop(-2))
print(a)
a.remove(1)
print(a)
print(a.index(5))
print(a.count(5))
a.reverse()
print(a)
b = a[:]
b.sort()
print(b)
print(a == b)
print(a is b)
print(len(a))
print(3 in a)
print(42 not in a)
print([1, 2] + [3])
print([0] * 5)
print([[0] * 2] * 2)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
print(min(a))
print(max(a))
print(sum(a))
print(list(range(10))[::3])
print(list(reversed([1, 2, 3])))
print(list(enumerate("abc")))
print(list(zip([1, 2, 3], "ab")))
print([1, 2, 3] < [1, 2, 4])
print([1, 2] < [1, 2, 0])
print([[1, 2], [3]] == [[1, 2], [3]])
del a[0]
print(a)
del a[1:3]
print(a)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop())
try:
    [].pop()
except IndexError as e:
    print("IndexError")
try:
    [1].remove(2)
except ValueError:
    print("ValueError")
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0])
c = list("hello")
c[0] = "j"
print("".join(c))
d = [5, 3, 8]
d += [1]
print(d)
d *= 2
print(d)
print(bool([]))
print(bool([0]))
print(any([0, 0, 1]))
print(all([1, 2, 0]))
