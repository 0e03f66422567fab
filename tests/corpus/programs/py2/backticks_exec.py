# versions: 2.7
x = [1, "two", 3.0]
print `x`
print `42` + `"s"`
print `1 + 1`
exec "y = 10 * 3"
print y
code = "for i in range(3): print i * i"
exec code
ns = {}
exec "z = 'in ns'" in ns
print ns["z"]
g = {"base": 100}
l = {}
exec "total = base + 5" in g, l
print l["total"]
exec compile("w = 'compiled'", "<string>", "exec")
print w
print eval("2 ** 10")
print eval("a + b", {"a": 1, "b": 2})
def f():
    exec "local_var = 5"
    return local_var
print f()
