# versions: 2.7 3.6+
import pkg
print(pkg.VERSION)
print(pkg.__name__)
print(pkg.sub.__name__)
print(pkg.shout("hi"))
print(pkg.sub.package_name())
from pkg import other
print(other.combined("test"))
import pkg.inner.deep
print(pkg.inner.deep.where())
from pkg.inner import deep as d2
print(d2 is pkg.inner.deep)
import sys
print(sorted(m for m in sys.modules if m.startswith("pkg")))
print(hasattr(pkg, "other"))
print(pkg.other.__name__)
