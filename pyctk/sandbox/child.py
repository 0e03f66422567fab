"""The sandboxed process: locks itself down, then runs ``pyctk run`` for the guest.

Started by ``pyctk.sandbox.run_sandboxed`` as ``python -c BOOT CONFIG``; nothing of the
guest's (not even its file's header) is read before the limits, Landlock and the seccomp
filter are in force. The order matters: resource limits, then Landlock (which sets
no-new-privileges), then the filter, then the audit hook that reports refusals; all
while the process has one thread, since each applies to the calling thread and what it
starts afterwards.
"""

from __future__ import annotations

import ctypes
import sys

BOOT = ("import sys, json; config = json.loads(sys.argv[1]); sys.path[:] = config['sys_path']; "
        "from pyctk.sandbox.child import main; main(config)")


def lock_down(config: dict):
    """Apply every mechanism the config names; return the observer (not yet installed)."""
    from pyctk.sandbox import landlock, limits, observe, policy, seccomp

    scratch = config["scratch"]
    reads = policy.read_roots(config["inputs"], config["allow_read"])
    writes = [scratch, *policy.SYSTEM_WRITE]
    use = set(config["use"])
    if "seccomp" in use:
        _import_pyseccomp()
    limits.apply(limits.Limits(**config["limits"]))
    if "landlock" in use:
        rules = [(path, landlock.READ) for path in reads]
        rules += [(scratch, landlock.SCRATCH), ("/dev/null", landlock.WRITE_FILE | landlock.READ_FILE)]
        landlock.restrict(config["abi"], rules)
    else:
        ctypes.CDLL(None).prctl(38, 1, 0, 0, 0)  # no-new-privileges, which seccomp needs
    if "seccomp" in use:
        seccomp.load()
    return observe.Observer(config["report_fd"], reads, writes)


def _import_pyseccomp() -> None:
    """pyseccomp finds its libraries with ``ctypes.util.find_library``, which runs
    ``ldconfig -p`` (a process: 40 ms, and it must happen before exec is refused); the
    sonames are fixed, so it is given them."""
    import ctypes.util

    find = ctypes.util.find_library
    known = {"seccomp": "libseccomp.so.2", "c": "libc.so.6"}
    ctypes.util.find_library = lambda name: known.get(name) or find(name)
    try:
        import pyseccomp  # noqa: F401
    finally:
        ctypes.util.find_library = find


def main(config: dict) -> None:
    # What the run needs, imported while every file can still be read (faster, too).
    from pyctk import cli, runner  # noqa: F401
    from pyctk.runtime import vm  # noqa: F401

    try:
        observer = lock_down(config)
    except Exception as e:  # the guest must not run half confined
        print(f"pyctk: sandbox: cannot lock the process down: {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(10)
    if config.get("observe"):
        # Only for a report: the hook runs on every audit event, and reading a function's
        # __code__ (once per guest call) is one.
        observer.install()
    status = cli.main(config["argv"])
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    runner.die_by_signal(status)
    sys.exit(status)
