# versions: 3.6 3.10 3.13
# needs: own-stdlib
# traceback's formatting is its version's: print_exc, format_exception_only of a
# SyntaxError, a chained exception, extract_stack entries. (2.7's traceback is kept the
# host's: README.)
import sys
import traceback


def inner():
    return 1 / 0


def outer():
    try:
        inner()
    except ZeroDivisionError:
        raise ValueError("wrapped")


try:
    inner()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
try:
    outer()
except ValueError:
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(KeyError, KeyError("k")))
try:
    compile("x = (", "<src>", "exec")
except SyntaxError:
    etype, value = sys.exc_info()[:2]
    print("".join(traceback.format_exception_only(etype, value)).replace("\n", "|"))
print([entry[2] for entry in traceback.extract_stack(sys._getframe())])
