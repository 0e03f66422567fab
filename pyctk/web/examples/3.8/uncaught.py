# An uncaught exception: after the run, look at the stack where it was raised
# versions: 2.7 3.8 3.13
def average(values):
    total = sum(values)
    return total / len(values)


def report(groups):
    for name in sorted(groups):
        print("%s: %s" % (name, average(groups[name])))


report({"a": [1, 2, 3], "b": []})
