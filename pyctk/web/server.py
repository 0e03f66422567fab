"""The server behind ``pyctk serve``: a Starlette app served by uvicorn.

The page (``static/``) talks JSON to these endpoints:

    GET  /api/examples                    the bundled examples
    POST /api/open?example=ID             open an example          } the header, the listing, the
    POST /api/upload  (body: the file)    open an uploaded .pyc    } code tree, the source if known
    POST /api/docs/DOC/session            start a session: {"mode": "run" | "step", "replace": SID,
                                          "stdin": the program's stdin text (default: empty)}
    POST /api/sessions/SID/command        {"cmd": "step" | "next" | "go" | "to", "code": I, "offset": N}
    POST /api/sessions/SID/stop           kill the session's process
    GET  /api/sessions/SID/events?since=N the session's events from the Nth on (waits for new ones)

Every file is described, and every run happens, in a worker process of its own
(``worker.py``): a guest that reads stdin gets the text the page gave, one that loops forever runs
into the step limit or the Stop button (which kills its process), and one that crashes
its process takes nothing else down. Nothing is fetched from the network.

The server trusts only requests made by its own page: the Host header must be the
address it listens on (against DNS rebinding) and each POST must carry an ``X-Pyctk``
header (which another site's page cannot send without the server's consent).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import socket
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

STATIC = Path(__file__).with_name("static")
WEB_EXAMPLES = Path(__file__).with_name("examples")  # the page's own: <name>.py, its <X.Y>/<name>.pyc
PACKAGE_PARENT = Path(__file__).resolve().parents[2]  # the checkout (or site-packages)
PACKAGE_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"  # pyctk/examples: hello-X.Y.pyc (tools/make_examples.py)

DEFAULT_MAX_STEPS = 2_000_000
MAX_UPLOAD = 32 * 1024 * 1024
MAX_STDIN = 1024 * 1024  # characters of stdin a run may be given
OUTPUT_LIMIT = 1_000_000  # characters of guest output kept per session
MAX_SESSIONS = 8  # live worker processes; the least recently used goes first
# On an address other machines reach: at most this many runs at once (more are refused,
# not made to stop others' runs), and smaller uploads.
PUBLIC_MAX_SESSIONS = 4
PUBLIC_MAX_UPLOAD = 4 * 1024 * 1024
MAX_DOCS = 64  # files kept open (an upload's copy is removed with it)
IDLE_SECONDS = 30 * 60  # a session nobody has looked at for this long is ended
DESCRIBE_TIMEOUT = 60

# Corpus files offered besides examples/*.pyc: (path in the checkout, what it shows).
CORPUS_EXAMPLES = [
    ("tests/corpus/pyc/2.7/functions/recursion.pyc", "recursion, 2.7 bytecode"),
    ("tests/corpus/pyc/2.7/exceptions/try_flow.pyc", "try/except/finally, 2.7 block stack"),
    ("tests/corpus/pyc/3.6/generators/basics.pyc", "generators, 3.6"),
    ("tests/corpus/pyc/3.10/exceptions/try_flow.pyc", "try/except/finally, 3.10 block stack"),
    ("tests/corpus/pyc/3.11/closures/nested.pyc", "closures, 3.11"),
    ("tests/corpus/pyc/3.12/exceptions/try_flow.pyc", "try/except/finally, 3.12 exception table"),
    ("tests/corpus/pyc/3.13/functions/recursion.pyc", "recursion, 3.13 bytecode"),
    ("tests/corpus/pyc/3.13/errors/stdin_empty.pyc", "reading an empty stdin, 3.13"),
    ("tests/corpus/pyc/3.13/errors/deep_traceback.pyc", "an uncaught exception, 3.13"),
    ("tests/corpus/pyc/3.13/classes/point_repr.pyc", "classes whose __repr__ the page never calls, 3.13"),
]

# The worker runs with the pyctk that runs the server, wherever it was imported from.
WORKER_BOOT = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); "
    "from pyctk.web.worker import main; sys.exit(main(sys.argv[1:]))"
)


def checkout_roots() -> list[Path]:
    """Where examples/ and tests/corpus/ may be: the checkout pyctk runs from, and the
    current directory (``pyctk serve`` run in a clone after ``pip install .``)."""
    roots = []
    for root in (PACKAGE_PARENT, Path.cwd()):
        if (root / "examples").is_dir() or (root / "tests" / "corpus").is_dir():
            if root.resolve() not in roots:
                roots.append(root.resolve())
    return roots


def package_examples() -> list[dict]:
    """The examples shipped in the package (wherever pyctk is installed): per version, a
    .pyc of the one source above its folder; what it shows is the source's first comment line."""
    found = []
    for path in sorted(WEB_EXAMPLES.glob("*/*.pyc"), key=lambda p: (p.stem, _version_key(p.parent.name))):
        source = WEB_EXAMPLES / (path.stem + ".py")
        what = "example"
        if source.is_file():
            first = source.read_text(encoding="utf-8", errors="replace").splitlines()[:1]
            if first and first[0].startswith("#"):
                what = first[0].lstrip("# ").strip()
        rel = f"{path.parent.name}/{path.name}"
        found.append({"path": f"pyctk/web/examples/{rel}", "label": rel, "what": what, "file": path,
                      "source": source if source.is_file() else None})
    return found


