# Reads its stdin: type some lines in the stdin box, then run it
# versions: 2.7 3.8 3.13
import sys

count = 0
for line in sys.stdin:
    count += 1
    print("hello, %s" % line.strip())
print("%d lines read" % count)
