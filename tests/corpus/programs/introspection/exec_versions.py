# versions: 3.6+
# exec/eval/compile compile the program's own version: newer syntax is a SyntaxError.
def attempt(label, src):
    try:
        g = {}
        exec(src, g)
        print(label, "ok", sorted(k for k in g if not k.startswith("__")))
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno)


attempt("walrus", "y = (z := 5)\n")
attempt("posonly", "def f(a, /):\n    return a\n")
attempt("match", "match 1:\n    case 1:\n        pass\n")
attempt("async-names", "async = 1\nawait = 2\n")
attempt("except-star", "try:\n    pass\nexcept* ValueError:\n    pass\n")
attempt("type-alias", "type X = int\n")
attempt("generic-def", "def first[T](xs: list[T]) -> T:\n    return xs[0]\n")
attempt("fstring-eq", "x = 1\ns = f'{x=}'\n")
attempt("decorator-expr", "d = [lambda f: f]\n@d[0]\ndef f():\n    pass\n")
attempt("paren-with", "import contextlib\nwith (contextlib.nullcontext() as a, contextlib.nullcontext() as b):\n    pass\n")
attempt("star-index", "t = {}\nt[*(1, 2)] = 3\n")
ns = {}
exec("def f(a, b=2):\n    return a * b\n", ns)
print(ns["f"](3), ns["f"].__code__.co_filename, ns["f"].__name__)
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), code.co_filename)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
