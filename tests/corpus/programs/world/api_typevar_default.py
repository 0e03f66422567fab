# versions: 3.13
# PEP 696 (3.13): a type parameter's __default__ and has_default(), on hosts without them.
from typing import ParamSpec, TypeVar

for param in (TypeVar("T"), ParamSpec("P")):
    print(type(param).__name__, repr(param.__default__), param.has_default(), hasattr(param, "__default__"))
