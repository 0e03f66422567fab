# versions: 2.7 3.6+
def greet(name, greeting="Hello", punct="!"):
    return "%s, %s%s" % (greeting, name, punct)


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))


def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print(safe_append(1))
print(safe_append(2))
counter = 10


def bound_at_def(v=counter):
    return v


counter = 20
print(bound_at_def())
print(greet.__defaults__)
print(bound_at_def.__defaults__)
try:
    greet()
except TypeError:
    print("TypeError missing argument")
try:
    greet("a", "b", "c", "d")
except TypeError:
    print("TypeError too many")
try:
    greet("a", name="b")
except TypeError:
    print("TypeError multiple values")
try:
    greet("a", nope=1)
except TypeError:
    print("TypeError unexpected keyword")


def f(a, b=2, *args, **kw):
    return (a, b, args, sorted(kw.items()))


print(f(1))
print(f(1, 3, 4, 5, x=6))
print(f(b=9, a=8, c=7))
