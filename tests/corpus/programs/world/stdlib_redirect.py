# versions: 3.6+
import sys
import io
import contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("into the buffer", sys.version_info[0])
    sys.stdout.write("and this\n")
print("captured:", repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
text = sys.stdout.getvalue()
sys.stdout = old
print("back", repr(text))
import atexit
atexit.register(print, "at exit", 1)
import threading
results = []
def work(n):
    results.append(n * n)
threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
late = threading.Thread(target=lambda: print("non-daemon thread done"))
late.start()
