# versions: 2.7 3.6+
# path: imp_lib.zip
# Modules and a package inside a zip archive on the path: .pyc files inside, zipimport's
# rules, data read from the archive.
import os
import pkgutil

import imp_zmod
import imp_zpkg
import imp_zpkg.sub


def inner(path):
    if path is None:
        return None
    return path.split("imp_lib.zip", 1)[1].replace(os.sep, "/")


print(imp_zmod.hello())
print(imp_zpkg.sub.answer())
print(imp_zpkg.DATA)
print(pkgutil.get_data("imp_zpkg", "data.txt"))
print(imp_zpkg.__loader__.get_data(imp_zpkg.__path__[0] + os.sep + "data.txt"))
for module in (imp_zmod, imp_zpkg, imp_zpkg.sub):
    print(module.__name__)
    print(inner(module.__file__))
    print(inner(getattr(module, "__cached__", None)))
    print([inner(p) for p in getattr(module, "__path__", [])])
    print(module.__package__)
try:
    pkgutil.get_data("imp_zpkg", "missing.txt")
except IOError:
    print("missing.txt: IOError")
