# versions: 3.10+
# Keyword arguments and defaults that newer versions' built-in methods take: int.to_bytes()
# and int.from_bytes() defaults (3.11), math.nextafter(steps=) (3.12); each version's own
# answer, on any host.
import math


def attempt(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


attempt("to_bytes()", lambda: (5).to_bytes())
attempt("to_bytes(2)", lambda: (258).to_bytes(2))
attempt("to_bytes(signed)", lambda: (-1).to_bytes(signed=True))
attempt("from_bytes", lambda: int.from_bytes(b"\x01\x00"))
attempt("from_bytes(little)", lambda: int.from_bytes(b"\x01\x00", "little"))
attempt("bool.from_bytes", lambda: bool.from_bytes(b"\x01", "big"))
to_bytes = (7).to_bytes
attempt("bound to_bytes", lambda: to_bytes(2, "little"))
attempt("nextafter", lambda: math.nextafter(1.0, 2.0))
attempt("nextafter(steps)", lambda: math.nextafter(1.0, 2.0, steps=3))
attempt("replace", lambda: "aaaa".replace("a", "b", 2))
