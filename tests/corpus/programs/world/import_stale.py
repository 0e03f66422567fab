# versions: 2.7 3.6+
# Modules whose __pycache__ (2.7: the .pyc beside the source) was compiled from an older
# source: a timestamp pyc and a checked hash-based one are stale and the source is
# compiled again; an unchecked hash-based one (3.7+) is used as it is.
import os

import imp_stale_hash
import imp_stale_ts
import imp_stale_unchecked

for module in (imp_stale_ts, imp_stale_hash, imp_stale_unchecked):
    print(module.describe())
    print(os.path.basename(module.__file__))
    cached = getattr(module, "__cached__", None)
    print(cached and os.path.basename(cached))
