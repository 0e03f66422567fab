# versions: 3.6+
name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}")
print(f"{n} + 1 = {n + 1}")
print(f"{name.upper()} {len(name)}")
print(f"{'nested quotes'}")
print(f"{{braces}} {n}")
print(F"capital F {n}")
print(rf"raw \n {name}")
print(f"{n}" f"{name}" "plain")
items = [1, 2, 3]
d = {"key": "value"}
print(f"{items[0]} {items[-1]} {d['key']}")
print(f"{[x * 2 for x in items]}")
print(f"{(lambda v: v * 3)(2)}")
print(f"{n if n > 40 else 'small'}")
print(f"{'a' 'b'}")
print(f"{3 * 4:>5}|")
multi = f"""line1 {n}
line2 {name}"""
print(multi)
def greet(who):
    return f"hi {who}"
print(f"{greet(f'{name}!')}")
print(f"{n:{'>'}{10}}|")
class P:
    def __init__(self):
        self.x = 1
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
    def __format__(self, spec):
        return "P-format(" + spec + ")"
p = P()
print(f"{p}")
print(f"{p!s}")
print(f"{p!r}")
print(f"{p:custom}")
print(f"{p.x}")
print(f"{'é'!a}")
print(f"{'tab'!r:>8}")
