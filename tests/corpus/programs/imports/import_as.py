# versions: 2.7 3.6+
import helper as h
import pkg.sub as ps
from pkg import sub as s2
import pkg.inner as pi
print(h.greet("alias"))
print(h.__name__)
print(ps.shout("aliased"))
print(ps is s2)
print(ps.__name__)
print(pi.__name__)
import os.path as osp
print(osp.join("a", "b"))
print(osp.splitext("archive.tar.gz"))
import collections as c, itertools as it
print(list(it.islice(it.count(), 3)))
print(c.Counter("aab")["a"])
import importlib
mod = importlib.import_module("helper")
print(mod is h)
dyn = __import__("pkg.sub")
print(dyn.__name__)
print(importlib.import_module(".sub", "pkg").__name__)
print(importlib.import_module("pkg.inner.deep").where())
