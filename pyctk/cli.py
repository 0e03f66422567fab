"""The command line: ``pyctk run | dis | info``. Exit statuses are listed in README.md."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys

from pyctk.errors import (
    BadBytecodeError,
    BadPycError,
    FileAccessError,
    PyctkError,
    UsageError,
    VersionMismatchError,
)
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

    parser.add_argument("--version", action="version", version=f"pyctk {__version__}",
                        help="show pyctk's version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    run = commands.add_parser("run", help="run a .pyc in the pyctk virtual machine")
    _add_version_option(run)
    run.add_argument(
        "--trace",
        action="store_const",
        const="all",
        help="print each instruction run, with the value stack after it, indented by call depth "
        "(to stderr unless --trace-file is given); --trace=calls: only calls, returns and exceptions; "
        "--trace=exceptions: only exceptions, where they pass and the frames they end",
    )
    for view in TRACE_VIEWS:
        run.add_argument(f"--trace={view}", dest="trace", action="store_const", const=view, help=argparse.SUPPRESS)
    run.add_argument("--trace-file", metavar="PATH", help="write the trace to PATH (implies --trace)")
    run.add_argument(
        "--trace-repr",
        choices=("pyctk", "guest"),
        default="pyctk",
        help="how the trace shows values: pyctk (default) makes the text itself and runs none of the "
        "program's code; guest calls the program's own __repr__, which can change what the program does",
    )
    run.add_argument("--max-steps", type=int, metavar="N", help="stop the run after N instructions (N >= 1)")
    run.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="stop the run after SECONDS of wall-clock time (also interrupts a guest blocked in host code)",
    )
    run.add_argument(
        "--path",
        action="append",
        default=[],
        metavar="DIR",
        help="also find the program's modules in DIR (a directory or a zip archive), after the file's own "
        "directory; repeatable (PYCTK_PATH adds more after these)",
    )
    run.add_argument(
        "--stdlib",
        metavar="DIR|auto|host",
        help="the program's standard library: auto (its version's own when pythonX.Y is installed, else the "
        "host's; the default), host (the host's, run for the program) or DIR, a lib/pythonX.Y directory or zip "
        "of its version (PYCTK_STDLIB gives the default)",
    )
    from pyctk.sandbox.options import add_options

    add_options(run)
    run.add_argument("file", help="the .pyc file")
    run.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the program")

    info = commands.add_parser("info", help="show a .pyc's header and a summary of its code objects")
    _add_version_option(info)
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.add_argument("file", help="the .pyc file, or a directory: one line per .pyc under it (JSON with --json)")

    dis = commands.add_parser("dis", help="disassemble a .pyc: exactly what its version's dis.dis(code) prints")
    _add_version_option(dis)
    dis.add_argument(
        "--json", action="store_true", help="machine-readable output: every code object's fields and instructions"
    )
    dis.add_argument(
        "--show",
        action="append",
        metavar="WHAT",
        help="pyctk's own listing instead (every code object under a header, every jump as (to OFFSET)), "
        "adding for 3.11+ code a comma-separated choice of: positions (line:column-end_line:end_column), "
        "caches (the inline CACHE entries), exception-table (with instruction indexes); --show=none: nothing added",
    )
    dis.add_argument("file", help="the .pyc file")
    _add_serve_command(commands)
    return parser


TRACE_VIEWS = ("all", "calls", "exceptions")


def _lookup_opset(name: str):
    """The opcode set ``--opset NAME`` names; a name that names none is bad command-line
    use (status 2), like any other bad option value."""
    from pyctk import versions
    from pyctk.errors import UnsupportedVersionError

    try:
        return versions.lookup(name)
    except UnsupportedVersionError as e:
        raise UsageError(f"--opset {name}: {e}") from None


def _opset(args, pyc):
    from pyctk import versions

    if args.opset:
        return _lookup_opset(args.opset)
    return versions.opset_for(pyc.version)


def cmd_run(args) -> int:
    from pyctk import pyc as pyc_module
    from pyctk.runner import run

    if args.max_steps is not None and args.max_steps < 1:
        raise UsageError(f"--max-steps must be at least 1 (got {args.max_steps}); leave it out for no limit")
    from pyctk.sandbox.options import cmd_run_sandboxed, sandbox_of

    sandbox = sandbox_of(args)
    if sandbox is not None:
        return cmd_run_sandboxed(args, sandbox)
    opset = _lookup_opset(args.opset) if args.opset else None
    pyc = pyc_module.load(args.file, args.version or (str(opset.version) if opset else None))
    limits = {"max_steps": args.max_steps, "timeout": args.timeout, "path": args.path, "stdlib": args.stdlib}
    if not (args.trace or args.trace_file):
        return run(pyc, args.args, opset=opset or _opset(args, pyc), **limits)
    from pyctk.trace import TextTracer

    try:
        out = open(args.trace_file, "w", encoding="utf-8") if args.trace_file else sys.stderr
    except OSError as e:
        raise UsageError(f"cannot write the trace to {args.trace_file}: {e.strerror}") from None
    try:
        tracer = TextTracer(out, view=args.trace or "all", guest_repr=args.trace_repr == "guest")
        return run(pyc, args.args, opset=opset or _opset(args, pyc), tracer=tracer, **limits)
    finally:
        if out is not sys.stderr:
            out.close()


def _load_for_listing(args):
    """(PycFile, OpcodeSet or None) for ``info`` and ``dis``: ``--opset`` picks the set
    that decodes (a remapped numbering), ``--version`` checks or forces the version."""
    from pyctk import pyc as pyc_module

    opset = _lookup_opset(args.opset) if args.opset else None
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
    if os.path.isdir(args.file):
        return _info_directory(args)
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


class _LineCounter:
    """Passes JSON lines on to stdout, counting those that report an error."""

    def __init__(self, summary: list | None = None):
        self.files = self.failed = 0
        self.summary = summary  # without --json: (file, line) pairs, written at the end

    def write(self, text: str) -> None:
        line = json.loads(text)
        self.files += 1
        self.failed += "error" in line
        if self.summary is None:
            _write(text)
        else:
            self.summary.append(line)


def _info_directory(args) -> int:
    """``info DIR``: every .pyc under DIR, one JSON line each with ``--json``, else one
    summary line each; a count of the files that failed on stderr, and status 4 (a file
    that is not a readable .pyc) when any did."""
    from pyctk.batch import info_tree

    lines: list = []
    counter = _LineCounter(None if args.json else lines)
    info_tree(args.file, args.version, out=counter)
    if not args.json:
        out = []
        for line in lines:
            if "error" in line:
                out.append(f"{line['file']}: error: {one_line(line['error'])}")
            else:
                count = line["code_objects"]
                out.append(f"{line['file']}: CPython {line['version']}, {line['source']}, "
                           f"{count} code object{'s' if count != 1 else ''}, {line['invalidation']}")
        _write("".join(text + "\n" for text in out))
    _flush_quietly()
    if counter.files == 0:
        raise FileAccessError(f"{args.file}: is a directory with no .pyc files under it")
    if counter.failed:
        print(f"pyctk: {counter.failed} of {counter.files} files could not be read as .pyc files", file=sys.stderr)
        return BadPycError.exit_status
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


def _show_options(values) -> list[str] | None:
    from pyctk.disassemble import SHOW

    if values is None:
        return None
    chosen = [w.strip() for value in values for w in value.split(",") if w.strip() and w.strip() != "none"]
    unknown = [w for w in chosen if w not in SHOW]
    if unknown:
        raise UsageError(f"--show {unknown[0]}: nothing of that name to show (one of {', '.join(SHOW)}, none)")
    return chosen


def cmd_dis(args) -> int:
    from pyctk.disassemble import dis_text, disassemble, disassemble_json
    from pyctk.errors import UnsupportedVersionError

    show = _show_options(args.show)
    pyc, opset = _load_for_listing(args)
    try:
        if show is not None and not args.json:
            try:
                text = disassemble(pyc, opset=opset, show=show)
            except UnsupportedVersionError as e:  # positions or caches asked of 2.7-3.10 code
                raise UsageError(f"--show: {e}") from None
        elif args.json:
            data = disassemble_json(pyc, opset=opset)
            data.update({k: v for k, v in _header_json(pyc).items() if k not in data})
            text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        else:
            text = dis_text(pyc, opset=opset)
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


def main(argv=None) -> int:
    parser = build_parser()
    try:
        argv = _trace_views(parser, sys.argv[1:] if argv is None else list(argv))
        args = parser.parse_args(argv)
    except UsageError as e:
        print(f"pyctk: {e}", file=sys.stderr)
        return e.exit_status
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else UsageError.exit_status
    if getattr(args, "version", None) is not None:
        try:
            args.version = str(_parse_version(args.version))
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


def _parse_version(text: str) -> Version:
    """``X.Y``, or a full ``X.Y.Z`` release (``3.8.18``: its micro version does not
    change the bytecode, so it means 3.8)."""
    parts = str(text).strip().split(".")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        text = ".".join(parts[:2])
    return Version.parse(text)


def _trace_views(parser, argv: list[str]) -> list[str]:
    """``run --trace VIEW`` (a space) as ``--trace=VIEW``; ``--trace=NOSUCH`` a clear
    error. Only ``run``'s own options are looked at: after its FILE come the program's
    arguments, which may be anything."""
    if "run" not in argv:
        return argv
    start = argv.index("run") + 1
    takes_value = set()
    for action in _subparser(parser, "run")._actions:
        if action.option_strings and action.nargs != 0:
            takes_value.update(action.option_strings)
    out = argv[:start]
    i = start
    while i < len(argv):
        token = argv[i]
        if token == "--" or not token.startswith("-"):
            break
        if token == "--trace" and i + 1 < len(argv) and argv[i + 1] in TRACE_VIEWS:
            out.append(f"--trace={argv[i + 1]}")
            i += 2
            continue
        if token.startswith("--trace=") and token[len("--trace="):] not in TRACE_VIEWS:
            raise UsageError(f"{token}: no such trace view (one of {', '.join(TRACE_VIEWS)})")
        out.append(token)
        if token in takes_value:
            out.append(argv[i + 1]) if i + 1 < len(argv) else None
            i += 1
        i += 1
    return out + argv[i:]


def _subparser(parser, name):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices[name]
    raise KeyError(name)


def entry() -> int:
    """The ``pyctk`` command: ``main``, then, when the guest died by a signal natively
    (an uncaught KeyboardInterrupt on 3.8+), die by it too."""
    from pyctk.runner import die_by_signal

    status = main()
    if isinstance(status, int):
        die_by_signal(status)
    return status


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
    serve.add_argument("--sandbox=best-effort", dest="sandbox", action="store_const", const="best-effort",
                       default="strict", help="serve even when the kernel lacks a protection of the sandbox "
                       "(every run is sandboxed; by default a missing protection stops the server)")


def cmd_serve(args) -> int:
    if args.max_steps < 1:
        raise UsageError(f"--max-steps must be at least 1 (got {args.max_steps})")
    try:
        from pyctk.web.server import serve
    except ImportError as e:
        raise UsageError(f"serve needs the web extra: pip install 'pyctk[web]' ({e})") from None
    return serve(args.host, args.port, max_steps=args.max_steps, sandbox=args.sandbox)


COMMANDS["serve"] = cmd_serve
