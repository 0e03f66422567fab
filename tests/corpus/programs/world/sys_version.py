# versions: 2.7 3.6+
import sys
import platform
print(sys.version_info[:3], sys.version_info.major, sys.version_info >= (3,))
print(sys.hexversion, hex(sys.hexversion))
print(platform.python_version(), platform.python_implementation())
print(sys.version.split()[0], sys.platform, sys.byteorder, sys.maxsize)
impl = getattr(sys, "implementation", None)
if impl is not None:
    print(impl.name, impl.cache_tag, impl.version[:2])
else:
    print("no implementation", sys.maxint, sys.subversion[0])
print(sys.getdefaultencoding(), sys.api_version, sys.float_info.dig, sys.float_repr_style)
print(repr(sys.version_info).split("(")[0], repr(sys.float_info).split("(")[0])
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
