# versions: 3.6+
# needs: host-stdlib
# Compatibility code tries the standard module first and falls back to a backport: a
# module the version's library does not have is not found, whatever the host's has
# (graphlib and zoneinfo: 3.9, tomllib: 3.11, dataclasses and contextvars: 3.7).
import sys

for name in ("graphlib", "zoneinfo", "tomllib", "dataclasses", "contextvars", "json"):
    try:
        module = __import__(name)
    except ImportError as e:
        print(name, type(e).__name__, e, e.name)
    else:
        print(name, "found", module.__name__)

try:
    import tomllib
except ModuleNotFoundError:
    tomllib = None
print("tomllib" if tomllib else "tomllib absent: a backport would be used")

try:
    from graphlib import TopologicalSorter
except ImportError as e:
    print(type(e).__name__, e)
else:
    print(list(TopologicalSorter({"b": {"a"}}).static_order()))

print("graphlib" in sys.modules, "zoneinfo" in sys.modules)
