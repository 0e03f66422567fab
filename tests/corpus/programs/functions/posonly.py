# versions: 3.8+
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, b=20, /, c=30):
    return a + b + c
print(h(1))
print(h(1, 2))
print(h(1, 2, c=3))
print(h.__code__.co_posonlyargcount)
print(h.__defaults__)
print(divmod(7, 2))
try:
    divmod(x=7, y=2)
except TypeError as e:
    print("TypeError builtin posonly")
