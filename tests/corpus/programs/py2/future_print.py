# versions: 2.7
from __future__ import print_function
import sys
print("a", "b", "c")
print("no", "sep", sep="")
print("custom", "sep", sep=" | ")
print("end", end="!\n")
print("stderr line", file=sys.stderr)
print()
print(*range(5))
print(print.__name__ if hasattr(print, "__name__") else "print")
f = print
f("via alias", 1, 2)
