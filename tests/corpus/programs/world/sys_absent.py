# versions: 2.7 3.6+
import sys
names = ["set_int_max_str_digits", "exception", "audit", "breakpointhook", "maxint",
         "exc_clear", "getcheckinterval", "orig_argv", "stdlib_module_names", "pycache_prefix",
         "unraisablehook", "setdlopenflags", "exc_info", "_getframe", "intern"]
for name in names:
    print(name, hasattr(sys, name))
try:
    sys.set_int_max_str_digits
except AttributeError as e:
    print("AttributeError", e)
print("intern" in dir(sys), "modules" in dir(sys), "exc_clear" in dir(sys))
