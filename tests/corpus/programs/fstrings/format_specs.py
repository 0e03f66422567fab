# versions: 3.6+
v = 1234.5678
i = 255
s = "text"
print(f"{v:.2f}|{v:10.1f}|{v:<10.3f}|{v:^12.2e}|{v:+.0f}")
print(f"{v:,.2f}|{v:_.1f}|{i:_b}")
print(f"{i:d}|{i:5d}|{i:05d}|{i:x}|{i:X}|{i:#x}|{i:o}|{i:#o}|{i:b}|{i:#b}")
print(f"{i:c}" if i < 0x110000 else "")
print(f"{s:>8}|{s:<8}|{s:^8}|{s:*^9}|{s:.2}")
print(f"{0.125:%}|{0.125:.1%}")
print(f"{-7:=+6d}|{7: d}|{-7: d}")
print(f"{1e-10:g}|{1e10:g}|{123456789:g}|{0.0001:g}")
width, prec = 12, 3
print(f"{v:{width}.{prec}f}|")
print(f"{v:>{width}}|")
fmt = ".4e"
print(f"{v:{fmt}}")
print(f"{True:d} {False!s:>6}")
print(f"{None!r:>6}")
print(f"{[1, 2]!s:<10}|")
print(f"{3+4j:.1f}")
print(f"{12345678901234567890:,}")
print(f"{-0.0:.1f} {-0.0:+.1f}")
print(f"{float('inf'):8.2f}|{float('nan'):>6}")
for k in range(3):
    print(f"{k:>{k + 2}}|{'x' * k:-<4}|")
