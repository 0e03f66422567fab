# versions: 3.6+
"""A module whose docstring holds examples, one of them wrong.

>>> 1 + 1
2
>>> sorted({"b": 1, "a": 2})
['a', 'b']
>>> len("abc")
4
"""
import doctest
import re
import sys


class Stack(object):
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.pop()
    1
    >>> s.pop()
    Traceback (most recent call last):
        ...
    IndexError: pop from empty list
    >>> s.size()
    1
    """

    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        return self.items.pop()

    def size(self):
        return len(self.items)


stdout = sys.stdout  # doctest swaps sys.stdout while an example runs


def out(text):
    # __main__.__file__ is relative before 3.9, absolute after: the report names the file alone
    stdout.write(re.sub(r'File ".*?(doctest_module\.py)"', r'File "\1"', text))


runner = doctest.DocTestRunner()
for test in sorted(doctest.DocTestFinder().find(sys.modules["__main__"]), key=lambda t: t.name):
    runner.run(test, out=out)
print(runner.summarize(verbose=False))
