# versions: 2.7 3.6+
from helper import greet, CONSTANT
from helper import Widget as W
print(greet("from-import"))
print(CONSTANT)
print(repr(W(5)))
from helper import *
print(sorted(n for n in ("greet", "CONSTANT", "Widget", "not_exported", "_private") if n in globals()))
try:
    from helper import does_not_exist
except ImportError as e:
    print("ImportError for missing name")
try:
    import module_that_does_not_exist
except ImportError as e:
    print("ImportError for missing module")
import helper
print(helper.calls)
