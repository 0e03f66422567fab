# versions: 2.7 3.6+
# A module beside the program with only its source: the version's own compiler compiles
# it (2.7 divides integers), nothing is written, and its functions run in the program.
import os

import imp_srconly

print(imp_srconly.describe())
print(os.path.basename(imp_srconly.__file__))
cached = getattr(imp_srconly, "__cached__", os.path.join(os.path.dirname(imp_srconly.__file__), "imp_srconly.pyc"))
print(os.path.exists(cached))  # nothing written
try:
    imp_srconly.fail()
except KeyError as e:
    print("KeyError %s" % e)
