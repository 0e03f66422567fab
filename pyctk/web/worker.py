"""One session's process: describes a .pyc, or runs it under a Stepper, for the server.

    python -m pyctk.web.worker describe FILE            one JSON object on stdout
    python -m pyctk.web.worker step FILE [--max-steps N] [--run] [--stdin-file PATH]

``step`` talks JSON lines. Commands come in on stdin, one per line:
``{"cmd": "step" | "next" | "go" | "stop"}`` or ``{"cmd": "to", "code": I, "offset": N}``
(I is the code object's index in the file's code tree, depth first; the run pauses after
the instruction at offset N of that code object has run). Events go out on stdout:

    {"type": "output", "stream": "stdout" | "stderr", "text": ...}
    {"type": "paused", "steps": N, "frames": [...], "hidden": H}   snapshot(), innermost last,
                                     each frame with "code_index" added (None: not in this file)
    {"type": "exit", "status": N, "message": ..., "postmortem": P}  the run has ended; P (only
                                     when an uncaught exception ended it): {"exception": text,
                                     "frames": [...], "hidden": H}, the stack where it was raised

Values in frames are shown without running the program's code (pyctk.showvalue). The
guest's stdin is the file ``--stdin-file`` names (empty without it), its stdout and stderr are sent as ``output`` events (in
order with the pauses), and anything written to the process's own file descriptors 1 and
2 ends up on the worker's stderr, which the server shows as guest stderr. With ``--run``
the program runs to its end without pausing. The run stops after ``--max-steps``
instructions. When the server goes away (stdin closes), the worker exits at once.
"""

from __future__ import annotations

import argparse
import codecs
import io
import json
import os
import queue
import sys
import threading

from pyctk.trace import Stepper, StopRun

# Frames sent per pause: the innermost ones (a deep recursion has hundreds).
MAX_FRAMES = 60


class Channel:
    """JSON lines to the server, from any thread."""

    def __init__(self, stream):
        self.stream = stream
        self.lock = threading.Lock()

    def send(self, event: dict) -> None:
        data = (json.dumps(event, ensure_ascii=False, default=str) + "\n").encode("utf-8", "backslashreplace")
        with self.lock:
            self.stream.write(data)
            self.stream.flush()


class OutputSink(io.RawIOBase):
    """The binary side of the guest's sys.stdout / sys.stderr: every write becomes an
    ``output`` event (bytes decoded as UTF-8, split characters kept for the next write)."""

    def __init__(self, channel: Channel, name: str):
        self.channel = channel
        self.name = name
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        text = self.decoder.decode(bytes(data))
        if text:
            self.channel.send({"type": "output", "stream": self.name, "text": text})
        return len(data)


