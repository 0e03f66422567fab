# versions: 2.7
try:
    raise ValueError(u"ascii only")
except ValueError:
    raise ValueError(u"\xe9t\xe9")
