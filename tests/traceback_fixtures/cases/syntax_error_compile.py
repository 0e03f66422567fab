# versions: 2.7 3.6+
try:
    raise SyntaxError("custom message", ("file.py", 3, 7, "    bad line here\n"))
except SyntaxError:
    compile("x = 1 +* 2\n", "<input>", "exec")
