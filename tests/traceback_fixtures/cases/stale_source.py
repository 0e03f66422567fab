# versions: 2.7 3.6+
ns = {}
code = compile("def f():\n" + "\n" * 30 + "    return 1 / 0\n", "tbhelper.py", "exec")
exec(code, ns)
ns["f"]()
