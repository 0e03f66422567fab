# versions: 3.6+
# path: imp_ns_more
# A namespace package (PEP 420) in two portions: one beside the program, one on the path.
import os

import imp_nspkg
import imp_nspkg.alpha
import imp_nspkg.beta

print(imp_nspkg.alpha.VALUE)
print(imp_nspkg.beta.VALUE)
print(getattr(imp_nspkg, "__file__", "(no __file__)"))
print(imp_nspkg.__spec__.origin)
print(imp_nspkg.__spec__.has_location)
print(imp_nspkg.__package__)
print(len(imp_nspkg.__path__))
print([os.path.basename(os.path.dirname(p)) for p in imp_nspkg.__path__])
print(imp_nspkg.beta.__package__)
