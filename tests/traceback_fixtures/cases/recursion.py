# versions: 2.7 3.6+
def recurse(n):
    return recurse(n + 1)


recurse(0)
