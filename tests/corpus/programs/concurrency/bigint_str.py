# versions: 2.7 3.6+
# The int-to-str digit limit: none on 2.7 and 3.6; the 3.7-3.10 releases here have it,
# worded "(4300)"; 3.11+ "(4300 digits)". sys.set_int_max_str_digits: bigint_limit.py.
# Computed at run time: 2.7's peephole would fold 10 ** 5000 into a constant.
digits = int("5000")
big = 10 ** digits
try:
    text = str(big)
    print("str ok", len(text))
except ValueError as e:
    print("ValueError:", e)
try:
    print("int ok", len(str(int("7" * digits))))
except ValueError as e:
    print("ValueError:", e)
try:
    print("%d" % big)
except ValueError as e:
    print("ValueError:", e)
print("small ok", len(str(10 ** (digits - 1000))), len(repr(-10 ** (digits - 701))), len(hex(big)))
