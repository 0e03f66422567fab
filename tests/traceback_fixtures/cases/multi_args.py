# versions: 2.7 3.6+
raise ValueError("bad value", 42, None)
