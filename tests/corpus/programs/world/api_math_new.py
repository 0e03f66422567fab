# versions: 3.11+
# math's functions of 3.11-3.13 (cbrt, exp2, sumprod, fma), on hosts that lack them.
import math

for x in (27.0, -8, 2.0, 1e-300, 0.0, -0.0, float("inf")):
    print("cbrt", x, math.cbrt(x))
for x in (3, 0.5, -1074, 10.25, -2.5):
    print("exp2", x, math.exp2(x))
for f, arg in ((math.cbrt, "x"), (math.exp2, 2000), (math.exp2, None)):
    try:
        print(f(arg))
    except (TypeError, OverflowError, ValueError) as e:
        print(f.__name__, type(e).__name__ + ":", e)
if hasattr(math, "sumprod"):
    print("sumprod", math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [0.3, 0.4]),
          math.sumprod([1, 2.5], [3, 4]), math.sumprod([], []))
    try:
        math.sumprod([1, 2], [3])
    except ValueError as e:
        print("sumprod", type(e).__name__ + ":", e)
if hasattr(math, "fma"):
    print("fma", math.fma(2.0, 3.0, 4.0), math.fma(0.1, 10.0, -1.0), math.fma(3, 4, 5))
    try:
        math.fma(1e308, 10.0, 0.0)
    except OverflowError as e:
        print("fma", type(e).__name__ + ":", e)
