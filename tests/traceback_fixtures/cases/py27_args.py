# versions: 2.7
raise ValueError("caf\xc3\xa9", u"\xe9t\xe9", 5L, ("it's", '"q"'), [None, 1.5])
