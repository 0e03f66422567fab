# versions: 2.7 3.6+
import sys


def main():
    try:
        raise KeyError("missing")
    except KeyError as e:
        print("handling %r, exiting with 3" % (e,))
        sys.exit(3)
    finally:
        print("finally in main")


try:
    main()
finally:
    print("outer finally")
print("not reached")
