# versions: 2.7 3.6+
def add(a, b):
    return a + b


total = add(
    1,
    "two",
)
