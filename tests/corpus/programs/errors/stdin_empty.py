# versions: 2.7 3.6+
import sys
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
try:
    read_line = raw_input
except NameError:
    read_line = input
try:
    read_line()
except EOFError:
    print("EOFError on empty stdin")
print(sys.argv[1:])
