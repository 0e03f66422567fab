# versions: 2.7 3.6+
def ratio(a, b):
    return (a * 2) // (b - b)


ratio(3, 4)