def _version_key(name: str) -> tuple:
    return tuple(int(p) for p in name.split(".") if p.isdigit())


def find_examples() -> list[dict]:
    """The examples offered on the page: those shipped in the package, then (in a clone)
    examples/*.pyc and the corpus files above."""
    found = []
    seen = set()
    for example in package_examples():
        seen.add(example["path"])
        found.append({"id": str(len(found)), **example})
    for root in checkout_roots():
        candidates = [(p.relative_to(root).as_posix(), "bundled example") for p in sorted((root / "examples").glob("*.pyc"))]
        candidates += CORPUS_EXAMPLES
        for rel, what in candidates:
            path = root / rel
            if rel in seen or not path.is_file():
                continue
            seen.add(rel)
            found.append(
                {
                    "id": str(len(found)),
                    "path": rel,
                    "label": rel.removeprefix("tests/corpus/pyc/"),
                    "what": what,
                    "file": path,
                    "source": source_for(root, rel),
                }
            )
    # The examples shipped inside the package: all there is in an installed pyctk.
    shipped = sorted(PACKAGE_EXAMPLES.glob("hello-*.pyc"), key=lambda p: tuple(map(int, p.stem[6:].split("."))))
    for path in shipped:
        found.append(
            {
                "id": str(len(found)),
                "path": f"pyctk/examples/{path.name}",
                "label": path.name,
                "what": f"shipped example, CPython {path.stem[6:]} bytecode",
                "file": path,
                "source": PACKAGE_EXAMPLES / "hello.py",
            }
        )
    return found


def source_for(root: Path, rel: str) -> Path | None:
    """The .py of an example: beside it, or the corpus program it was compiled from."""
    path = root / rel
    beside = path.with_suffix(".py")
    if beside.is_file():
        return beside
    parts = Path(rel).parts
    if parts[:3] == ("tests", "corpus", "pyc") and len(parts) > 4:
        program = root.joinpath("tests", "corpus", "programs", *parts[4:]).with_suffix(".py")
        if program.is_file():
            return program
    return None


def worker_command(*args: str) -> list[str]:
    return [sys.executable, "-c", WORKER_BOOT, str(PACKAGE_PARENT), *args]


def worker_env() -> dict:
    env = dict(os.environ)
    env.update({"PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"})
    return env


class Doc:
    """An opened file: where it is, and what to call it."""

    def __init__(self, doc_id: str, directory: Path, name: str, source: Path | None, owned: bool):
        self.id = doc_id
        self.directory = directory
        self.name = name
        self.source = source
        self.owned = owned  # an upload: its directory is ours to remove


