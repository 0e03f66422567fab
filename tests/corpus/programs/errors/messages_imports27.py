# versions: 2.7
# 2.7's import errors (ImportError only, "No module named" the dotted rest from the part
# that was not found), the host library's modules 2.7 does not have, and the names of 2.7's
# builtins and C modules as hasattr, getattr, dir and "from m import x" tell them.
import sys


def show(source):
    try:
        exec(source)
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))
    else:
        print("ok: %s" % source.split("\n")[0])


for source in ('import nonexistent_mod', 'import nonexistent_mod.sub', 'from nonexistent_mod import x',
               'import sys.nonexistent', 'import os.nonexistent_sub', 'import os.path.nope',
               "__import__('nonexistent', level=-2)", 'from . import x', 'from .x import y',
               'import queue', 'import Queue', 'import enum', 'import builtins', 'import statistics',
               'from concurrent import futures', 'import http.client', 'import copy_reg',
               'import typing', 'import __builtin__', 'from math import isclose', 'from math import floor',
               'from itertools import izip, zip_longest', 'from fractions import gcd'):
    show(source)

try:
    import pathlib
except ImportError as e:
    print("no pathlib: %s" % e)

import __builtin__
import cmath
import gc
import itertools
import math
import operator
import thread
import time
for name in ('apply', 'long', 'unicode', 'xrange', 'exec', 'ascii', 'print', 'ModuleNotFoundError',
             'RecursionError', 'StandardError', 'buffer', 'breakpoint'):
    print("%s %s %s" % (name, hasattr(__builtin__, name), name in dir(__builtin__)))
for module, names in ((math, ('gcd', 'isclose', 'tau', 'inf', 'floor', 'hypot', 'fsum')),
                      (itertools, ('accumulate', 'izip', 'imap', 'zip_longest', 'izip_longest', 'pairwise')),
                      (operator, ('matmul', 'isCallable', 'sequenceIncludes', 'attrgetter', 'length_hint')),
                      (cmath, ('isclose', 'inf', 'phase')), (gc, ('freeze', 'collect', 'get_stats')),
                      (time, ('monotonic', 'perf_counter', 'clock', 'time')), (thread, ('get_native_id', 'get_ident'))):
    print("%s %s" % (module.__name__, [(n, hasattr(module, n), n in dir(module)) for n in names]))
try:
    math.gcd(4, 6)
except AttributeError as e:
    print("AttributeError: %s" % e)
print(getattr(math, 'isqrt', 'absent'))
import fractions
print(fractions.gcd(12, 18))
import nonexistent_at_the_end
