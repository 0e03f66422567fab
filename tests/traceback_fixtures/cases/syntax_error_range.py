# versions: 3.6+
source = "result = f(a for a in b, c)\n"
compile(source, "snippet.py", "exec")