def guest_stream(channel: Channel, name: str, errors: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(OutputSink(channel, name), encoding="utf-8", errors=errors, write_through=True)


class WebStepper(Stepper):
    """A Stepper that remembers the frame it paused in (to tell which code object of the
    file each snapshot frame runs) and can run to an instruction of any code object."""

    def __init__(self, max_steps=None):
        super().__init__(max_steps)
        self.frame = None
        self.target = None  # (code, offset) to run to

    def on_instruction(self, frame, ins) -> None:
        self.frame = frame
        target = self.target
        if target is not None:
            if not (ins.offset == target[1] and frame.code is target[0]):
                self.steps += 1
                if self.max_steps is not None and self.steps > self.max_steps:
                    raise StopRun(f"stopped after {self.max_steps} instructions")
                return
            self.target = None
        super().on_instruction(frame, ins)

    def run_to_code(self, code, offset: int) -> None:
        self.target = (code, offset)
        self.step()  # step mode: the override passes every instruction until the target


def frame_codes(frame) -> list:
    codes = []
    while frame is not None:
        codes.append(frame.code)
        frame = frame.back
    codes.reverse()
    return codes


def _own_descriptors():
    """Take fds 0 and 1 for the protocol, and give the guest an empty stdin and, for raw
    writes to fd 1, the worker's stderr."""
    commands = os.fdopen(os.dup(0), "rb")
    events = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    os.dup2(2, 1)
    return commands, events


def _with_code_indexes(frames: list, frame, index_of: dict) -> dict:
    """The innermost MAX_FRAMES of a snapshot, each with the index of its code object in
    the file's code tree (None: code of another file)."""
    codes_now = frame_codes(frame)
    if len(codes_now) == len(frames):
        for entry, code in zip(frames, codes_now):
            entry["code_index"] = index_of.get(id(code))
    hidden = max(0, len(frames) - MAX_FRAMES)
    return {"frames": frames[hidden:], "hidden": hidden}


def cmd_step(path: str, max_steps: int | None, run_only: bool, stdin_file: str | None = None) -> int:
    import pyctk

    stdin_data = b""
    if stdin_file:
        with open(stdin_file, "rb") as f:
            stdin_data = f.read()
    commands, events = _own_descriptors()
    channel = Channel(events)
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin_data), encoding="utf-8")
    sys.stdout = guest_stream(channel, "stdout", "strict")
    sys.stderr = guest_stream(channel, "stderr", "backslashreplace")

    try:
        pyc = pyctk.load(path)
    except pyctk.PyctkError as e:
        channel.send({"type": "exit", "status": e.exit_status, "message": f"pyctk: {e}"})
        return e.exit_status
    codes = list(pyc.code.walk())
    index_of = {id(code): i for i, code in enumerate(codes)}

    inbox: queue.Queue = queue.Queue()

    def read_commands():
        for line in commands:
            try:
                inbox.put(json.loads(line))
            except ValueError:
                continue
        os._exit(0)  # the server has gone: end now, whatever the guest is doing

    threading.Thread(target=read_commands, daemon=True).start()

    stepper = WebStepper(max_steps)
    outcome = {}

    def run_program():
        try:
            # The host's library: the worker is locked down before a version's could be read.
            outcome["status"] = pyctk.run(pyc, tracer=stepper, stdlib="host")
        except pyctk.PyctkError as e:
            outcome["error"] = e
        except BaseException as e:  # a pyctk bug: say so rather than hang the page
            outcome["crash"] = e
        finally:
            stepper.finish()

    thread = threading.Thread(target=run_program, name="guest", daemon=True)
    thread.start()
    first = True
    while True:
        paused = stepper.wait()
        if paused is None:
            break
        if run_only and first:
            first = False
            stepper.go()
            continue
        first = False
        channel.send({"type": "paused", "steps": stepper.steps,
                      **_with_code_indexes(paused["frames"], stepper.frame, index_of)})
        command = inbox.get()
        name = command.get("cmd")
        if name == "step":
            stepper.step()
        elif name == "next":
            stepper.next_line()
        elif name == "go":
            stepper.go()
        elif name == "to" and isinstance(command.get("code"), int) and 0 <= command["code"] < len(codes):
            stepper.run_to_code(codes[command["code"]], int(command.get("offset", -1)))
        else:
            stepper.stop()
    thread.join()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    if "error" in outcome:
        e = outcome["error"]
        channel.send({"type": "exit", "status": e.exit_status, "message": f"pyctk: {e}"})
        return e.exit_status
    if "crash" in outcome:
        e = outcome["crash"]
        channel.send({"type": "exit", "status": 1, "message": f"pyctk: internal error: {type(e).__name__}: {e}"})
        return 1
    status = outcome.get("status", 1)
    message = None
    if max_steps is not None and stepper.steps > max_steps:
        message = f"pyctk: stopped after {max_steps} instructions (the step limit)"
        status = 9
    event = {"type": "exit", "status": status, "message": message}
    if status == 1 and stepper.postmortem is not None:
        event["postmortem"] = {"exception": stepper.postmortem["exception"],
                               **_with_code_indexes(stepper.postmortem["frames"], stepper.postmortem_frame, index_of)}
    channel.send(event)
    return 0


