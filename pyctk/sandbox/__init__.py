"""Running a guest nobody vouches for: in a child process locked down by the kernel.

``run_sandboxed`` starts ``pyctk run`` in a fresh Python process (``child.py``) that,
before it reads anything of the guest's, sets resource limits, confines its file access
with Landlock (writes only in a private scratch directory, reads only of the input's
directory, the Python installation, pyctk and ``allow_read``) and loads a seccomp filter
(no sockets, no running programs, no new processes, no privileged calls). The guest's
stdin, stdout and stderr are the parent's own descriptors and its exit status is passed
through. The parent watches the scratch directory's size, collects what the guest tried
and was refused (``observe.py``) and writes the report.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

import attrs

from pyctk.errors import PyctkError
from pyctk.sandbox.limits import Limits
from pyctk.sandbox.policy import PROTECTIONS, missing_protections

MODES = ("strict", "best-effort")
# How often the parent measures the scratch directory (what may be written past --disk
# before it sees it is bounded by the write speed times this).
WATCH_INTERVAL = 0.1
__all__ = ["MODES", "PROTECTIONS", "Limits", "Sandbox", "SandboxError", "missing_protections", "run_api", "run_sandboxed"]


class SandboxError(PyctkError):
    """The sandbox cannot give a protection the user asked for (status 10)."""

    exit_status = 10


@attrs.frozen
class Sandbox:
    """How to sandbox a run. ``mode``: ``strict`` refuses to run when the kernel lacks a
    protection, ``best-effort`` runs with what there is and says what is missing."""

    mode: str = "strict"
    limits: Limits = Limits()
    allow_read: tuple = ()
    keep_scratch: bool = False
    report: str | None = None

    @classmethod
    def of(cls, value) -> Sandbox | None:
        """``pyctk.run(..., sandbox=X)``: None/False, True, a mode, or a Sandbox."""
        if value is None or value is False:
            return None
        if value is True:
            return cls()
        if isinstance(value, str):
            if value not in MODES:
                raise ValueError(f"sandbox must be one of {', '.join(MODES)} (got {value!r})")
            return cls(mode=value)
        if isinstance(value, cls):
            return value
        raise TypeError(f"sandbox must be a mode or a pyctk.sandbox.Sandbox, not {type(value).__name__}")


def check(sandbox: Sandbox) -> tuple[list[str], dict[str, str]]:
    """The mechanisms to use, and the missing protections; SandboxError when strict and
    something is missing."""
    missing = missing_protections()
    if missing and sandbox.mode == "strict":
        names = "; ".join(f"{PROTECTIONS[k]}: {why}" for k, why in missing.items())
        raise SandboxError(f"--sandbox: missing protection: {names} (--sandbox=best-effort runs without it)")
    use = [m for m in ("seccomp", "landlock") if m not in missing]
    return use, missing


def run_sandboxed(file: str, run_args: list[str], sandbox: Sandbox, inputs=(), timeout=None) -> int:
    """``pyctk run RUN_ARGS`` (options, then FILE and the program's arguments) in a
    sandboxed child; its exit status (negative: it died by that signal)."""
    from pyctk.sandbox import landlock

    use, missing = check(sandbox)
    for key, why in missing.items():
        print(f"pyctk: sandbox: running without: {PROTECTIONS[key]} ({why})", file=sys.stderr, flush=True)
    scratch = tempfile.mkdtemp(prefix="pyctk-scratch-")
    inputs = [os.path.dirname(os.path.abspath(file))] + [os.path.abspath(p) for p in inputs]
    read_fd, write_fd = os.pipe()
    config = {
        "argv": ["run", *run_args],
        "scratch": scratch,
        "inputs": inputs,
        "allow_read": [os.path.abspath(p) for p in sandbox.allow_read],
        "limits": attrs.asdict(sandbox.limits),
        "use": use,
        "abi": landlock.abi_version(),
        "report_fd": write_fd,
        "observe": bool(sandbox.report),
        "sys_path": [os.path.abspath(p) if p else os.getcwd() for p in sys.path],
    }
    from pyctk.sandbox.child import BOOT

    env = dict(os.environ, TMPDIR=scratch)
    # No program may start in the sandbox, a version's compiler neither: source compiled at
    # run time (exec, namedtuple) takes the path of a machine without that interpreter.
    from pyctk.runtime.compilers import compiler_env_name
    from pyctk.versions import known_versions

    env.update({compiler_env_name(v): "none" for v in known_versions()})
    refused: list[dict] = []
    reader = threading.Thread(target=_collect, args=(read_fd, refused), daemon=True)
    streams = _streams()
    started = time.monotonic()
    try:
        proc = subprocess.Popen([sys.executable, "-c", BOOT, json.dumps(config)], env=env,
                                pass_fds=(write_fd,), **streams.popen)
    finally:
        os.close(write_fd)
    reader.start()
    streams.start(proc)
    cut_off, status, usage = _wait(proc, sandbox.limits, scratch, timeout)
    streams.join()
    reader.join(5)
    elapsed = time.monotonic() - started
    if cut_off is not None:
        print(f"pyctk: sandbox: {cut_off['message']}", file=sys.stderr, flush=True)
        status = 9
    written = _listing(scratch)
    if sandbox.report:
        report = {
            "file": os.path.abspath(file),
            "argv": run_args,
            "exit_status": status,
            "sandbox": {"mode": sandbox.mode, "in_force": [PROTECTIONS[m] for m in use]
                        + [PROTECTIONS[k] for k in ("landlock-truncate", "landlock-scope")
                           if "landlock" in use and k not in missing],
                        "missing": {PROTECTIONS[k]: why for k, why in missing.items()},
                        "limits": attrs.asdict(sandbox.limits), "scratch": scratch,
                        "scratch_kept": sandbox.keep_scratch},
            "refused": refused,
            "cut_off": [cut_off] if cut_off else [],
            "written": written,
            "usage": {**usage, "wall_seconds": round(elapsed, 3)},
        }
        try:
            with open(sandbox.report, "w", encoding="utf-8") as f:
                json.dump(report, f, indent=1)
                f.write("\n")
        except OSError as e:
            print(f"pyctk: sandbox: cannot write the report {sandbox.report}: {e.strerror}", file=sys.stderr)
    if sandbox.keep_scratch:
        print(f"pyctk: sandbox: the scratch directory is kept: {scratch}", file=sys.stderr, flush=True)
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    return status


def run_api(pyc_or_path, argv, sandbox, tracer=None, version=None, opset=None, max_steps=None, timeout=None,
            path=None, stdlib=None) -> int:
    """``pyctk.run(..., sandbox=...)``."""
    sandbox = Sandbox.of(sandbox)
    if tracer is not None:
        raise ValueError("a sandboxed run cannot take a tracer: the program runs in another process")
    if opset is not None:
        raise ValueError("a sandboxed run chooses the opcode set by the file's version (or version=)")
    file = getattr(pyc_or_path, "path", pyc_or_path)
    file = os.fspath(file)
    args = []
    if version is not None:
        args += ["--version", str(version)]
    if max_steps is not None:
        args += ["--max-steps", str(max_steps)]
    if timeout is not None:
        args += ["--timeout", repr(float(timeout))]
    for p in path or ():
        args += ["--path", os.fspath(p)]
    from pyctk.sandbox.options import stdlib_for_child

    stdlib_args, readable = stdlib_for_child(file, version, stdlib)
    args = stdlib_args + args + [file if not file.startswith("-") else "./" + file, *(argv or [])]
    return run_sandboxed(file, args, sandbox, inputs=list(path or ()) + readable, timeout=timeout)


def _collect(fd: int, into: list) -> None:
    with os.fdopen(fd, "rb") as pipe:
        for line in pipe:
            try:
                into.append(json.loads(line))
            except ValueError:
                pass


def _wait(proc, limits: Limits, scratch: str, timeout):
    """Wait for the child, cutting it off past the disk limit (or, as a last resort, its
    wall-clock timeout plus a grace): (cut_off or None, status, resource usage)."""
    cut_off = None
    handler = None
    if threading.current_thread() is threading.main_thread():
        # Ctrl-C reaches the child (same process group), which ends as its guest would.
        handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
    deadline = None if timeout is None else time.monotonic() + timeout + 5
    pause = 0.005  # short at first: a quick program's end is seen at once
    try:
        while True:
            pid, raw, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if cut_off is None:
                size = _size(scratch)
                if size > limits.disk:
                    cut_off = {"limit": "disk", "message": f"the program wrote more than {limits.disk >> 20} MiB "
                               f"into its scratch directory (--disk); it was stopped"}
                    proc.kill()
                elif deadline is not None and time.monotonic() > deadline:
                    cut_off = {"limit": "timeout", "message": f"the program did not stop at its timeout ({timeout} s)"}
                    proc.kill()
            time.sleep(pause)
            pause = min(pause * 2, WATCH_INTERVAL)
    finally:
        if handler is not None:
            signal.signal(signal.SIGINT, handler)
    proc.returncode = os.waitstatus_to_exitcode(raw)
    cpu = rusage.ru_utime + rusage.ru_stime
    usage = {"cpu_seconds": round(cpu, 3), "max_rss_kib": rusage.ru_maxrss}
    status = proc.returncode
    if cut_off is None and (status == -signal.SIGXCPU or (status == -signal.SIGKILL and cpu >= limits.cpu_seconds - 1)):
        cut_off = {"limit": "cpu-seconds", "message": f"the program used its {limits.cpu_seconds} s of processor "
                   f"time (--cpu-seconds); it was stopped"}
    elif cut_off is None and status == -signal.SIGKILL:
        cut_off = {"limit": "killed", "message": "the program was killed (SIGKILL: out of memory?)"}
    return cut_off, status, usage


def _size(top: str) -> int:
    total = 0
    for root, dirs, files in os.walk(top):
        for name in files + dirs:
            try:
                total += os.lstat(os.path.join(root, name)).st_blocks * 512
            except OSError:
                pass
    return total


def _listing(top: str) -> list[dict]:
    found = []
    for root, _dirs, files in os.walk(top):
        for name in sorted(files):
            path = os.path.join(root, name)
            try:
                size = os.lstat(path).st_size
            except OSError:
                continue
            found.append({"path": os.path.relpath(path, top), "size": size})
            if len(found) >= 1000:
                return found
    return found


class _Streams:
    """The child's stdin/stdout/stderr: the caller's own descriptors when it has them
    (the command line), else pipes copied to the caller's ``sys`` streams (a library
    caller whose ``sys.stdout`` is not a file)."""

    def __init__(self):
        self.popen = {}
        self.copies = []
        for name in ("stdout", "stderr"):
            stream = getattr(sys, name)
            try:
                stream.flush()
                if stream.fileno() == (1 if name == "stdout" else 2):
                    continue
            except (AttributeError, OSError, ValueError):
                pass
            self.popen[name] = subprocess.PIPE
            self.copies.append(name)
        self.threads = []

    def start(self, proc) -> None:
        for name in self.copies:
            thread = threading.Thread(target=self._copy, args=(getattr(proc, name), getattr(sys, name)), daemon=True)
            thread.start()
            self.threads.append(thread)

    @staticmethod
    def _copy(source, target) -> None:
        with source:
            while True:
                data = source.read1(65536) if hasattr(source, "read1") else source.read(65536)
                if not data:
                    return
                target.write(data.decode("utf-8", "replace"))

    def join(self) -> None:
        for thread in self.threads:
            thread.join()


def _streams() -> _Streams:
    return _Streams()
