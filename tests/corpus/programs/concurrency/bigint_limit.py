# versions: 3.7+
# sys.set_int_max_str_digits / get_int_max_str_digits (the 3.7-3.10 releases here have them).
import sys

big = 10 ** 5000
print("limit", sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print("unlimited", len(str(big)))
sys.set_int_max_str_digits(5000)
print("5000 ok", len(str(10 ** 4999)))
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
