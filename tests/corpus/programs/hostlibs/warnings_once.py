# versions: 3.6+
import sys
import warnings

warnings.simplefilter("once")


def emit(n):
    warnings.warn("same text", UserWarning)
    warnings.warn("text %d" % n, UserWarning, stacklevel=2)


for n in range(2):
    emit(n)
print("registry keys", len(globals().get("__warningregistry__", {})) > 0)
