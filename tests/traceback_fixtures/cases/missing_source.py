# versions: 2.7 3.6+
ns = {}
exec(compile("def inner(x):\n    return x / 0\n", "<string>", "exec"), ns)
exec(compile("def vanish(x):\n    return inner(x) + 1\n", "generated_module.py", "exec"), ns)
ns["vanish"](42)
