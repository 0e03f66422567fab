# versions: 2.7 3.6+
def divide(a, b):
    return a / b


def compute(values):
    total = 0
    for v in values:
        total += divide(10, v)
    return total


def main():
    result = compute([1, 2, 0])
    return result


main()
