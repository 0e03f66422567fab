# The example shipped in the package: pyctk/examples/hello-X.Y.pyc is this file compiled by
# CPython X.Y itself (tools/make_examples.py); `pyctk run` gives what that CPython gives.
# Valid 2.7 and 3.x source, with the same output on each.


def greet(name, punctuation="!"):
    return "Hello, %s%s" % (name, punctuation)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Counter(object):
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1


if __name__ == "__main__":
    print(greet("pyctk"))
    print([fib(i) for i in range(10)])
    print("squares: " + ", ".join(str(i * i) for i in range(5)))
    counter = Counter()
    for word in "the cat and the hat".split():
        counter.add(word)
    print(sorted(counter.counts.items()))
    try:
        {}["missing"]
    except KeyError as e:
        print("caught KeyError: " + repr(e.args[0]))
