# versions: 2.7 3.6+
# sysconfig answers for the program's version (the host's module, kept, finds its build
# data whatever sys.platform the version has: 2.7's is linux2).
import sysconfig

print(sysconfig.get_python_version())
print(type(sysconfig.get_config_vars()).__name__, sysconfig.get_config_var("NO_SUCH_VAR"))
print(sorted(k for k in ("stdlib", "purelib", "scripts") if k in sysconfig.get_paths()))
