"""The command line: ``pyctk run | dis | info``. Exit statuses are listed in README.md."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys

from pyctk.errors import BadBytecodeError, PyctkError, UsageError, VersionMismatchError
from pyctk.version import Version


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
    from pyctk import __version__

    parser.add_argument("--version", action="version", version=f"pyctk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    run = commands.add_parser("run", help="run a .pyc in the pyctk virtual machine")
    _add_version_option(run)
    run.add_argument(
        "--trace",
        action="store_const",
        const="all",
        help="print each instruction run, with the value stack after it, indented by call depth "
        "(to stderr unless --trace-file is given); --trace=calls: only calls, returns and exceptions",
    )
    run.add_argument("--trace=calls", dest="trace", action="store_const", const="calls", help=argparse.SUPPRESS)
    run.add_argument("--trace-file", metavar="PATH", help="write the trace to PATH (implies --trace)")
    run.add_argument("--max-steps", type=int, metavar="N", help="stop the run after N instructions")
    run.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="stop the run after SECONDS of wall-clock time (also interrupts a guest blocked in host code)",
    )
    run.add_argument("file", help="the .pyc file")
    run.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the program")

    info = commands.add_parser("info", help="show a .pyc's header and a summary of its code objects")
    _add_version_option(info)
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.add_argument("file", help="the .pyc file (with --json: or a directory, one line per .pyc under it)")

    dis = commands.add_parser("dis", help="disassemble a .pyc in the style of its version's dis")
    _add_version_option(dis)
    dis.add_argument(
        "--json", action="store_true", help="machine-readable output: every code object's fields and instructions"
    )
    dis.add_argument("file", help="the .pyc file")
    _add_serve_command(commands)
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
    if args.max_steps is not None and args.max_steps < 0:
        raise UsageError("--max-steps must be a positive number")
    limits = {"max_steps": args.max_steps, "timeout": args.timeout}
    if not (args.trace or args.trace_file):
        return run(pyc, args.args, opset=opset or _opset(args, pyc), **limits)
    from pyctk.trace import TextTracer

    try:
        out = open(args.trace_file, "w", encoding="utf-8") if args.trace_file else sys.stderr
    except OSError as e:
        raise UsageError(f"cannot write the trace to {args.trace_file}: {e.strerror}") from None
    try:
        tracer = TextTracer(out, calls_only=args.trace == "calls")
        return run(pyc, args.args, opset=opset or _opset(args, pyc), tracer=tracer, **limits)
    finally:
        if out is not sys.stderr:
            out.close()


def _load_for_listing(args):
    """(PycFile, OpcodeSet or None) for ``info`` and ``dis``: ``--opset`` picks the set
    that decodes (a remapped numbering), ``--version`` checks or forces the version."""
    from pyctk import pyc as pyc_module

    opset = None
    if args.opset:
        from pyctk import versions

        opset = versions.lookup(args.opset)
    if opset is not None and args.version is None:
        try:
            return pyc_module.load(args.file, opset.version), opset
        except VersionMismatchError as e:
            raise VersionMismatchError(str(e).replace("as --version says", f"as --opset {args.opset} says")) from None
    return pyc_module.load(args.file, args.version), opset


def _in_file(pyc, error: BadBytecodeError) -> BadBytecodeError:
    """The error with the file's name in front, as the loader's errors have it."""
    return BadBytecodeError(f"{os.path.basename(pyc.path)}: {error}")


def _header_json(pyc) -> dict:
    h = pyc.header
    return {
        "file": pyc.path,
        "version": str(h.version),
        "magic": h.magic,
        "header_size": h.header_size,
        "flags": h.flags if h.header_size >= 16 else None,
        "invalidation": _invalidation(h),
        "mtime": h.mtime,
        "mtime_iso": _iso(h.mtime),
        "source_size": h.source_size,
        "source_hash": h.source_hash.hex() if h.source_hash is not None else None,
    }


def _invalidation(h) -> str:
    """How the importer decides the pyc is stale (PEP 552)."""
    if not h.hash_based:
        return "timestamp"
    return "checked-hash" if h.check_source else "unchecked-hash"


_INVALIDATION_TEXT = {
    "timestamp": "timestamp-based (stale when the source's mtime or size differs)",
    "checked-hash": "hash-based, checked (the source's SipHash is compared on import)",
    "unchecked-hash": "hash-based, unchecked (used as is, the source is not checked)",
}


def _iso(mtime) -> str | None:
    if mtime is None:
        return None
    return datetime.datetime.fromtimestamp(mtime, tz=datetime.timezone.utc).isoformat()


def _code_summary(pyc, opset) -> tuple[list[dict], BadBytecodeError | None]:
    """One entry per code object (depth first), with the first decoding error met."""
    from pyctk.disassemble import flag_names, instructions

    entries = []
    error = None

    def visit(code, depth):
        nonlocal error
        try:
            count = len(instructions(code, opset))
        except BadBytecodeError as e:
            count = None
            error = error or e
        entries.append(
            {
                "qualname": code.co_qualname,
                "name": code.co_name,
                "depth": depth,
                "firstlineno": code.co_firstlineno,
                "argcount": code.co_argcount,
                "posonlyargcount": code.co_posonlyargcount,
                "kwonlyargcount": code.co_kwonlyargcount,
                "flags": code.co_flags,
                "flag_names": flag_names(code.co_flags, code.version),
                "instructions": count,
                "nested": len(code.nested_code),
            }
        )
        for child in code.nested_code:
            visit(child, depth + 1)

    visit(pyc.code, 0)
    return entries, error


def cmd_info(args) -> int:
    if args.json and os.path.isdir(args.file):
        from pyctk.batch import info_tree

        return info_tree(args.file, args.version)
    pyc, opset = _load_for_listing(args)
    header = _header_json(pyc)
    tree, error = _code_summary(pyc, opset)
    if args.json:
        header["code_objects"] = tree
        _write(json.dumps(header, indent=1, ensure_ascii=False) + "\n")
    else:
        _write(_info_text(pyc, header, tree))
    if error is not None:
        raise _in_file(pyc, error)
    return 0


def _info_text(pyc, header: dict, tree: list[dict]) -> str:
    h = pyc.header
    out = [
        f"file:         {pyc.path}",
        f"version:      CPython {h.version}",
        f"magic:        {h.magic} (bytes {h.magic.to_bytes(2, 'little').hex(' ')} 0d 0a)",
    ]
    if h.header_size >= 16:
        out.append(f"flags:        {h.flags:#010x}: {_INVALIDATION_TEXT[header['invalidation']]}")
    else:
        out.append(f"flags:        none before 3.7: {_INVALIDATION_TEXT['timestamp']}")
    if h.source_hash is not None:
        out.append(f"source hash:  {h.source_hash.hex()}")
    if h.mtime is not None:
        out.append(f"mtime:        {header['mtime_iso']} ({h.mtime})")
    if h.source_size is not None:
        out.append(f"source size:  {h.source_size} bytes")
    out.append(f"header size:  {h.header_size} bytes")
    out.append(f"code objects: {len(tree)}")
    for e in tree:
        indent = "  " * (e["depth"] + 1)
        count = "? (bad bytecode)" if e["instructions"] is None else e["instructions"]
        flags = ", ".join(e["flag_names"]) or "none"
        out.append(
            f"{indent}{e['qualname']}  line {e['firstlineno']}; args {e['argcount']} "
            f"(positional-only {e['posonlyargcount']}, keyword-only {e['kwonlyargcount']}); "
            f"flags {e['flags']:#x} {flags}; {count} instructions; {e['nested']} nested"
        )
    return "\n".join(out) + "\n"


def cmd_dis(args) -> int:
    from pyctk.disassemble import disassemble, disassemble_json

    pyc, opset = _load_for_listing(args)
    try:
        if args.json:
            data = disassemble_json(pyc, opset=opset)
            data.update({k: v for k, v in _header_json(pyc).items() if k not in data})
            text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        else:
            text = disassemble(pyc, opset=opset)
    except BadBytecodeError as e:
        raise _in_file(pyc, e) from None
    _write(text)
    return 0


def _write(text: str) -> None:
    """Write to stdout; names and constants from a guest file may hold lone surrogates
    or characters the terminal cannot show: escape them rather than fail."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode(stream.encoding or "utf-8", "backslashreplace"))
    buffer.flush()


