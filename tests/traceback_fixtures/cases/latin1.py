# versions: 2.7 3.6+
# -*- coding: latin-1 -*-
def f(x):
    return "café" + x
f(1)
