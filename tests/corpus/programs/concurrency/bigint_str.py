# versions: 2.7 3.6+
# The int-to-str digit limit: none on 2.7 and 3.6; the 3.7-3.10 releases here have it,
# worded "(4300)"; 3.11+ "(4300 digits)". sys.set_int_max_str_digits: bigint_limit.py.
big = 10 ** 5000
try:
    text = str(big)
    print("str ok", len(text))
except ValueError as e:
    print("ValueError:", e)
try:
    print("int ok", len(str(int("7" * 5000))))
except ValueError as e:
    print("ValueError:", e)
try:
    print("%d" % big)
except ValueError as e:
    print("ValueError:", e)
print("small ok", len(str(10 ** 4000)), len(repr(-10 ** 4299)), len(hex(big)))
