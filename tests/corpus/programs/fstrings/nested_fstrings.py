# versions: 3.6+
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
w = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f"{name:<{w}} | {price:>6.2f} | {qty:>3d} | {price * qty:>7.2f}")
print(f"{'total':<{w}} | {sum(p * q for _, p, q in rows):>22.2f}")
inner = "in"
print(f"outer {f'middle {inner}'} end")
print(f"{','.join(f'{i:02d}' for i in range(5))}")
print(f"{dict(a=1)['a']}")
table = {k: f"{v:.1f}" for k, v in [("a", 1), ("b", 2.25)]}
print(table)
def tag(t, body):
    return f"<{t}>{body}</{t}>"
print(tag("b", f"{tag('i', 'x')}"))
n = 3
print(f"{'yes' if n % 2 else 'no'}: {n}")
print(f"{n!r:*^{n * 3}}")
