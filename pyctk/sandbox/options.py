"""``pyctk run``'s sandbox options, and the child's command line made from the parsed
ones. Kept apart from the sandbox itself so that building the parser imports nothing."""

from __future__ import annotations

import argparse
import os

_UNITS = {"": 1 << 20, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


def size(text: str) -> int:
    """``512M``, ``2G``, ``64k``; a bare number is MiB."""
    value = text.strip().lower().removesuffix("b").removesuffix("i")
    unit = value[-1:] if value[-1:] in "kmg" and value[-1:] else ""
    try:
        number = float(value[: len(value) - len(unit)])
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 512M, 2G)") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"a size must be positive (got {text!r})")
    return int(number * _UNITS[unit])


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {value})")
    return value


LIMIT_OPTIONS = ("memory", "cpu_seconds", "open_files", "file_size", "disk", "allow_read", "keep_scratch", "report")


def add_options(run: argparse.ArgumentParser) -> None:
    run.add_argument("--sandbox", dest="sandbox", action="store_const", const="strict",
                     help="run the program in a child process locked down by the kernel (seccomp, Landlock, "
                     "resource limits); refuses to run when the kernel lacks a protection, unless "
                     "--sandbox=best-effort")
    for mode in ("strict", "best-effort"):
        run.add_argument(f"--sandbox={mode}", dest="sandbox", action="store_const", const=mode, help=argparse.SUPPRESS)
    run.add_argument("--memory", type=size, metavar="SIZE", help="sandbox: address space limit (default 1G)")
    run.add_argument("--cpu-seconds", type=_positive, metavar="N", help="sandbox: processor time limit (default 60)")
    run.add_argument("--open-files", type=_positive, metavar="N", help="sandbox: open files limit (default 256)")
    run.add_argument("--file-size", type=size, metavar="SIZE", help="sandbox: largest file written (default 64M)")
    run.add_argument("--disk", type=size, metavar="SIZE", help="sandbox: the scratch directory in all (default 256M)")
    run.add_argument("--allow-read", action="append", default=[], metavar="PATH",
                     help="sandbox: the program may also read PATH (repeatable)")
    run.add_argument("--keep-scratch", action="store_true", help="sandbox: keep the scratch directory (its path is printed)")
    run.add_argument("--report", metavar="FILE.json", help="sandbox: write what the program tried and was refused to FILE.json")


def sandbox_of(args):
    """The Sandbox the parsed options ask for, or None; a sandbox option without
    --sandbox is bad command-line use."""
    from pyctk.errors import UsageError

    given = [name for name in LIMIT_OPTIONS if getattr(args, name, None) not in (None, False, [])]
    if not args.sandbox:
        if given:
            raise UsageError(f"--{given[0].replace('_', '-')} needs --sandbox")
        return None
    if args.trace_file:
        raise UsageError("--trace-file cannot be used with --sandbox (the trace goes to stderr)")
    from pyctk.sandbox import Limits, Sandbox

    chosen = {name: getattr(args, name) for name in ("memory", "cpu_seconds", "open_files", "file_size", "disk")
              if getattr(args, name) is not None}
    return Sandbox(mode=args.sandbox, limits=Limits(**chosen), allow_read=tuple(args.allow_read),
                   keep_scratch=args.keep_scratch, report=args.report)


def stdlib_for_child(file, version, choice) -> tuple[list[str], list[str]]:
    """``--stdlib`` for the child, and what it must be allowed to read. ``auto`` is settled
    here, by the parent: finding the version's library means running its ``pythonX.Y``,
    which the sandbox forbids. A file whose header cannot be read is the child's to report."""
    from pyctk import pyc as pyc_module
    from pyctk.errors import PyctkError
    from pyctk.runtime import ownstdlib
    from pyctk.version import Version

    if choice is None:
        choice = os.environ.get("PYCTK_STDLIB") or ownstdlib.DEFAULT_CHOICE
    if choice == "host":
        return ["--stdlib", "host"], []
    try:
        with open(file, "rb") as f:
            head = f.read(16)
        forced = Version.parse(version) if version else None
        directory = ownstdlib.resolve(choice, pyc_module.read_header(head, file, forced).version)
    except (OSError, ValueError, PyctkError):
        return ["--stdlib", choice], []
    if directory is None:
        return ["--stdlib", "host"], []
    return ["--stdlib", directory], [directory]


def child_argv(args, stdlib=()) -> list[str]:
    """``pyctk run``'s options for the child, without the sandbox's."""
    out = list(stdlib)
    if args.version:
        out += ["--version", args.version]
    if args.opset:
        out += ["--opset", args.opset]
    if args.trace:
        out.append(f"--trace={args.trace}")
    if args.trace_repr != "pyctk":
        out += ["--trace-repr", args.trace_repr]
    if args.max_steps is not None:
        out += ["--max-steps", str(args.max_steps)]
    if args.timeout is not None:
        out += ["--timeout", repr(args.timeout)]
    for p in args.path:
        out += ["--path", p]
    # a file named like an option (``-x.pyc``) is given as ``./-x.pyc``
    return out + [args.file if not args.file.startswith("-") else "./" + args.file, *args.args]


def cmd_run_sandboxed(args, sandbox) -> int:
    from pyctk.sandbox import run_sandboxed

    stdlib, readable = stdlib_for_child(args.file, args.version, args.stdlib)
    return run_sandboxed(args.file, child_argv(args, stdlib), sandbox, inputs=list(args.path) + readable,
                         timeout=args.timeout)
