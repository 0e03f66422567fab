# versions: 3.6+
def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter(10)
print(inc(), inc(5), get())
def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "middle"
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def make_acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    return add, lambda: (total, list(items))
add, state = make_acc()
for v in [3, 4, 5]:
    add(v)
print(state())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_gen()
print([s() for _ in range(10)])
x = "global"
def g():
    global x
    x = "changed"
g()
print(x)
def shadow():
    x = 1
    def h():
        x = 2
        return x
    return h(), x
print(shadow())
def loop_nonlocal():
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(7):
        bump()
    return n
print(loop_nonlocal())
def nonlocal_del():
    v = 5
    def kill():
        nonlocal v
        del v
    kill()
    try:
        return v
    except NameError as e:
        return "NameError"
print(nonlocal_del())
