"""The command line: ``pyctk run | dis | info``. Exit statuses are listed in README.md."""

from __future__ import annotations

import argparse
import sys

from pyctk.errors import PyctkError, UsageError


def _add_version_option(parser):
    parser.add_argument(
        "--version",
        dest="version",
        metavar="X.Y",
        help="the CPython version the file must be (checked against its magic number; "
        "chooses the opcode set when the magic number is unknown)",
    )
    parser.add_argument(
        "--opset",
        metavar="NAME",
        help="a registered opcode set, or module:ATTRIBUTE naming one (for remapped builds)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pyctk", description="Load, inspect and run CPython .pyc files.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    run = commands.add_parser("run", help="run a .pyc in the pyctk virtual machine")
    _add_version_option(run)
    run.add_argument("file", help="the .pyc file")
    run.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the program")
    return parser


def _opset(args, pyc):
    from pyctk import versions

    if args.opset:
        return versions.lookup(args.opset)
    return versions.opset_for(pyc.version)


def cmd_run(args) -> int:
    from pyctk import pyc as pyc_module
    from pyctk.runner import run

    opset = None
    if args.opset:
        from pyctk import versions

        opset = versions.lookup(args.opset)
    pyc = pyc_module.load(args.file, args.version or (str(opset.version) if opset else None))
    return run(pyc, args.args, opset=opset or _opset(args, pyc))


COMMANDS = {"run": cmd_run}


class _Parser(argparse.ArgumentParser):
    pass


def main(argv=None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else UsageError.exit_status
    try:
        return COMMANDS[args.command](args)
    except PyctkError as e:
        sys.stdout.flush()
        print(f"pyctk: {e}", file=sys.stderr)
        return e.exit_status
    except KeyboardInterrupt:
        return 130
