"""Running a .pyc as a program: argv, ``__main__``, exit status and the uncaught-exception
report, as the CPython of the file's version would do them."""

from __future__ import annotations

import builtins as host_builtins
import os
import sys
import types

from pyctk import pyc as pyc_module
from pyctk.errors import LimitExceededError, PyctkError
from pyctk.runtime.hosttb import _original_getrecursionlimit as host_getrecursionlimit
from pyctk.runtime.hosttb import _original_setrecursionlimit as host_setrecursionlimit
from pyctk.runtime.hosttb import guest_sys
from pyctk.runtime.limits import check_timeout, deadline
from pyctk.runtime.vm import VirtualMachine
from pyctk.trace import StopRun
from pyctk.versions import opset_for

# Guest frames nest on the host stack only through host code (generators, class bodies,
# callbacks); give that room without letting the host's C stack overflow. A guest cannot
# change it (its sys.setrecursionlimit sets the VM's limit). On 3.10 every host Python
# call also recurses in C, and a guest that raised its own limit and recurses through a
# C function with a large frame (sorted with a guest key) overflowed an 8 MB stack at
# 10000 (tests/test_robustness.py); 3.11+ calls Python from Python without C recursion.
HOST_RECURSION_LIMIT = 10000 if sys.version_info >= (3, 11) else 6000


def run(pyc_or_path, argv=None, tracer=None, version=None, opset=None, max_steps=None, timeout=None) -> int:
    """Run a .pyc (a path or a loaded ``PycFile``) as ``python FILE ARGS`` would, and
    return the exit status. The guest's output goes to the host's stdout/stderr.
    ``max_steps`` (instructions) and ``timeout`` (seconds of wall-clock time) stop the
    run with ``LimitExceededError``; see ``pyctk.runtime.limits`` for how."""
    timeout = check_timeout(timeout)
    pyc = pyc_or_path if isinstance(pyc_or_path, pyc_module.PycFile) else pyc_module.load(pyc_or_path, version)
    if opset is None:
        opset = opset_for(pyc.version)
    path = pyc.path
    argv = [path] + list(argv or [])
    vm = VirtualMachine(opset, argv=argv, tracer=tracer, max_steps=max_steps,
                        path=[os.path.dirname(os.path.abspath(path))])
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__cached__ = None
    main.__builtins__ = host_builtins
    main.__loader__ = None
    with _guest_process_state(argv, main, vm.path[0]), guest_sys(vm), vm.guest_imports(opset, cleanup=True):
        with deadline(vm, timeout) as limit:
            status = run_main(vm, pyc.code, main)
    # A stop that host code swallowed (a stdlib function catching Exception around a
    # guest callback) still ends the run as a stop.
    if limit.fired:
        raise LimitExceededError(limit.message)
    if max_steps is not None and vm.steps > max_steps:
        raise LimitExceededError(f"stopped after {max_steps} instructions (--max-steps)")
    return status


def run_main(vm, code, main) -> int:
    status = 0
    try:
        vm.run_code(code, main.__dict__, main.__dict__)
    except SystemExit as e:
        status = exit_status(e)
    except PyctkError:
        _flush(sys.stdout)
        raise
    except StopRun as e:  # a tracer ended the run
        status = e.exit_status
    except BaseException as e:  # the guest's uncaught exception
        _flush(sys.stdout)
        report_uncaught(vm, code.version, e)
        status = 130 if isinstance(e, KeyboardInterrupt) else 1
    _flush(sys.stdout)
    _flush(sys.stderr)
    return status


