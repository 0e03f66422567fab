# versions: 2.7 3.6+
print("about to fail")
values = [1, 2, 3]
total = sum(values)
print(total)
raise ValueError("top-level failure %d" % total)
print("never printed")
