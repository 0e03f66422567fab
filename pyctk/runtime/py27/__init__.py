"""Python 2.7 semantics on a Python 3 host.

The 2.7 opcode set (``pyctk/versions/py27.py``) runs 2.7 bytecode with handlers from
``pyctk/runtime/ops/py2ops.py``; this package is what those handlers and the 2.7
builtins need: 2.7 ``str()``/``repr()`` of values (``values``), the ``print``
statement's files (``stdio``), old-style classes (``classes``), the builtins
(``builtins27``), attribute overlays for host types (``attrs``), the 2.7 names of
standard modules (``modules``), exception state (``exc``) and compiling 2.7 source
with a ``python2.7`` interpreter (``compiler``).

Value model (see ``pyctk.runtime.py27.kinds``): a 2.7 ``str`` is a host ``str`` holding one code
point per byte; ``unicode`` is ``Unicode27``; ``long`` is ``Long27``; 2.7 ``int`` is
the host ``int`` kept within ``sys.maxint`` (results outside become ``Long27``).
"""
