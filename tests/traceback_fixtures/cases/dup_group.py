# versions: 3.11+
def make():
    try:
        raise KeyError("ctx")
    except KeyError:
        try:
            raise ValueError("member")
        except ValueError as e:
            return e


e = make()
raise ExceptionGroup("dups", [e, TypeError("t"), e])
