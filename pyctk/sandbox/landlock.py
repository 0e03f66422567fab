"""Landlock, the kernel's unprivileged file-system (and TCP) confinement, through its
three system calls.

No maintained Python binding covers what the sandbox needs: PyPI's ``landlock``
(1.0.0.dev5) is an alpha that handles file-system rights only, not the TCP rights of
ABI 4 nor the scopes of ABI 6 (signals and abstract unix sockets outside the sandbox).
The interface is three system calls and two structures (``linux/landlock.h``), made here
with ctypes through libc's ``syscall``. Each right is handled only when the running
kernel's ABI knows it; ``abi_version()`` says which.
"""

from __future__ import annotations

import ctypes
import os

# The numbers are the same on every architecture (system calls added after 5.x share them).
_CREATE_RULESET, _ADD_RULE, _RESTRICT_SELF = 444, 445, 446
_CREATE_RULESET_VERSION = 1 << 0
_RULE_PATH_BENEATH = 1
_PR_SET_NO_NEW_PRIVS = 38

# File-system rights, with the ABI that introduced each.
EXECUTE = 1 << 0
WRITE_FILE = 1 << 1
READ_FILE = 1 << 2
READ_DIR = 1 << 3
REMOVE_DIR = 1 << 4
REMOVE_FILE = 1 << 5
MAKE_CHAR = 1 << 6
MAKE_DIR = 1 << 7
MAKE_REG = 1 << 8
MAKE_SOCK = 1 << 9
MAKE_FIFO = 1 << 10
MAKE_BLOCK = 1 << 11
MAKE_SYM = 1 << 12
REFER = 1 << 13  # ABI 2
TRUNCATE = 1 << 14  # ABI 3
IOCTL_DEV = 1 << 15  # ABI 5
_FS_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 4: (1 << 15) - 1}
_FS_ALL = (1 << 16) - 1  # ABI 5 and later
# Rights a rule on a file (not a directory) may carry.
FILE_RIGHTS = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV

# TCP rights (ABI 4): bind and connect.
NET_BIND_TCP = 1 << 0
NET_CONNECT_TCP = 1 << 1
# Scopes (ABI 6): no connecting to abstract unix sockets, no signals, outside the domain.
SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0
SCOPE_SIGNAL = 1 << 1

READ = READ_FILE | READ_DIR
# Everything in the scratch directory but running files and making device nodes.
SCRATCH = _FS_ALL & ~(EXECUTE | MAKE_CHAR | MAKE_BLOCK | IOCTL_DEV)


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1  # the kernel's struct is packed: 12 bytes
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


_libc = None


def _syscall():
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
        _libc.syscall.restype = ctypes.c_long
        _libc.prctl.restype = ctypes.c_int
    return _libc


def abi_version() -> int:
    """The kernel's Landlock ABI version, 0 when it has none (or it is disabled)."""
    try:
        libc = _syscall()
    except OSError:
        return 0
    result = libc.syscall(_CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(_CREATE_RULESET_VERSION))
    return int(result) if result > 0 else 0


def _check(result, what: str) -> int:
    if result < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"landlock {what}: {os.strerror(err)}")
    return int(result)


def restrict(abi: int, rules: list[tuple[str, int]], deny_tcp: bool = True) -> None:
    """Confine the calling thread and every process it starts from now on: only the
    ``(path, rights)`` rules allow what the handled rights cover (a path that does not
    exist is skipped). Sets no-new-privileges, which Landlock needs without
    CAP_SYS_ADMIN. Call it while the process has only one thread."""
    libc = _syscall()
    fs = _FS_BY_ABI.get(abi, _FS_ALL)
    attr = _RulesetAttr(fs, 0, 0)
    size = 8
    if abi >= 4 and deny_tcp:
        attr.handled_access_net = NET_BIND_TCP | NET_CONNECT_TCP
        size = 16
    if abi >= 6:
        attr.scoped = SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL
        size = 24
    fd = _check(libc.syscall(_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size), ctypes.c_uint32(0)),
                "create_ruleset")
    try:
        for path, rights in rules:
            try:
                target = os.open(path, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                continue
            try:
                allowed = rights & fs
                if not os.path.isdir(path):
                    allowed &= FILE_RIGHTS
                rule = _PathBeneathAttr(allowed, target)
                _check(libc.syscall(_ADD_RULE, fd, _RULE_PATH_BENEATH, ctypes.byref(rule), ctypes.c_uint32(0)),
                       f"add_rule {path}")
            finally:
                os.close(target)
        _check(libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
        _check(libc.syscall(_RESTRICT_SELF, fd, ctypes.c_uint32(0)), "restrict_self")
    finally:
        os.close(fd)
