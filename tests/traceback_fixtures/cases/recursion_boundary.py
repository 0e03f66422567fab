# versions: 2.7 3.6+
def down(n):
    if n == 0:
        raise ValueError("bottom")
    return down(n - 1)


try:
    down(5)
except ValueError:
    try:
        down(3)
    except ValueError:
        down(4)
