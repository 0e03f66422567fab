# versions: 2.7 3.6+
# argv: alpha "beta gamma" 3 --flag=x
# stdin: hello from stdin: 42
import sys
args = sys.argv[1:]
print(args)
print(len(args))
for i, a in enumerate(args):
    print("%d: %s" % (i, a))
try:
    read_line = raw_input
except NameError:
    read_line = input
line = read_line()
print(repr(line))
words = line.split()
print(words)
print(int(words[-1]) * int(args[2]))
print(repr(sys.stdin.read()))
try:
    read_line("prompt> ")
except EOFError:
    print("")
    print("EOFError after prompt")
