"""What the guest tried that the sandbox refuses, seen where it asks: an audit hook
(PEP 578) in the sandboxed process notes each call at the host's boundary (``open``,
``socket``, ``subprocess``, ``os.system``, ``os.fork``, ``ctypes`` calls, ...) that the
policy refuses, with the guest's file, line and function, and writes it as one JSON line
to the parent's report pipe. The kernel's refusal (Landlock, seccomp) is the guarantee;
this is the account of it. It runs only in the sandbox's own child process.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading

# One line of the pipe is written at once (PIPE_BUF); a call's text is cut to fit.
_MAX_TEXT = 300
MAX_RECORDS = 1000
# libc functions that reach what the filter refuses, when the guest takes them by ctypes
WATCHED_C_FUNCTIONS = {"syscall", "socket", "connect", "fork", "vfork", "execve", "execv", "execvp", "system",
                       "posix_spawn", "ptrace", "mount", "unshare", "clone"}


def _text(value) -> str:
    if isinstance(value, bytes):
        value = os.fsdecode(value)
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= _MAX_TEXT else text[:_MAX_TEXT] + "..."


def _under(path: str, roots: tuple[str, ...]) -> bool:
    return any(path == root or path.startswith(root.rstrip("/") + "/") for root in roots)


class Observer:
    def __init__(self, fd: int, read_roots, write_roots):
        self.fd = fd
        self.read_roots = tuple(read_roots)
        self.write_roots = tuple(write_roots)
        self.count = 0
        self.lock = threading.Lock()
        self.inside = threading.local()
        self.handlers = {
            "open": self._open,
            "socket.__new__": self._socket,
            "os.system": lambda args: self.record("exec", "os.system", f"os.system({_text(args[0])})", "seccomp"),
            "subprocess.Popen": lambda args: self.record(
                "exec", "subprocess.Popen", f"subprocess.Popen({_text(args[1])})", "seccomp"),
            "os.exec": lambda args: self.record("exec", "os.exec", f"os.exec*({_text(args[0])})", "seccomp"),
            "os.posix_spawn": lambda args: self.record(
                "exec", "os.posix_spawn", f"os.posix_spawn({_text(args[0])})", "seccomp"),
            "os.fork": lambda args: self.record("process", "os.fork", "os.fork()", "seccomp"),
            "os.forkpty": lambda args: self.record("process", "os.forkpty", "os.forkpty()", "seccomp"),
            "os.kill": self._kill,
            "os.killpg": self._kill,
            "ctypes.dlsym": self._ctypes_lookup,
        }
        for event in ("os.mkdir", "os.remove", "os.rmdir", "os.chmod", "os.chown", "os.utime", "os.truncate",
                      "os.symlink", "os.link", "os.rename", "shutil.rmtree"):
            self.handlers[event] = self._writer(event)
        for event in ("os.listdir", "os.scandir"):
            self.handlers[event] = self._reader(event)

    # -- the hook ----------------------------------------------------------------------

    def install(self) -> None:
        handlers = self.handlers

        def hook(event, args):
            handler = handlers.get(event)
            if handler is not None:
                handler(args)

        sys.addaudithook(hook)

    def record(self, kind: str, call: str, text: str, refused_by: str, path: str | None = None) -> None:
        if getattr(self.inside, "busy", False):
            return
        self.inside.busy = True
        try:
            where = _guest_site()
            if where is None:  # pyctk's own work, before or after the guest's code
                return
            with self.lock:
                self.count += 1
                if self.count > MAX_RECORDS:
                    return
            entry = {"kind": kind, "call": call, "detail": text, "refused_by": refused_by, **where}
            if path is not None:
                entry["path"] = _text(path)
            line = json.dumps(entry, ensure_ascii=True) + "\n"
            if len(line) > 4000:
                entry["detail"] = entry["detail"][:100]
                line = json.dumps(entry, ensure_ascii=True) + "\n"
            try:
                os.write(self.fd, line.encode("ascii"))
            except OSError:
                pass
        finally:
            self.inside.busy = False

    # -- the policy, as the kernel will apply it ----------------------------------------

    def _full(self, path):
        if isinstance(path, int) or path is None:
            return None
        try:
            return os.path.realpath(os.fsdecode(path))
        except (TypeError, ValueError, OSError):
            return None

    def _open(self, args):
        path, mode, flags = (tuple(args) + (None, None, None))[:3]
        full = self._full(path)
        if full is None:
            return
        if isinstance(mode, str):
            writing = any(c in mode for c in "wax+")
        else:
            writing = bool((flags or 0) & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND))
        if writing and not _under(full, self.write_roots):
            self.record("write", "open", f"open({_text(path)!r}, {_text(mode if mode is not None else flags)})",
                        "landlock", full)
        elif not writing and not _under(full, self.read_roots) and not _under(full, self.write_roots):
            self.record("read", "open", f"open({_text(path)!r})", "landlock", full)

    def _writer(self, event):
        def check(args):
            for path in args[:2] if event in ("os.rename", "os.link", "os.symlink") else args[:1]:
                full = self._full(path)
                if full is not None and not _under(full, self.write_roots):
                    self.record("write", event, f"{event}({_text(path)!r})", "landlock", full)
                    return
        return check

    def _reader(self, event):
        def check(args):
            full = self._full(args[0] if args else None)
            if full is not None and not _under(full, self.read_roots) and not _under(full, self.write_roots):
                self.record("read", event, f"{event}({_text(args[0])!r})", "landlock", full)
        return check

    def _socket(self, args):
        caller = sys._getframe(2)  # socket.socket.__init__ when the guest used the socket module
        if caller.f_code.co_name == "__init__" and caller.f_locals.get("fileno") is not None:
            return  # wrapping a descriptor (socketpair, fromfd): no socket is made
        family = args[1]
        try:
            name = socket.AddressFamily(family).name
        except ValueError:
            name = str(family)
        self.record("network", "socket.socket", f"socket.socket({name})", "seccomp")

    def _kill(self, args):
        pid = args[0]
        if pid not in (0, os.getpid()):
            self.record("signal", "os.kill", f"os.kill({pid}, {args[1]})", "landlock")

    def _ctypes_lookup(self, args):
        # ctypes raises no event per foreign call, only when a function is looked up:
        # taking libc's door to the kernel is what is noted; the filter judges each call.
        name = _text(args[1]) if len(args) > 1 else ""
        if name in WATCHED_C_FUNCTIONS:
            self.record("syscall", "ctypes", f"ctypes: libc's {name}() (the seccomp filter refuses what it denies)",
                        "seccomp")


def _of_own_library(frame) -> bool:
    """A guest frame of the version's own standard library (``--stdlib``): run in the VM,
    it is library code all the same, as the host's library frames are."""
    inner = getattr(frame, "_frame", None)
    world = getattr(getattr(inner, "vm", None), "world", None)
    own = getattr(world, "own_stdlib", None)
    filename = getattr(getattr(frame, "f_code", None), "co_filename", None)
    return own is not None and isinstance(filename, str) and filename.startswith(own + os.sep)


def _guest_site() -> dict | None:
    """The guest's innermost frame (file, line, function) on this thread, with the
    library frame nearest it when the call came through the standard library."""
    from pyctk.runtime import frames

    try:
        frame = frames._visible(sys._getframe(1))
    except Exception:
        return None
    library = None
    while isinstance(frame, frames.HostFrameView) or _of_own_library(frame):
        if library is None:
            library = frame
        frame = frame.f_back
    if frame is None:
        return None
    site = {"file": frame.f_code.co_filename, "line": frame.f_lineno, "function": frame.f_code.co_name}
    if library is not None:
        site["via"] = f"{library.f_code.co_filename}:{library.f_lineno}"
    return site
