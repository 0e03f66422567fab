# versions: 2.7 3.6 3.9 3.13
# needs: own-stdlib
# Pure modules whose output is their version's: pprint, textwrap, string, fractions.
from __future__ import print_function

import pprint
import string
import sys
import textwrap

data = {"numbers": list(range(12)), "name": "x" * 30, "nested": {"b": (1, 2), "a": [3]}}
pprint.pprint(data, width=40)
print(pprint.pformat("a long string " * 6, width=30))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=34))
print(textwrap.dedent("    a\n      b\n"))
print(string.capwords("hello   world"), string.Template("$who likes $what").safe_substitute(who="tim"))
if sys.version_info[0] == 2:  # 2.7's fractions uses operator.div: not the host's operator
    sys.exit(0)
import fractions

print(repr(fractions.Fraction(3, 6)), str(fractions.Fraction("1.25")), fractions.Fraction(1, 3) + 1)
print(fractions.Fraction(355, 113).limit_denominator(10))
try:
    print(format(fractions.Fraction(1, 3), ".3f"))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
