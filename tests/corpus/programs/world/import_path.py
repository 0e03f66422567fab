# versions: 2.7 3.6+
# path: imp_extra
# A package and a module on the search path given to the run (pyctk --path, native
# PYTHONPATH), then a directory the program appends to sys.path itself.
import os
import sys

import imp_extra_mod
import imp_paths
from imp_paths import mod

print(imp_paths.NAME)
print(mod.where())
print(imp_paths.mod is mod)
print(imp_extra_mod.VALUE)
print(os.path.basename(sys.path[1]))
print(os.path.basename(os.path.dirname(imp_paths.__file__)))
try:
    import imp_late_mod
except ImportError:
    print("imp_late_mod: not yet on the path")
sys.path.append(os.path.join(os.path.dirname(__file__), "imp_late"))
import imp_late_mod  # noqa: E402

print(imp_late_mod.VALUE)