COMMANDS = {"run": cmd_run, "info": cmd_info, "dis": cmd_dis}


class _Parser(argparse.ArgumentParser):
    pass


def main(argv=None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else UsageError.exit_status
    if getattr(args, "version", None) is not None:
        try:
            Version.parse(args.version)
        except ValueError as e:
            print(f"pyctk: --version: {e}", file=sys.stderr)
            return UsageError.exit_status
    try:
        return COMMANDS[args.command](args)
    except PyctkError as e:
        _flush_quietly()
        print(f"pyctk: {one_line(str(e))}", file=sys.stderr)
        return e.exit_status
    except BrokenPipeError:  # `pyctk dis x.pyc | head`
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130


def one_line(message: str) -> str:
    """The message with what would break its line (a name from a damaged file can hold
    ``\r`` or ``\x1c``) written as escapes."""
    if len(message.splitlines()) <= 1 and message.isprintable():
        return message
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


def _flush_quietly() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# -- pyctk serve: the teaching web page (pyctk/web/, needs the `web` extra) -----------------


def _add_serve_command(commands) -> None:
    serve = commands.add_parser("serve", help="a local web page to open, disassemble, run and step through .pyc files")
    serve.add_argument("--port", type=int, default=8765, help="the port to listen on (default 8765; 0: any free one)")
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--max-steps", type=int, default=2_000_000, metavar="N",
                       help="end each run after N instructions (default 2000000)")


def cmd_serve(args) -> int:
    if args.max_steps < 1:
        raise UsageError("--max-steps must be a positive number")
    try:
        from pyctk.web.server import serve
    except ImportError as e:
        raise UsageError(f"serve needs the web extra: pip install 'pyctk[web]' ({e})") from None
    return serve(args.host, args.port, max_steps=args.max_steps)


COMMANDS["serve"] = cmd_serve