class Session:
    """One worker process running one file, and the events it has sent so far."""

    def __init__(self, sid: str, doc: Doc, proc, mode: str):
        self.id = sid
        self.doc = doc
        self.proc = proc
        self.mode = mode
        self.events: list[dict] = []
        self.changed = asyncio.Condition()
        self.exited = False  # an exit event was added
        self.done = False  # the process is gone and every event is in
        self.output_chars = 0
        self.truncated = False
        self.last_seen = time.monotonic()
        self.tasks: list[asyncio.Task] = []
        self.scratch: str | None = None  # the run's sandbox scratch directory

    async def add(self, event: dict) -> None:
        if event.get("type") == "output":
            if self.truncated:
                return
            self.output_chars += len(event.get("text", ""))
            if self.output_chars > OUTPUT_LIMIT:
                self.truncated = True
                event = {
                    "type": "output",
                    "stream": "note",
                    "text": f"\n[output past {OUTPUT_LIMIT} characters is not shown]\n",
                }
        if event.get("type") == "exit":
            if self.exited:
                return
            self.exited = True
        async with self.changed:
            self.events.append(event)
            self.changed.notify_all()

    async def send(self, command: dict) -> bool:
        if self.done or self.proc.returncode is not None or self.proc.stdin is None:
            return False
        try:
            self.proc.stdin.write((json.dumps(command) + "\n").encode())
            await self.proc.stdin.drain()
        except (ConnectionError, OSError):
            return False
        return True

    async def kill(self, message: str | None = None) -> None:
        if self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()
        if message:
            await self.add({"type": "exit", "status": None, "message": message, "stopped": True})

    async def pump_events(self) -> None:
        assert self.proc.stdout is not None
        while True:
            try:
                line = await self.proc.stdout.readline()
            except (ValueError, asyncio.LimitOverrunError):  # an absurdly long line: skip it
                continue
            if not line:
                break
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if isinstance(event, dict):
                await self.add(event)

    async def pump_stderr(self) -> None:
        """The worker's own stderr: guest writes to fd 1 or 2, and crashes of the worker."""
        assert self.proc.stderr is not None
        while True:
            data = await self.proc.stderr.read(65536)
            if not data:
                break
            await self.add({"type": "output", "stream": "stderr", "text": data.decode("utf-8", "replace")})

    async def watch(self) -> None:
        await asyncio.gather(self.pump_events(), self.pump_stderr())
        status = await self.proc.wait()
        if not self.exited:
            await self.add(
                {"type": "exit", "status": None, "message": f"pyctk: the run ended abnormally (worker status {status})"}
            )
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)
        async with self.changed:
            self.done = True
            self.changed.notify_all()

    async def events_since(self, since: int, wait: float, closing: threading.Event) -> dict:
        """The events from the ``since``-th on, waiting up to ``wait`` seconds for one
        (but not past the server's shutdown)."""
        self.last_seen = time.monotonic()
        end = self.last_seen + wait
        async with self.changed:
            while len(self.events) <= since and not self.done and not closing.is_set():
                left = end - time.monotonic()
                if left <= 0:
                    break
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self.changed.wait(), min(left, 0.25))
        self.last_seen = time.monotonic()
        return {"events": self.events[since:], "next": len(self.events), "done": self.done}


