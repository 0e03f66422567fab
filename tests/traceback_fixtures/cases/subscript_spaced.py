# versions: 2.7 3.6+
items = [1, 2, 3]


def get(seq, i):
    value = (seq) [ i ]   + 1
    return value


get(items, 10)
