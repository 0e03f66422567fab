"""The version's own standard library, decoded once per process (``--stdlib``).

Unmarshalling a library ``.pyc`` in Python and decoding its functions' bytecode into
programs (``vm.compile_program``) cost as much as running the module bodies: with the
version's own library, that doubled a small program's run. Both are deterministic, so a
library module's code object is kept for the process, keyed by its file's path and
bytes (a changed file is a new key), and the programs its functions got stay on it
(``vm.program`` keeps them on the code object). Running the module bodies still happens in
every run: only what the file decodes to is shared, never a module.

A process that forks runs (the corpus test) can warm its own cache with what a child
decoded: the child writes ``report()`` to a file, the parent reads it with ``warm()``,
and every later child starts with those code objects and programs already made.
"""

from __future__ import annotations

import json
import os

_CODE: dict = {}  # (version, path, origin, bytes) -> code object
_FILES: dict = {}  # (version, path, origin) -> key in _CODE: what report() tells


def library_code(version, path, origin, data, make):
    """The code object of library file ``path`` (a ``.pyc``, or a source compiled by
    ``make``) whose bytes are ``data``; ``origin``: the source a cached ``.pyc`` is
    for (its code names that file), else None. Made by ``make()`` once per process."""
    key = (version, path, origin, data)
    code = _CODE.get(key)
    if code is None:
        code = _CODE[key] = make()
        _FILES[(version, path, origin)] = key
    return code


def report() -> str:
    """What this process decoded from ``.pyc`` files: each file, and which of its code
    objects (by position in ``code.walk()``) got a program of the version's opcode set."""
    from pyctk.versions import opset_for

    entries = []
    for (version, path, origin), key in list(_FILES.items()):
        if not path.endswith(".pyc") or not os.path.isfile(path):
            continue  # compiled from source, or in a zip archive: not warmed
        opset = opset_for(version)
        used = [i for i, c in enumerate(_CODE[key].walk()) if opset in c.__dict__.get("_programs", ())]
        entries.append([str(version), path, origin, used])
    return json.dumps(entries)


def warm(text: str) -> None:
    """Decode what ``report()`` listed (a file unchanged since: the same key), and
    make the programs it listed, so this process's later forks start with them."""
    from pyctk.pyc import loads
    from pyctk.runtime.pathfinder import fix_filename
    from pyctk.runtime.vm import compile_program
    from pyctk.version import Version
    from pyctk.versions import opset_for

    for version, path, origin, used in json.loads(text or "[]"):
        version = Version.parse(version)
        try:
            with open(path, "rb") as f:
                data = f.read()

            def make(data=data, path=path, origin=origin, version=version):
                code = loads(data, path, version).code
                if origin is not None:
                    fix_filename(code, origin)
                return code

            code = library_code(version, path, origin, data, make)
        except Exception:  # noqa: BLE001 -- changed or unreadable since: the run decodes it itself
            continue
        opset = opset_for(version)
        wanted = set(used)
        for i, c in enumerate(code.walk()):
            if i in wanted:
                programs = c.__dict__.setdefault("_programs", {})
                if opset not in programs:
                    programs[opset] = compile_program(c, opset)


def release_run(world) -> None:
    """What a finished run left on the shared code objects and that holds its objects:
    its functions' stubs (``functions._stub_for``: their entry names the run's
    interpreter) and the host frames standing for its activations (``hosttb.host_frame``:
    each holds its module's globals). Without this, a process running many programs
    would keep every run's library modules alive."""
    if not _CODE:
        return
    interp = world.vm
    own_globals = {id(getattr(m, "__dict__", None)) for m in dict.values(world.modules)}
    for code in list(_CODE.values()):
        for c in code.walk():
            extra = c.__dict__
            stubs = extra.get("_stubs")
            if stubs:
                for opset, stub in list(stubs.items()):
                    if getattr(stub.co_consts[-1], "vm", None) is interp:
                        stubs.pop(opset, None)
            frames = extra.get("_host_frames")
            if frames:
                for key in [k for k in frames if k in own_globals]:
                    frames.pop(key, None)
