# versions: 2.7 3.6+
text = "the quick brown fox jumps over the lazy dog the end"
words = text.split()
print(len(words))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print("%s=%d" % (w, counts[w]))
print(" ".join(w.capitalize() for w in words))
print("|".join(sorted(set(words))))
print(",".join(str(i * i) for i in range(8)))
print(text.replace(" ", "")[:20])
acc = ""
for i in range(5):
    acc += str(i)
    acc = acc + "-"
print(acc)
parts = []
for c in "abcdef":
    parts.append(c.upper() + c)
print("".join(parts))
print("a b  c   d".split(" "))
print("  a b  c ".split())
print("k1=v1;k2=v2;k3=v3".split(";"))
pairs = [p.split("=") for p in "k1=v1;k2=v2;k3=v3".split(";")]
print(pairs)
print(dict(pairs)["k2"])
csv = "name,age\nann,30\nbob,25\n"
for line in csv.strip().split("\n")[1:]:
    name, age = line.split(",")
    print("%s is %d" % (name.title(), int(age) + 1))
print("".join(chr(ord("a") + (ord(c) - ord("a") + 13) % 26) if c.isalpha() else c for c in "hello world"))
print("abc".translate({ord("a"): "A"}) if str is not bytes else "Abc")
