# versions: 2.7 3.6+
# A package beside the main file: its data files through pkgutil.get_data; the module
# attributes the version sets.
import os
import pkgutil

import imp_data
import imp_data.helpers


def rel(path):
    if path is None:
        return None
    return os.path.relpath(path, os.path.dirname(os.path.abspath(imp_data.__path__[0]))).replace(os.sep, "/")


print(imp_data.GREETING)
print(pkgutil.get_data("imp_data", "sub/table.csv"))
print(pkgutil.get_data("imp_data.helpers", "greeting.txt"))
print(imp_data.read("sub/table.csv").splitlines())
print(imp_data.helpers.double(21))
for module in (imp_data, imp_data.helpers):
    print(module.__name__)
    print(rel(module.__file__))
    print(rel(getattr(module, "__cached__", None)))
    print([rel(p) for p in getattr(module, "__path__", [])])
    print(module.__package__)
    print(hasattr(module, "__loader__"))
try:
    pkgutil.get_data("imp_data", "missing.txt")
except IOError as e:
    print(e.errno)
