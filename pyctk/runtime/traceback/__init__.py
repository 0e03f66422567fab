"""The text CPython writes to stderr for an uncaught exception, for each guest version.

``format_exception(version, exc, entries_of, source_dirs)`` returns, for CPython 2.7 or
3.6-3.13, exactly what that interpreter prints when a program ends with ``exc`` uncaught:
from ``Traceback (most recent call last):`` to the final newline, with chained exceptions,
notes, exception groups, position carets and "Did you mean" suggestions as that version
shows them. It is pure: it reads source files (as CPython does) and nothing else.

Where the display comes from, version by version (each reproduced here in our own code):

* 2.7: ``PyErr_Display`` and ``PyTraceBack_Print`` in C; source lines are raw bytes.
* 3.6-3.12: ``print_exception_recursive`` / ``print_exception`` (``Python/pythonrun.c``) and
  ``tb_displayline`` (``Python/traceback.c``); 3.11 and 3.12 add carets computed in C,
  exception groups and notes.
* 3.13: ``traceback._print_exception_bltin``, i.e. ``Lib/traceback.py`` of 3.13 (different
  caret rules, multi-line frames, sources through ``linecache``).

The guest's traceback is not on the exception: ``entries_of(exc)`` gives the frames
(``TbEntry``, outermost first) of any exception met (the raised one, its ``__cause__`` /
``__context__`` chain, exception-group members).

Text conventions: the result is a host ``str``. For a 2.7 guest, text that 2.7 handles as
bytes (source lines, 2.7 ``str`` messages) holds one code point per byte, as pyctk keeps 2.7
``str`` values (see ``pyctk.runtime.py27.kinds``): write it with ``encode("latin-1")``. For 3.x the
text is what the interpreter writes before encoding stderr (UTF-8, backslashreplace).

Exception groups are recognized by a class named ``BaseExceptionGroup`` of module
``builtins`` in the type's MRO, so a stand-in class works on a host without groups (3.10).

The package, by job: ``common`` (what a caller gives: TbEntry, SuggestionNames; the run's
context), ``sources`` (finding and reading source files), ``suggestions`` ("Did you
mean"), ``carets`` (position carets and their anchors), and one printer per display path:
``printer27`` (2.7's C code), ``printer3`` (3.x's C code, to 3.12), ``printer313`` (3.13's
traceback.py). Which path and which features a version shows is its opcode set's
``traceback_style`` (``pyctk/versions/parts.py``); nothing here compares versions.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyctk.runtime.traceback.common import EntriesOf, NamesOf, SuggestionNames, TbEntry, _Ctx
from pyctk.runtime.traceback.printer3 import _PyC3
from pyctk.runtime.traceback.printer27 import _Py27
from pyctk.runtime.traceback.printer313 import _Py313
from pyctk.version import Version

__all__ = ["TbEntry", "SuggestionNames", "format_exception", "format_exception_lines"]


def format_exception(
    version,
    exc: BaseException,
    entries_of: EntriesOf,
    source_dirs: Iterable[str] = (),
    *,
    names_of: NamesOf | None = None,
    tracebacklimit: int | None = None,
) -> str:
    """What CPython ``version`` writes to stderr when ``exc`` ends the program uncaught.

    ``version``: a ``pyctk.version.Version``, ``"X.Y"`` or ``(X, Y)``.
    ``entries_of(e)``: the traceback entries of exception ``e``, outermost first.
    ``source_dirs``: the guest's ``sys.path``; CPython looks for a relative file name in
    the current directory and then in these.
    ``names_of(e)``: optional ``SuggestionNames`` for "Did you mean" (3.10+).
    ``tracebacklimit``: the guest's ``sys.tracebacklimit`` if it set one.
    """
    return "".join(format_exception_lines(
        version, exc, entries_of, source_dirs, names_of=names_of, tracebacklimit=tracebacklimit))


def format_exception_lines(
    version,
    exc: BaseException,
    entries_of: EntriesOf,
    source_dirs: Iterable[str] = (),
    *,
    names_of: NamesOf | None = None,
    tracebacklimit: int | None = None,
) -> list[str]:
    """``format_exception`` as a list of pieces (their concatenation is the text)."""
    style = _style_of(version)
    ctx = _Ctx(style, entries_of, tuple(source_dirs), names_of, tracebacklimit)
    printer = {"c27": _Py27, "c3": _PyC3, "py313": _Py313}[style.printer]
    return printer(ctx).run(exc)


def _style_of(version):
    """The traceback style of ``version`` (a Version, ``"X.Y"``, ``(X, Y)``, or an
    OpcodeSet): its opcode set's ``traceback_style`` part."""
    from pyctk.versions import OpcodeSet, opset_for

    opset = version if isinstance(version, OpcodeSet) else opset_for(Version.of(version))
    return opset.traceback_style
