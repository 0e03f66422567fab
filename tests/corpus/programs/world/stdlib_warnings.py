# versions: 2.7 3.6+
import sys
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 7)
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message))
print(caught[2].filename, caught[2].lineno)
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
sys.stderr.write(warnings.formatwarning("text", UserWarning, "f.py", 3).replace("\n", "|") + "\n")
