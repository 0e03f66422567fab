# versions: 2.7 3.6+
try:
    eval("1 +")
except SyntaxError:
    exec("def f():\n  x = 1\n    y = 2\n")
