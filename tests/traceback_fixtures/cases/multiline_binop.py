# versions: 2.7 3.6+
def combine(first, second):
    result = (first +
              second *
              3)
    return result


combine("a", None)
