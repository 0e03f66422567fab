"""The sandbox's resource limits (``setrlimit``), their defaults and how they are named
on the command line."""

from __future__ import annotations

import resource

import attrs

MiB = 1 << 20


@attrs.frozen
class Limits:
    memory: int = 1024 * MiB  # address space (RLIMIT_AS): an allocation past it is a MemoryError
    cpu_seconds: int = 60  # processor time (RLIMIT_CPU): SIGXCPU, then SIGKILL a second later
    open_files: int = 256  # RLIMIT_NOFILE
    file_size: int = 64 * MiB  # one file's size (RLIMIT_FSIZE): a write past it fails with EFBIG
    disk: int = 256 * MiB  # the scratch directory in all, watched by the parent

    def describe(self) -> str:
        return (f"memory {self.memory // MiB} MiB, processor time {self.cpu_seconds} s, {self.open_files} open files, "
                f"files up to {self.file_size // MiB} MiB, scratch directory up to {self.disk // MiB} MiB")


def apply(limits: Limits) -> None:
    """Set the limits on this process (a guest cannot raise a hard limit)."""
    for which, value, hard in (
        (resource.RLIMIT_AS, limits.memory, limits.memory),
        # the hard limit one second later: a guest that ignores SIGXCPU is killed then
        (resource.RLIMIT_CPU, limits.cpu_seconds, limits.cpu_seconds + 1),
        (resource.RLIMIT_NOFILE, limits.open_files, limits.open_files),
        (resource.RLIMIT_FSIZE, limits.file_size, limits.file_size),
        (resource.RLIMIT_CORE, 0, 0),
    ):
        old_soft, old_hard = resource.getrlimit(which)
        if old_hard != resource.RLIM_INFINITY:
            value, hard = min(value, old_hard), min(hard, old_hard)
        resource.setrlimit(which, (value, hard))
