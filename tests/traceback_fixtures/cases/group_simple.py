# versions: 3.11+
def fail(n):
    raise ValueError("bad %d" % n)


def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("several failures", errors)


collect()
