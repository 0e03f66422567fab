# versions: 2.7 3.6+
from __future__ import print_function

import re
import sys
import unittest


def without_carets(text):
    """Tracebacks minus 3.11+'s position markers: the host's traceback module draws them
    by its own version's rules (3.13 marks calls that 3.11 leaves bare)."""
    return "\n".join(line for line in text.split("\n") if not (line.strip() and set(line.strip()) <= set("~^")))

try:
    from StringIO import StringIO
except ImportError:
    from io import StringIO


def add(a, b):
    return a + b


def divide(a, b):
    return a / b


class MathTest(unittest.TestCase):
    longMessage = True  # 2.7's default is False

    def __str__(self):  # the same on every version (3.11 added the method's name)
        return self._testMethodName

    def test_add(self):
        self.assertEqual(add(2, 2), 4)

    def test_add_wrong(self):
        self.assertEqual(add(2, 2), 5)

    def test_divide_error(self):
        result = divide(1, 0)
        self.assertTrue(result)

    def test_true(self):
        value = add(0, 0)
        self.assertTrue(value, "value is falsy")


stream = StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(MathTest)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(without_carets(re.sub(r"in \d+\.\d+s", "in TIME", stream.getvalue())))
print("failures", len(result.failures), "errors", len(result.errors), "run", result.testsRun)
