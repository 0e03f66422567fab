# versions: 2.7 3.6+
import sys
main = sys.modules["__main__"]
names = sorted(k for k in main.__dict__ if k.startswith("__"))
print(names)
print(main.__name__, main.__package__, main.__doc__)
print(main.__builtins__.__name__)
for name in ("__spec__", "__loader__", "__cached__", "__annotations__"):
    print(name, hasattr(main, name))
if hasattr(main, "__spec__"):
    print(main.__spec__, main.__cached__, main.__annotations__)