class State:
    def __init__(self, max_steps: int, public: bool = False):
        self.max_steps = max_steps
        self.public = public
        self.max_sessions = PUBLIC_MAX_SESSIONS if public else MAX_SESSIONS
        self.max_upload = PUBLIC_MAX_UPLOAD if public else MAX_UPLOAD
        # Every worker locks itself down (pyctk.sandbox) with what this kernel has.
        from pyctk.sandbox import landlock, missing_protections

        missing = missing_protections()
        self.sandbox_args = ["--sandbox-use", ",".join(m for m in ("seccomp", "landlock") if m not in missing),
                             "--sandbox-abi", str(landlock.abi_version())]
        self.examples = find_examples()
        self.docs: dict[str, Doc] = {}
        self.sessions: dict[str, Session] = {}
        self.upload_dir: Path | None = None
        self.reaper: asyncio.Task | None = None
        self.closing = threading.Event()  # set (from a signal handler) when the server stops

    # -- documents -------------------------------------------------------------------

    def new_doc(self, directory: Path, name: str, source: Path | None, owned: bool) -> Doc:
        doc = Doc(uuid.uuid4().hex[:12], directory, name, source, owned)
        self.docs[doc.id] = doc
        for old in list(self.docs.values())[:-MAX_DOCS]:  # oldest first
            self.forget_doc(old)
        return doc

    def forget_doc(self, doc: Doc) -> None:
        self.docs.pop(doc.id, None)
        if doc.owned:
            shutil.rmtree(doc.directory, ignore_errors=True)

    def sandbox_for(self, doc: Doc) -> list[str]:
        """The worker's sandbox options: a scratch directory of its own (removed when
        the run ends), and reads of the file's directory (an example's source too)."""
        assert self.upload_dir is not None
        scratch = tempfile.mkdtemp(dir=self.upload_dir, prefix="scratch-")
        args = ["--sandbox-scratch", scratch, *self.sandbox_args]
        if doc.source is not None and not doc.owned:
            args += ["--allow-read", str(doc.source.parent)]
        return args

    async def describe(self, doc: Doc) -> dict:
        sandbox = self.sandbox_for(doc)
        try:
            return await self._describe(doc, sandbox)
        finally:
            shutil.rmtree(sandbox[1], ignore_errors=True)

    async def _describe(self, doc: Doc, sandbox: list[str]) -> dict:
        proc = await asyncio.create_subprocess_exec(
            *worker_command("describe", doc.name, *sandbox),
            cwd=doc.directory,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=worker_env(),
        )
        try:
            out, err = await asyncio.wait_for(proc.communicate(), DESCRIBE_TIMEOUT)
        except asyncio.TimeoutError:
            proc.kill()
            await proc.wait()
            return {"name": doc.name, "error": f"pyctk: {doc.name}: reading the file took too long"}
        try:
            result = json.loads(out)
        except ValueError:
            detail = err.decode("utf-8", "replace").strip().splitlines()
            return {
                "name": doc.name,
                "error": f"pyctk: {doc.name}: the file could not be read"
                + (f" ({detail[-1]})" if detail else f" (worker status {proc.returncode})"),
            }
        result["doc"] = doc.id
        if doc.source is not None:
            with contextlib.suppress(OSError):
                result["source"] = doc.source.read_text(encoding="utf-8", errors="replace").splitlines()
                result["source_name"] = doc.source.name
        return result

    # -- sessions --------------------------------------------------------------------

    async def start(self, doc: Doc, mode: str, stdin: str = "") -> Session:
        live = sorted((s for s in self.sessions.values() if not s.done), key=lambda s: s.last_seen)
        if self.public and len(live) >= self.max_sessions:
            raise TooBusy(f"pyctk: {len(live)} programs are running, the most this server runs at once: try again soon")
        for old in live[: max(0, len(live) - self.max_sessions + 1)]:
            await old.kill("Stopped: too many programs were running.")
        sandbox = self.sandbox_for(doc)
        args = ["step", doc.name, "--max-steps", str(self.max_steps), *sandbox]
        if mode == "run":
            args.append("--run")
        if stdin:
            assert self.upload_dir is not None
            handle, name = tempfile.mkstemp(dir=self.upload_dir, suffix=".stdin")
            with os.fdopen(handle, "wb") as f:
                f.write(stdin.encode("utf-8", "surrogatepass"))
            args += ["--stdin-file", name, "--allow-read", name]
        proc = await asyncio.create_subprocess_exec(
            *worker_command(*args),
            cwd=doc.directory,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=worker_env(),
            limit=64 * 1024 * 1024,
            start_new_session=True,  # a Ctrl-C at the server's terminal is the server's
        )
        session = Session(uuid.uuid4().hex[:12], doc, proc, mode)
        session.scratch = sandbox[1]
        self.sessions[session.id] = session
        session.tasks.append(asyncio.create_task(session.watch()))
        return session

    async def end(self, session: Session, message: str | None = None) -> None:
        await session.kill(message)

    async def reap(self) -> None:
        while True:
            await asyncio.sleep(30)
            now = time.monotonic()
            for sid, session in list(self.sessions.items()):
                if now - session.last_seen > IDLE_SECONDS:
                    await session.kill("Stopped: nobody was watching.")
                    if session.done:
                        self.sessions.pop(sid, None)

    async def shutdown(self) -> None:
        for session in self.sessions.values():
            await session.kill()
        for session in self.sessions.values():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(session.proc.wait(), 5)
        if self.upload_dir is not None:
            shutil.rmtree(self.upload_dir, ignore_errors=True)


