"""Running a .pyc as a program: argv, ``__main__``, exit status and the uncaught-exception
report, as the CPython of the file's version would do them."""

from __future__ import annotations

import os
import signal
import sys

from pyctk import pyc as pyc_module
from pyctk.errors import LimitExceededError, PyctkError
from pyctk.runtime import ownstdlib, pathfinder  # noqa: F401  (pathfinder: loaded before any guest import can shadow what it uses)
from pyctk.runtime.hoststate import guest_running
from pyctk.runtime.limits import check_timeout, deadline
from pyctk.runtime.vm import VirtualMachine
from pyctk.runtime.world import GuestWorld
from pyctk.trace import StopRun
from pyctk.versions import opset_for
from pyctk.versions.host import CALLS_WITHOUT_C_RECURSION

# Guest frames nest on the host stack only through host code (generators, class bodies,
# callbacks); give that room without letting the host's C stack overflow. A guest cannot
# change it (its sys.setrecursionlimit sets the VM's limit). On 3.10 every host Python
# call also recurses in C, and a guest that raised its own limit and recurses through a
# C function with a large frame (sorted with a guest key) overflowed an 8 MB stack at
# 10000 (tests/test_robustness.py); 3.11+ calls Python from Python without C recursion.
HOST_RECURSION_LIMIT = 10000 if CALLS_WITHOUT_C_RECURSION else 6000


def run(pyc_or_path, argv=None, tracer=None, version=None, opset=None, max_steps=None, timeout=None,
        path=None, stdlib=None, sandbox=None) -> int:
    """Run a .pyc (a path or a loaded ``PycFile``) as ``python FILE ARGS`` would, and
    return the exit status (negative: the native process would die by that signal, as
    CPython 3.8+ does after an uncaught KeyboardInterrupt; ``die_by_signal`` does it).
    The guest's output goes to the host's stdout/stderr.
    ``path``: directories (or zip archives) where the guest finds its modules, after the
    main file's directory and before ``PYCTK_PATH``'s (``guest_search_path``).
    ``stdlib``: ``"auto"`` (the version's own library when its ``pythonX.Y`` is
    installed, else the host's), ``"host"`` (the host's standard library, run for the
    guest) or a directory (or zip) of that version's library; None: ``PYCTK_STDLIB``,
    else ``auto`` (``runtime/ownstdlib.py``).
    ``max_steps`` (instructions) and ``timeout`` (seconds of wall-clock time) stop the
    run with ``LimitExceededError``; see ``pyctk.runtime.limits`` for how.
    ``sandbox``: ``"strict"`` (or True), ``"best-effort"`` or a ``pyctk.sandbox.Sandbox``
    runs the program in a locked-down child process instead (``pyctk run --sandbox``)."""
    if sandbox is not None and sandbox is not False:
        from pyctk.sandbox import run_api

        return run_api(pyc_or_path, argv, sandbox, tracer=tracer, version=version, opset=opset,
                       max_steps=max_steps, timeout=timeout, path=path, stdlib=stdlib)
    timeout = check_timeout(timeout)
    search_path = path
    pyc = pyc_or_path if isinstance(pyc_or_path, pyc_module.PycFile) else pyc_module.load(pyc_or_path, version)
    if opset is None:
        opset = opset_for(pyc.version)
    elif stdlib is None and opset is not opset_for(opset.version):
        # A remapped set applies to every file of its version the run loads: the
        # library's standard pycs would be read with it. The host's library then.
        stdlib = "host"
    own_stdlib = ownstdlib.resolve(stdlib, opset.version)
    path = pyc.path
    argv = [path] + list(argv or [])
    vm = VirtualMachine(opset, argv=argv, tracer=tracer, max_steps=max_steps,
                        path=guest_search_path(pyc.path, search_path))
    world = vm.world = GuestWorld(vm.interp, opset, argv=argv, path=vm.path, stdlib=own_stdlib)
    main = world.make_main(path)
    try:
        # The host's recursion limit, digit limit and displayhook (hoststate.py): the
        # displayhook is the guest's, since the host library code it runs prints an
        # interactive statement's value through it (doctest).
        digits = opset.fact("int_max_str_digits", 0) if opset is not None else None
        with guest_running(world, HOST_RECURSION_LIMIT, digits), deadline(vm, timeout) as limit:
            status = run_main(vm, pyc.code, main)
    finally:
        world.close()
    if world.thread_fault is not None:  # pyctk's own error in a guest thread (bad bytecode, a limit)
        raise world.thread_fault
    # A stop that host code swallowed (a stdlib function catching Exception around a
    # guest callback) still ends the run as a stop.
    if limit.fired:
        raise LimitExceededError(limit.message)
    if max_steps is not None and vm.steps > max_steps:
        raise LimitExceededError(f"stopped after {max_steps} instructions (--max-steps)")
    return status


