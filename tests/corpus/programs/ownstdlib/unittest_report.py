# versions: 2.7 3.6 3.10 3.11 3.12 3.13
# needs: own-stdlib
# unittest's report is its version's: the test's description (3.11: "test_x
# (__main__.T.test_x)"), the traceback text, the summary. The time is blanked.
from __future__ import print_function

import re
import sys
import unittest

try:
    from StringIO import StringIO
except ImportError:
    from io import StringIO


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass


stream = StringIO()
suite = unittest.TestSuite([T(name) for name in ("test_error", "test_fail", "test_ok", "test_skipped")])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue())
sys.stdout.write(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
