# versions: 3.8+
# warnings.warn names the guest's file and line, and keeps its registry in the caller's globals.
# (2.7-3.7 name the module's __file__ instead: their own warnings module, see --stdlib.)
import sys
import warnings
warnings.simplefilter("default")

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)

def caller():
    old_api()

caller()
caller()
print("__warningregistry__" in globals(), len(globals().get("__warningregistry__", {})) > 0)
print(sys._getframe().f_code.co_name, sys._getframe().f_globals is globals())
def inner():
    f = sys._getframe(1)
    return f.f_code.co_name, sys._getframe(0).f_code.co_name
print(inner())