def guest_search_path(main_path, extra=None) -> list[str]:
    """The guest's search path, as ``python`` builds ``sys.path``: the main file's
    directory, then ``extra`` (``--path DIR``, like ``PYTHONPATH``), then the entries of
    ``PYCTK_PATH`` (os.pathsep-separated); all absolute, as ``site`` makes them."""
    dirs = [os.path.dirname(os.path.abspath(main_path))]
    dirs += [os.path.abspath(p) for p in extra or () if p]
    dirs += [os.path.abspath(p) for p in os.environ.get("PYCTK_PATH", "").split(os.pathsep) if p]
    return dirs


def run_main(vm, code, main) -> int:
    guest_sys = vm.world.sys
    status = 0
    try:
        vm.run_code(code, main.__dict__, main.__dict__)
    except SystemExit as e:
        status = exit_status(e, guest_sys)
    except PyctkError:
        _flush_all(guest_sys)
        raise
    except StopRun as e:  # a tracer ended the run
        status = e.exit_status
    except BaseException as e:  # the guest's uncaught exception
        _flush(_stream(guest_sys, "stdout"))
        _flush(sys.stdout)
        _excepthook(vm, code.version, e)
        status = _uncaught_status(vm, e)
    else:
        status = _shutdown(vm)
    _flush_all(guest_sys)
    return status


def _shutdown(vm) -> int:
    """CPython's end of a program: the guest's threads joined, its atexit functions run."""
    try:
        vm.world.shutdown()
    except SystemExit as e:
        return exit_status(e, vm.world.sys)
    except (PyctkError, StopRun):
        raise
    except BaseException as e:
        _excepthook(vm, vm.opset.version, e)
        return _uncaught_status(vm, e)
    return 0


def _excepthook(vm, version, exc) -> None:
    """The guest's ``sys.excepthook`` if it set one, else the version's report."""
    hook = vm.world.sys.__dict__.get("excepthook")
    default = vm.world.sys.__dict__.get("__excepthook__")
    if hook is not None and hook is not default:
        try:
            hook(type(exc), exc, exc.__traceback__)
            return
        except BaseException:  # as CPython: "Error in sys.excepthook", then the original
            pass
    report_uncaught(vm, version, exc)


def _flush_all(guest_sys) -> None:
    for stream in (_stream(guest_sys, "stdout"), _stream(guest_sys, "stderr"), sys.stdout, sys.stderr):
        _flush(stream)


def _stream(guest_sys, name):
    """The guest's ``sys.stdout``/``stderr``, or None when it deleted it (CPython then
    skips it at exit)."""
    return getattr(guest_sys, name, None)


def _uncaught_status(vm, exc) -> int:
    """1, or (3.8+, an uncaught KeyboardInterrupt) the signal the process must die by."""
    if isinstance(exc, KeyboardInterrupt) and vm.opset.fact("interrupt_kills", False):
        return -signal.SIGINT  # die_by_signal() does it
    return 1


def die_by_signal(status: int) -> None:
    """End the process as a CPython killed by an uncaught KeyboardInterrupt does (3.8+):
    by the signal itself, with its default action, so the parent sees the signal. A
    negative ``status`` of ``run`` is such a signal; anything else returns."""
    if status >= 0:
        return
    _flush(sys.stdout)
    _flush(sys.stderr)
    signum = -status
    try:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
    except (OSError, ValueError):  # no such signal here, or not the main thread
        return


def exit_status(exc: SystemExit, guest_sys=sys) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF if code >= 0 else code & 0xFF
    _flush(_stream(guest_sys, "stdout"))
    _flush(sys.stdout)
    stderr = _stream(guest_sys, "stderr")
    if stderr is not None:
        print(code, file=stderr)
    return 1


def report_uncaught(vm, version, exc) -> None:
    from pyctk.runtime.traceback import format_exception

    text = format_exception(
        version,
        exc,
        lambda e: traceback_entries(vm, e),
        source_dirs=list(vm.world.sys.path),
        names_of=suggestion_names,
        tracebacklimit=vm.world.sys.__dict__.get("tracebacklimit"),
    )
    buffer = getattr(sys.stderr, "buffer", None)
    if vm.opset.fact("text_is_bytes") and buffer is not None:  # 2.7: a code point per byte
        sys.stderr.flush()
        buffer.write(text.encode("latin-1", "replace"))
        buffer.flush()
    else:
        stderr = vm.world.sys.stderr
        (stderr if stderr is not None else sys.stderr).write(text)


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
    if stream is None:
        return
    try:
        stream.flush()
    except (OSError, ValueError, AttributeError):  # closed, or not a stream the guest put there
        pass