def _safe_name(name: str) -> str:
    name = os.path.basename(name.replace("\\", "/")).strip()
    name = re.sub(r"[^\w.+-]", "_", name)[:120].lstrip(".")
    return name or "upload.pyc"


class TooBusy(Exception):
    """A public server already runs as many programs as it may."""


def create_app(max_steps: int = DEFAULT_MAX_STEPS, allowed_hosts: list[str] | None = None,
               public: bool = False) -> Starlette:
    state = State(max_steps, public)
    max_upload = state.max_upload

    async def index(request):
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-store"})

    async def examples(request):
        return JSONResponse(
            [{"id": e["id"], "label": e["label"], "what": e["what"], "path": e["path"]} for e in state.examples]
        )

    async def open_example(request):
        example = next((e for e in state.examples if e["id"] == request.query_params.get("example")), None)
        if example is None:
            return JSONResponse({"error": "no such example"}, status_code=404)
        doc = state.new_doc(example["file"].parent, example["file"].name, example["source"], owned=False)
        result = await state.describe(doc)
        result["label"] = example["path"]
        return JSONResponse(result)

    async def upload(request):
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > max_upload:
            return JSONResponse({"error": f"pyctk: the file is larger than {max_upload >> 20} MiB"}, status_code=413)
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > max_upload:
                return JSONResponse({"error": f"pyctk: the file is larger than {max_upload >> 20} MiB"}, status_code=413)
        name = _safe_name(request.query_params.get("name", "upload.pyc"))
        assert state.upload_dir is not None
        directory = Path(tempfile.mkdtemp(dir=state.upload_dir))
        (directory / name).write_bytes(body)
        doc = state.new_doc(directory, name, None, owned=True)
        result = await state.describe(doc)
        result["label"] = name
        return JSONResponse(result)

    async def start_session(request):
        doc = state.docs.get(request.path_params["doc"])
        if doc is None:
            return JSONResponse({"error": "this file is no longer open: open it again"}, status_code=404)
        body = await _json(request)
        old = state.sessions.get(str(body.get("replace", "")))
        if old is not None:
            await old.kill("Stopped.")
        mode = "run" if body.get("mode") == "run" else "step"
        stdin = body.get("stdin") or ""
        if not isinstance(stdin, str) or len(stdin) > MAX_STDIN:
            return JSONResponse({"error": f"stdin must be text of at most {MAX_STDIN} characters"}, status_code=400)
        try:
            session = await state.start(doc, mode, stdin)
        except TooBusy as e:
            return JSONResponse({"error": str(e)}, status_code=429)
        return JSONResponse({"session": session.id, "mode": mode, "max_steps": state.max_steps})

    async def command(request):
        session = state.sessions.get(request.path_params["sid"])
        if session is None:
            return JSONResponse({"error": "no such session"}, status_code=404)
        body = await _json(request)
        if body.get("cmd") not in ("step", "next", "go", "to"):
            return JSONResponse({"error": "unknown command"}, status_code=400)
        command = {"cmd": body["cmd"]}
        if body["cmd"] == "to":
            try:
                command.update(code=int(body["code"]), offset=int(body["offset"]))
            except (KeyError, TypeError, ValueError):
                return JSONResponse({"error": "'to' needs a code object and an offset"}, status_code=400)
        session.last_seen = time.monotonic()
        sent = await session.send(command)
        return JSONResponse({"sent": sent})

    async def stop(request):
        session = state.sessions.get(request.path_params["sid"])
        if session is None:
            return JSONResponse({"error": "no such session"}, status_code=404)
        await state.end(session, "Stopped by the user.")
        return JSONResponse({"stopped": True})

    async def events(request):
        session = state.sessions.get(request.path_params["sid"])
        if session is None:
            return JSONResponse({"error": "no such session"}, status_code=404)
        try:
            since = max(0, int(request.query_params.get("since", "0")))
            wait = min(max(float(request.query_params.get("wait", "20")), 0.0), 30.0)
        except ValueError:
            return JSONResponse({"error": "bad 'since' or 'wait'"}, status_code=400)
        return JSONResponse(await session.events_since(since, wait, state.closing))

    @contextlib.asynccontextmanager
    async def lifespan(app):
        state.upload_dir = Path(tempfile.mkdtemp(prefix="pyctk-serve-"))
        state.reaper = asyncio.create_task(state.reap())
        try:
            yield
        finally:
            state.reaper.cancel()
            await state.shutdown()

    routes = [
        Route("/", index),
        Route("/api/examples", examples),
        Route("/api/open", open_example, methods=["POST"]),
        Route("/api/upload", upload, methods=["POST"]),
        Route("/api/docs/{doc}/session", start_session, methods=["POST"]),
        Route("/api/sessions/{sid}/command", command, methods=["POST"]),
        Route("/api/sessions/{sid}/stop", stop, methods=["POST"]),
        Route("/api/sessions/{sid}/events", events),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.pyctk = state
    return GuardMiddleware(app, allowed_hosts)


async def _json(request) -> dict:
    try:
        body = await request.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


class GuardMiddleware:
    """Only the page's own requests: a Host header naming this server (no DNS
    rebinding), and an ``X-Pyctk`` header on every POST (no cross-site form posts)."""

    def __init__(self, app, allowed_hosts: list[str] | None):
        self.app = app
        self.allowed_hosts = allowed_hosts  # None: any

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            host = headers.get("host", "")
            hostname = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            hostname = hostname.strip("[]").lower()
            if self.allowed_hosts is not None and hostname not in self.allowed_hosts:
                await PlainTextResponse("pyctk serve: unexpected Host header", status_code=421)(scope, receive, send)
                return
            if scope["method"] == "POST" and "x-pyctk" not in headers:
                await PlainTextResponse("pyctk serve: missing X-Pyctk header", status_code=403)(scope, receive, send)
                return
        await self.app(scope, receive, send)


LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1"]


class _Server(uvicorn.Server):
    """Lets the pages' pending long polls answer at once when the server stops."""

    def __init__(self, config, state: State):
        super().__init__(config)
        self.pyctk_state = state

    def handle_exit(self, sig, frame) -> None:
        self.pyctk_state.closing.set()
        super().handle_exit(sig, frame)


def serve(host: str = "127.0.0.1", port: int = 8765, max_steps: int = DEFAULT_MAX_STEPS,
          sandbox: str = "strict") -> int:
    """Run the server until Ctrl-C; prints the page's address first."""
    from pyctk.sandbox import PROTECTIONS, SandboxError, missing_protections

    missing = missing_protections()
    if missing and sandbox == "strict":
        names = "; ".join(f"{PROTECTIONS[k]}: {why}" for k, why in missing.items())
        raise SandboxError(f"serve: every run is sandboxed, and this machine lacks: {names} "
                           "(--sandbox=best-effort serves without it)")
    for key, why in missing.items():
        print(f"pyctk serve: runs are sandboxed without: {PROTECTIONS[key]} ({why})", file=sys.stderr, flush=True)
    loopback = host in LOOPBACK_NAMES or host.startswith("127.")
    allowed = sorted(set(LOOPBACK_NAMES + [host])) if loopback else None
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        from pyctk.errors import UsageError

        raise UsageError(f"serve: cannot listen on {host}:{port}: {e.strerror or e}") from None
    sock.listen(128)
    sock.set_inheritable(False)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    print(f"pyctk serve: http://{shown}:{bound}/  (Ctrl-C to stop)", flush=True)
    if not loopback:
        print(
            f"pyctk serve: warning: listening on {host}: anyone who can reach it can run programs on this machine, "
            f"each in the sandbox (pyctk run --sandbox); at most {PUBLIC_MAX_SESSIONS} runs at once, "
            f"uploads up to {PUBLIC_MAX_UPLOAD >> 20} MiB",
            file=sys.stderr,
            flush=True,
        )
    # A page's pending long poll must not hold up Ctrl-C: give open requests 2 s.
    app = create_app(max_steps, allowed, public=not loopback)
    config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=5)
    server = _Server(config, app.app.state.pyctk)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0
