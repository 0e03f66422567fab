# versions: 3.11+
def check(x):
    err = ValueError("invalid value %d" % x)
    err.add_note("first note")
    err.add_note("second note, line 1\nsecond note, line 2")
    err.add_note("third note ends with a newline\n")
    err.__notes__.append(42)
    raise err


check(5)
