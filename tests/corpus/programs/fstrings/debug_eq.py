# versions: 3.8+
x = 10
name = "abc"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=!s}")
print(f"{name=}")
print(f"{name = :>6}")
print(f"{items[0]=} {len(items)=}")
print(f"{3.14159=:.2f}")
print(f"{x=!r:>5}")
def f(a):
    return a + 1
print(f"{f(x)=}")
