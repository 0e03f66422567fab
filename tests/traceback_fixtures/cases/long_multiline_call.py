# versions: 3.6+
def f(**kw):
    raise ValueError("bad")


result = f(
    a=1,
    b=2,
    c=3,
    d=4,
    e=5,
)
