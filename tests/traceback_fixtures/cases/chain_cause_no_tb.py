# versions: 3.6+
def fail():
    raise RuntimeError("outer") from ValueError("inner, never raised")


fail()