def exit_status(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF if code >= 0 else code & 0xFF
    _flush(sys.stdout)
    print(code, file=sys.stderr)
    return 1


def report_uncaught(vm, version, exc) -> None:
    from pyctk.runtime.traceback import format_exception

    text = format_exception(
        version,
        exc,
        lambda e: traceback_entries(vm, e),
        source_dirs=list(sys.path),
        names_of=suggestion_names,
        tracebacklimit=getattr(sys, "tracebacklimit", None),
    )
    buffer = getattr(sys.stderr, "buffer", None)
    if vm.opset.fact("text_is_bytes") and buffer is not None:  # 2.7: a code point per byte
        sys.stderr.flush()
        buffer.write(text.encode("latin-1", "replace"))
        buffer.flush()
    else:
        sys.stderr.write(text)


def suggestion_names(exc):
    """What the VM remembered of the frame that raised a NameError or AttributeError."""
    from pyctk.runtime.objects import NULL
    from pyctk.runtime.traceback import SuggestionNames

    remembered = getattr(exc, "__dict__", {}).get("__pyctk_names__")
    if remembered is None:
        return None
    varnames, local_names, globals_, builtins, self_ = remembered
    name = getattr(exc, "name", None)
    candidates = ()
    if isinstance(exc, AttributeError) and hasattr(exc, "obj"):
        try:
            candidates = tuple(dir(exc.obj))
        except Exception:
            candidates = ()
    return SuggestionNames(
        candidates=candidates,
        varnames=varnames,
        locals=local_names,
        globals=tuple(globals_),
        builtins=tuple(builtins),
        self_has_name=self_ is not NULL and isinstance(name, str) and hasattr(self_, name),
        self_is_obj=self_ is not NULL and getattr(exc, "obj", NULL) is self_,
    )


def traceback_entries(vm, exc):
    """The guest traceback of ``exc`` as ``TbEntry`` values, outermost first: the guest's
    frames and the host library frames it passed through (``json/decoder.py`` under a
    guest's ``json.loads``), as CPython prints them."""
    from pyctk.linetable import position_for_offset
    from pyctk.runtime.hosttb import LibraryEntry
    from pyctk.runtime.traceback import TbEntry

    entries = []
    for entry in vm.guest_traceback(exc):
        if type(entry) is LibraryEntry:
            entries.append(_library_entry(entry, TbEntry))
            continue
        code, index, instructions, _globals = entry
        ins = instructions[index] if 0 <= index < len(instructions) else None
        if ins is None:
            entries.append(TbEntry(code.co_filename, code.co_firstlineno, code.co_name))
            continue
        line, end_line, col, end_col = position_for_offset(code, ins.op_offset)
        entries.append(TbEntry(code.co_filename, line, code.co_name, end_line, col, end_col))
    return entries


def _library_entry(entry, TbEntry):
    code = entry.frame.f_code
    positions = getattr(code, "co_positions", None)  # 3.11+ hosts
    if positions is not None and entry.lasti >= 0:
        for i, (line, end_line, col, end_col) in enumerate(positions()):
            if i == entry.lasti // 2:
                if line is not None:
                    return TbEntry(code.co_filename, entry.lineno, code.co_name, end_line, col, end_col)
                break
    return TbEntry(code.co_filename, entry.lineno, code.co_name)


def _flush(stream) -> None:
    try:
        stream.flush()
    except (OSError, ValueError):
        pass


class _guest_process_state:
    """What a guest sees of the process while it runs: its argv, its ``__main__`` and its
    directory first on ``sys.path``; restored afterwards."""

    def __init__(self, argv, main, directory):
        self.argv = argv
        self.main = main
        self.directory = directory

    def __enter__(self):
        self.saved = (sys.argv, sys.modules.get("__main__"), list(sys.path), host_getrecursionlimit())
        sys.argv = list(self.argv)
        sys.modules["__main__"] = self.main
        sys.path.insert(0, self.directory)
        # Exactly this limit, even when the host had set a higher one: it is what keeps
        # host recursion (guest code run through host code) within the host's C stack.
        try:
            host_setrecursionlimit(HOST_RECURSION_LIMIT)
        except RecursionError:  # a host already deeper than that: leave its limit
            pass
        return self

    def __exit__(self, *exc_info):
        argv, main, path, limit = self.saved
        sys.argv = argv
        if main is not None:
            sys.modules["__main__"] = main
        sys.path[:] = path
        host_setrecursionlimit(limit)
        return False
