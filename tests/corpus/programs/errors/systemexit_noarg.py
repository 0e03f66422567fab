# versions: 2.7 3.6+
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("exit(0) caught, code=%r" % (e.code,))
try:
    sys.exit()
except SystemExit as e:
    print("exit() caught, code=%r" % (e.code,))
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit caught, code=%r" % (e.code,))
print("raising bare SystemExit uncaught")
raise SystemExit
