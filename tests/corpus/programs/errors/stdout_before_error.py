# versions: 2.7 3.6+
import sys
for i in range(50):
    print("line %d of output before the error" % i)
sys.stderr.write("a stderr line before the error\n")
items = list(range(5))
print(items[10])
