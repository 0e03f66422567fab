# versions: 3.6+
# A __builtins__ given in the globals is the namespace's builtins (restricted evaluators).
def evaluate(expr, g, l=None):
    try:
        return eval(expr, g, l)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(evaluate("len('abc')", {"__builtins__": {}}))
print(evaluate("len('abc')", {"__builtins__": {"len": len}}))
print(evaluate("x * 2", {"__builtins__": {}}, {"x": 21}))
print(evaluate("__import__('os')", {"__builtins__": {}}))
print(evaluate("len('abc')", {}))
print(evaluate("abs(-3)", {"__builtins__": __builtins__}))
safe = {"__builtins__": {"min": min, "max": max}}
print(evaluate("max(1, 5, 3) - min(2, 4)", safe), evaluate("open('x')", safe))
g = {"__builtins__": {"print": print}}
exec("print('printed in a restricted namespace')\ntry:\n    len\nexcept NameError as e:\n    print('NameError', e)\n", g)
g = {}
exec("y = 1", g)
print(sorted(g), "__builtins__" in g)
