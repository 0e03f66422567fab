# versions: 2.7 3.6+
print("before import")
import helper
print("after import")
print(helper.greet("main"))
print(helper.CONSTANT)
print(helper.__name__)
print(helper.module_name())
print(__name__)
import helper
print("second import did not re-run the body")
import sys
print("helper" in sys.modules)
print(sys.modules["helper"] is helper)
print(helper.calls)
print(repr(helper.Widget(3)))
print(helper.__doc__)
print(type(helper).__name__)
print(sorted(n for n in dir(helper) if not n.startswith("__")))
helper.CONSTANT = 7
import helper as again
print(again.CONSTANT)
