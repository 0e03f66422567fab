# versions: 2.7 3.6+
a = 0b101101
b = 0b011011
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(a << 3)
print(a >> 2)
print(-a >> 2)
print(-a << 5)
print(-1 >> 100)
print(1 << 100)
print((1 << 100) >> 99)
print(-17 & 0xff)
print(-17 | 0xf0)
print(-17 ^ -1)
print(bin(a & ~b))
print(bin(-a))
for n in [0, 1, 7, 8, 255, 256, -1, -256, 2 ** 40]:
    print("%d %d %s" % (n, n.bit_length(), bin(n)))
mask = 0
for i in range(0, 16, 3):
    mask |= 1 << i
print(mask)
print(bin(mask))
count = 0
v = mask
while v:
    v &= v - 1
    count += 1
print(count)
x = 0x12345678
swapped = ((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >> 8) & 0xff00) | (x >> 24)
print(hex(swapped))
print(True & False)
print(True | False)
print(True ^ True)
print(~True)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError")
