# versions: 2.7 3.6+
# six-style idioms: the builtins module by its version's name, sys.modules entries.
import sys
if sys.version_info[0] == 2:
    name = "__builtin__"
else:
    name = "builtins"
__import__(name)
builtins = sys.modules[name]
print(builtins.__name__, builtins.len("abc"), repr(builtins)[:20])
print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__, __name__)
import os
print(sys.modules["os"] is os, "os.path" in sys.modules)
if sys.version_info[0] == 2:
    import cPickle, ConfigParser, Queue
    print(sys.modules["cPickle"] is cPickle, sys.modules["Queue"] is Queue, "ConfigParser" in sys.modules)
else:
    import pickle, configparser, queue
    print(sys.modules["pickle"] is pickle, sys.modules["queue"] is queue, "configparser" in sys.modules)
mod = type(sys)("fresh_module")
mod.value = 42
sys.modules["fresh_module"] = mod
import fresh_module
print(fresh_module.value, fresh_module is mod)
del sys.modules["fresh_module"]
print("fresh_module" in sys.modules)
# pyctk's own dependencies are not the program's: its own attr.py beside it is found.
import attr
print(attr.WHO)
