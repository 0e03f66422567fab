# versions: 3.11+
def deep(n):
    if n == 0:
        return ValueError("bottom")
    try:
        raise ExceptionGroup("level %d" % n, [deep(n - 1)])
    except ExceptionGroup as g:
        return g


wide = [ValueError(i) for i in range(17)]
raise BaseExceptionGroup("wide and deep", [ExceptionGroup("wide", wide), deep(12)])
