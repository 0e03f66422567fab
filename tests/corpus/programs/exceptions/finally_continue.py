# versions: 3.8+
def continue_in_finally():
    log = []
    for i in range(4):
        try:
            if i == 1:
                raise ValueError(i)
            log.append(i)
        finally:
            log.append("f%d" % i)
            continue
    return log
print(continue_in_finally())
def mixed():
    out = []
    i = 0
    while i < 6:
        i += 1
        try:
            try:
                if i == 2:
                    raise KeyError("k")
                if i == 5:
                    return out + ["returned"]
            finally:
                out.append(i)
                if i % 2 == 0:
                    continue
        except KeyError:
            out.append("never here")
        out.append("after%d" % i)
    return out
print(mixed())
