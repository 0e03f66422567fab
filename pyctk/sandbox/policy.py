"""What the sandboxed process may read and write, and which of the kernel's mechanisms
give it here."""

from __future__ import annotations

import os
import sys

from pyctk.sandbox import landlock, seccomp

# Always readable: the shared libraries that the host's C modules load when the guest
# first imports them, time zones, and harmless devices. Never the user's files.
SYSTEM_READ = ("/usr/lib", "/lib", "/lib64", "/usr/lib64", "/usr/share/zoneinfo", "/etc/localtime",
               "/dev/null", "/dev/zero", "/dev/urandom", "/dev/random", "/proc/self")
SYSTEM_WRITE = ("/dev/null",)

# The protections, by the mechanism that gives each (README's table).
PROTECTIONS = {
    "seccomp": "no sockets, no running programs, no new processes, no privileged system calls (seccomp)",
    "landlock": "file writes only in the scratch directory, reads only of the allowed places (Landlock)",
    "landlock-truncate": "no truncating files outside the scratch directory (Landlock ABI 3)",
    "landlock-scope": "no signals to processes outside the sandbox (Landlock ABI 6)",
}


def missing_protections(abi: int | None = None) -> dict[str, str]:
    """Protection key -> why it is missing here (empty: everything is there)."""
    missing = {}
    why = seccomp.available()
    if why is not None:
        missing["seccomp"] = why
    if abi is None:
        abi = landlock.abi_version()
    if abi < 1:
        missing["landlock"] = "the kernel has no Landlock (or it is not enabled: lsm= on the kernel command line)"
    else:
        if abi < 3:
            missing["landlock-truncate"] = f"the kernel's Landlock is ABI {abi}; truncating files needs ABI 3"
        if abi < 6:
            missing["landlock-scope"] = f"the kernel's Landlock is ABI {abi}; confining signals needs ABI 6"
    return missing


def python_roots() -> list[str]:
    """The Python installation(s) and pyctk's own package and dependencies."""
    import pyctk

    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
             os.path.dirname(os.path.abspath(pyctk.__file__))}
    if sys.pycache_prefix:  # PYTHONPYCACHEPREFIX: where the bytecode of what is imported later is
        roots.add(sys.pycache_prefix)
    for name in ("xdis", "attr", "attrs", "typing_extensions", "pyseccomp"):
        module = sys.modules.get(name)
        where = getattr(module, "__file__", None)
        if where:
            roots.add(os.path.dirname(os.path.abspath(where)) if name != "typing_extensions" and name != "pyseccomp"
                      else os.path.abspath(where))
    return sorted(roots)


def read_roots(inputs: list[str], allow_read: list[str]) -> list[str]:
    roots = set(python_roots()) | set(SYSTEM_READ)
    roots |= {os.path.abspath(p) for p in list(inputs) + list(allow_read)}
    return sorted({os.path.realpath(p) for p in roots if os.path.exists(p)} | roots)