def _capture_cli(args: list[str]) -> tuple[int, str, str]:
    """``pyctk ARGS`` in this process: (status, stdout, stderr)."""
    from pyctk.cli import main

    saved = sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", errors="backslashreplace")
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace")
    try:
        status = main(args)
    finally:
        for wrapper in (sys.stdout, sys.stderr):
            wrapper.flush()
            wrapper.detach()  # keeps the BytesIO open
        sys.stdout, sys.stderr = saved
    return status, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace")


def describe(path: str) -> dict:
    """What the page shows of a file: the header (``pyctk info --json``), the listing
    (``pyctk dis --json``), the code tree (parent of each code object) and, per code
    object, which instruction loads which nested code object. A bad file gives the
    command line's own error message."""
    result = {"name": os.path.basename(path)}
    status, out, err = _capture_cli(["info", "--json", path])
    if out.strip():
        try:
            result["info"] = json.loads(out)
        except ValueError:
            pass
    if status != 0:
        result["error"] = err.strip() or f"pyctk: {path}: failed with status {status}"
        result["status"] = status
        return result
    status, out, err = _capture_cli(["dis", "--json", path])
    if status != 0:
        result["error"] = err.strip() or f"pyctk: {path}: failed with status {status}"
        result["status"] = status
        return result
    result["dis"] = json.loads(out)
    try:
        import pyctk

        codes = list(pyctk.load(path).code.walk())
        index_of = {id(code): i for i, code in enumerate(codes)}
        parents = [None] * len(codes)
        links = []
        for i, code in enumerate(codes):
            for child in code.nested_code:
                parents[index_of[id(child)]] = i
            code_links = {}
            for ins in code.instructions:
                if ins.arg is not None and ins.opname in ("LOAD_CONST", "RETURN_CONST"):
                    value = code.co_consts[ins.arg] if 0 <= ins.arg < len(code.co_consts) else None
                    if id(value) in index_of:
                        code_links[str(ins.index)] = index_of[id(value)]
            links.append(code_links)
        result["parents"] = parents
        result["links"] = links
    except Exception:  # the tree is a convenience: the listing above is what counts
        pass
    return result


def _lock_down(args) -> None:
    """Before anything of the file is read, while this process has one thread: the
    sandbox of ``pyctk run --sandbox`` (the page shows the guest's own refusals)."""
    from pyctk.sandbox import child

    try:
        child.lock_down({"scratch": args.sandbox_scratch, "inputs": [os.path.dirname(os.path.abspath(args.file))],
                         "allow_read": args.allow_read, "limits": {}, "abi": args.sandbox_abi,
                         "use": [m for m in args.sandbox_use.split(",") if m], "report_fd": -1})
    except Exception as e:
        print(f"pyctk: sandbox: cannot lock the process down: {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(10)
    os.environ["TMPDIR"] = args.sandbox_scratch


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pyctk.web.worker")
    sub = parser.add_subparsers(dest="what", required=True)
    d = sub.add_parser("describe")
    d.add_argument("file")
    s = sub.add_parser("step")
    s.add_argument("file")
    s.add_argument("--max-steps", type=int, default=None)
    s.add_argument("--run", action="store_true", help="run to the end without pausing")
    s.add_argument("--stdin-file", help="the guest's stdin (default: empty)")
    for sub_parser in (d, s):
        sub_parser.add_argument("--sandbox-scratch", help="lock this process down (pyctk.sandbox), writing only here")
        sub_parser.add_argument("--sandbox-use", default="", help="the mechanisms to use: seccomp,landlock")
        sub_parser.add_argument("--sandbox-abi", type=int, default=0, help="the kernel's Landlock ABI")
        sub_parser.add_argument("--allow-read", action="append", default=[], help="also readable in the sandbox")
    args = parser.parse_args(argv)
    if args.sandbox_scratch:
        _lock_down(args)
    if args.what == "describe":
        data = json.dumps(describe(args.file), ensure_ascii=False)
        sys.stdout.buffer.write(data.encode("utf-8", "backslashreplace") + b"\n")
        sys.stdout.flush()
        return 0
    return cmd_step(args.file, args.max_steps, args.run, args.stdin_file)


if __name__ == "__main__":
    sys.exit(main())
