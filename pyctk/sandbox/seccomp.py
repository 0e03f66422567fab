"""The system-call filter (seccomp-bpf through libseccomp, by ``pyseccomp``): what the
guest may not ask the kernel for, whatever code asks (its own, the standard library's,
``ctypes``). Refusals are errors (``SECCOMP_RET_ERRNO``), never a kill, so the guest sees
the ``PermissionError`` (EPERM) its version raises for a refused call.

Default: allow. Refused: creating sockets (every family; AF_UNIX socket pairs, which
asyncio's event loop needs, stay allowed: they reach nothing outside), running programs
(execve, execveat), new processes (fork, vfork, clone without CLONE_THREAD; clone3,
whose flags a filter cannot read, answers ENOSYS so libc falls back to clone), io_uring
(its operations would not pass this filter), and the privileged calls a root user could
make (mount, namespaces, modules, ptrace, bpf, keys, clocks, reboot, ...), and the terminal
ioctls that type into the user's shell (TIOCSTI, TIOCLINUX).
"""

from __future__ import annotations

import errno
import socket
import sys

CLONE_THREAD = 0x00010000
# ioctl requests that push input into a terminal: TIOCSTI, TIOCLINUX
TERMINAL_INJECTION = (0x5412, 0x541C)

# name -> why (for the report and the README)
REFUSED = {
    "socket": "network",
    "execve": "exec",
    "execveat": "exec",
    "fork": "process",
    "vfork": "process",
    "ptrace": "privileged",
    "process_vm_readv": "privileged",
    "process_vm_writev": "privileged",
    "pidfd_getfd": "privileged",
    "kcmp": "privileged",
    "mount": "privileged",
    "umount2": "privileged",
    "pivot_root": "privileged",
    "chroot": "privileged",
    "unshare": "privileged",
    "setns": "privileged",
    "fsopen": "privileged",
    "fsmount": "privileged",
    "fsconfig": "privileged",
    "fspick": "privileged",
    "move_mount": "privileged",
    "open_tree": "privileged",
    "mount_setattr": "privileged",
    "reboot": "privileged",
    "kexec_load": "privileged",
    "kexec_file_load": "privileged",
    "init_module": "privileged",
    "finit_module": "privileged",
    "delete_module": "privileged",
    "swapon": "privileged",
    "swapoff": "privileged",
    "sethostname": "privileged",
    "setdomainname": "privileged",
    "iopl": "privileged",
    "ioperm": "privileged",
    "settimeofday": "privileged",
    "clock_settime": "privileged",
    "clock_adjtime": "privileged",
    "adjtimex": "privileged",
    "bpf": "privileged",
    "perf_event_open": "privileged",
    "add_key": "privileged",
    "request_key": "privileged",
    "keyctl": "privileged",
    "quotactl": "privileged",
    "acct": "privileged",
    "userfaultfd": "privileged",
    "open_by_handle_at": "privileged",
    "name_to_handle_at": "privileged",
    "fanotify_init": "privileged",
    "syslog": "privileged",
    "vhangup": "privileged",
}
# Refused with ENOSYS: callers fall back to what the filter can judge.
UNAVAILABLE = {"clone3": "process", "io_uring_setup": "io_uring", "io_uring_enter": "io_uring",
               "io_uring_register": "io_uring"}


def available() -> str | None:
    """None when a filter can be loaded here, else why not."""
    # Not by importing pyseccomp, which runs ldconfig to find libseccomp: the parent only
    # checks, the sandboxed child imports it.
    import ctypes
    import importlib.util

    if "pyseccomp" not in sys.modules and importlib.util.find_spec("pyseccomp") is None:
        return "no seccomp filter: pyseccomp is not installed (pip install 'pyctk[sandbox]')"
    try:
        if "pyseccomp" in sys.modules:
            import pyseccomp  # noqa: F401  (a stand-in that failed to load says so here)
        else:
            ctypes.CDLL("libseccomp.so.2")
    except (ImportError, RuntimeError, OSError) as e:  # pyseccomp raises RuntimeError without libseccomp
        return f"no seccomp filter: libseccomp is missing ({e}); install libseccomp2"
    try:
        with open("/proc/sys/kernel/seccomp/actions_avail", encoding="ascii") as f:
            actions = f.read().split()
    except OSError:
        return "no seccomp filter: the kernel has no seccomp (/proc/sys/kernel/seccomp is missing)"
    if "errno" not in actions:
        return "no seccomp filter: the kernel's seccomp cannot return errors"
    return None


def load() -> None:
    """Load the filter into the calling thread (and what it starts). Call it while the
    process has one thread, after no-new-privileges is set (Landlock sets it)."""
    import pyseccomp as sc

    f = sc.SyscallFilter(defaction=sc.ALLOW)
    eperm = sc.ERRNO(errno.EPERM)
    for names, action in ((REFUSED, eperm), (UNAVAILABLE, sc.ERRNO(errno.ENOSYS))):
        for name in names:
            try:
                f.add_rule(action, name)
            except (ValueError, RuntimeError, OSError):  # a call this architecture lacks
                pass
    f.add_rule(eperm, "clone", sc.Arg(0, sc.MASKED_EQ, CLONE_THREAD, 0))
    f.add_rule(eperm, "socketpair", sc.Arg(0, sc.NE, socket.AF_UNIX))
    for request in TERMINAL_INJECTION:  # typing into the user's terminal (when stdin is one)
        f.add_rule(eperm, "ioctl", sc.Arg(1, sc.EQ, request))
    f.load()
