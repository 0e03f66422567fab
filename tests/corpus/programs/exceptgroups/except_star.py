# versions: 3.11+
def raise_group():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"), ValueError("again"), KeyError("k")])
try:
    raise_group()
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])
except* LookupError as g:
    print("lookups:", repr(g.exceptions[0]))
try:
    try:
        raise_group()
    except* ValueError:
        print("handled ValueErrors only")
except ExceptionGroup as rest:
    print("unhandled remainder:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))
def handler_raises():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("from handler")
try:
    handler_raises()
except* KeyError as g:
    print("new exception group:", repr(g))
results = []
for i in range(2):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        results.append(i)
print(results)
try:
    raise ExceptionGroup("all handled", [ValueError(1), ValueError(2)])
except* ValueError as g:
    print(len(g.exceptions))
else:
    print("no else")
finally:
    print("finally after except*")
