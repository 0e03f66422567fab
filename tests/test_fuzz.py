"""Fuzzing: pyctk on damaged .pyc files never crashes, hangs or harms the host.

Hypothesis mutates corpus files (tests/corpus/pyc/<X.Y>/...): bit flips, truncation,
bytes spliced in from another corpus file, altered marshal type codes, altered bytes of
line tables, exception tables and 3.11+ localsplus kinds, altered opcodes (half of them
real opcodes of the version) and arguments inside co_code. Each mutant goes through ``pyctk info``, ``pyctk dis``
(in this process, through ``pyctk.cli.main``) and ``pyctk run`` (in a forked child, with
``--max-steps`` and ``--timeout``, killed if it outlives HARD_LIMIT seconds: a hang; its
address space is limited, so that a mutated constant asking the host for a huge object
in one C call, which no signal interrupts, fails as the guest's MemoryError).

Every outcome must be a normal one: for ``info``/``dis``, status 0 and nothing on stderr,
or pyctk's one-line ``pyctk: ...`` error with a documented status; for ``run``, any exit
status the guest gives (its own traceback if it raised), or pyctk's one-line error.
Never an exception escaping ``main()``, never a traceback with a frame in pyctk's own
files, never a child killed by a signal or outliving the limit.

The quick run is part of the suite (PYCTK_FUZZ_EXAMPLES, default 2000, with a fixed seed
so that CI is reproducible). A long run, e.g.

    PYCTK_FUZZ_EXAMPLES=100000 PYCTK_FUZZ_SEED=1 python3 -m pytest -q tests/test_fuzz.py

explores further (PYCTK_FUZZ_SEED, a number or a name, picks another fixed sequence of
examples; without it the sequence is the derandomized one). ``tox`` runs 500 examples on
each host, each host with its own sequence (the seed is the environment's name): 2000 in
all, within CI's time. 100000 examples take about 40 minutes on
two cores. A failure prints the mutation (corpus file index and operations) to replay
with ``fuzz_one``.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import io
import os
import re
import resource
import signal
import sys
import tempfile
import time
import zlib
from pathlib import Path

import pytest
from pycedit import Scan

import pyctk
from pyctk import pyc as pyc_module
from pyctk.cli import main
from pyctk.versions import opset_for

TESTS = Path(__file__).resolve().parent
CORPUS_PYC = TESTS / "corpus" / "pyc"
PYCTK_DIR = Path(pyctk.__file__).resolve().parent

EXAMPLES = int(os.environ.get("PYCTK_FUZZ_EXAMPLES", "2000"))
SEED = os.environ.get("PYCTK_FUZZ_SEED")
MAX_STEPS = 20000
TIMEOUT = 2  # pyctk's own --timeout for the run
HARD_LIMIT = 10  # seconds before the child counts as hung and is killed
IN_PROCESS_LIMIT = 20  # seconds for info + dis in this process
MEMORY_LIMIT = 3 << 30  # bytes of address space for the run's child

# The statuses of pyctk's own errors (errors.py, README.md) that info/dis can give.
LISTING_STATUSES = {0, 3, 4, 5, 6, 7, 8}
ESCAPED = "PYCTK-FUZZ: an exception escaped pyctk.cli.main"

FILES = sorted(CORPUS_PYC.rglob("*.pyc"))


# --------------------------------------------------------------------------------------
# Where the marshal type codes and the co_code bytes of a file are
# --------------------------------------------------------------------------------------


_SCANS: dict[Path, tuple] = {}


def scan(path: Path):
    """(data, version, type code offsets, co_code spans, other bytes fields' spans),
    offsets within the file (tests/pycedit.py)."""
    if path not in _SCANS:
        found = Scan(path)
        _SCANS[path] = (
            found.data,
            found.version,
            found.type_codes,
            [(a, b) for a, b in found.code_spans if b > a],
            found.table_spans,
        )
    return _SCANS[path]


# --------------------------------------------------------------------------------------
# Mutations
# --------------------------------------------------------------------------------------

TYPE_CODES = b"0NFTS.ifgxyclsRtu)([{<>raAZz:"


def cases():
    """The strategy: (corpus file index, 1 to 3 mutations). Hypothesis is imported here,
    when the fuzz test runs, not when the suite is collected: it imports modules (pkgutil)
    that the corpus tests' forked children would then see in ``sys.modules``."""
    from hypothesis import strategies as st

    position = st.integers(0, 2**31 - 1)  # taken modulo the length it indexes

    @st.composite
    def mutation(draw):
        kinds = ["bitflip", "truncate", "splice", "typecode", "table", "opcode", "oparg", "opcode", "oparg"]
        kind = draw(st.sampled_from(kinds))
        if kind == "bitflip":
            return ("bitflip", draw(st.lists(st.tuples(position, st.integers(0, 7)), min_size=1, max_size=8)))
        if kind == "truncate":
            return ("truncate", draw(position))
        if kind == "splice":
            return (
                "splice",
                draw(st.sampled_from(range(len(FILES)))),
                draw(position),
                draw(st.integers(1, 64)),
                draw(position),
                draw(st.booleans()),  # insert, or overwrite
            )
        if kind == "typecode":
            code = draw(st.one_of(st.sampled_from(list(TYPE_CODES)), st.integers(0, 255)))
            return ("typecode", draw(position), code | draw(st.sampled_from([0, 0x80])))
        value = draw(st.one_of(st.integers(0, 255), st.sampled_from([0, 1, 2, 3, 0x7F, 0x80, 0xFE, 0xFF])))
        return (kind, draw(position), draw(position), value)  # which co_code (table), where in it, the byte

    return st.tuples(st.sampled_from(range(len(FILES))), st.lists(mutation(), min_size=1, max_size=3))


def apply(data: bytes, version, type_codes, spans, tables, op) -> bytes:
    data = bytearray(data)
    n = len(data)
    kind = op[0]
    if kind == "bitflip":
        for at, bit in op[1]:
            if n:
                data[at % n] ^= 1 << bit
    elif kind == "truncate":
        del data[op[1] % max(n, 1) :]
    elif kind == "splice":
        _, other, start, length, at, insert = op
        donor = scan(FILES[other])[0]
        start %= len(donor)
        piece = donor[start : start + length]
        at %= n + 1
        data[at : at if insert else at + len(piece)] = piece
    elif kind == "typecode":
        if type_codes:
            at = type_codes[op[1] % len(type_codes)]
            if at < n:
                data[at] = op[2]
    elif kind == "table":  # a byte of a line table, exception table or localsplus kinds
        if tables:
            start, end = tables[op[1] % len(tables)]
            at = start + op[2] % (end - start)
            if at < n:
                data[at] = op[3]
    else:  # opcode / oparg in a co_code
        if spans:
            start, end = spans[op[1] % len(spans)]
            size = end - start
            wordcode = version.tuple >= (3, 6)
            if wordcode:
                at = start + 2 * ((op[2] % size) // 2) + (kind == "oparg")
            else:
                at = start + op[2] % size
            value = op[3]
            if kind == "opcode" and value % 2 == 0:  # half the time a real opcode of the version
                names = [i for i, name in enumerate(opset_for(version).opnames) if name]
                value = names[value // 2 % len(names)]
            if at < min(end, n):
                data[at] = value
    return bytes(data)


def mutate(index: int, ops) -> tuple[Path, bytes]:
    path = FILES[index]
    data, version, type_codes, spans, tables = scan(path)
    for op in ops:
        # Offsets come from the original file; after a length change they still land somewhere.
        data = apply(data, version, type_codes, spans, tables, op)
    return path, data


# --------------------------------------------------------------------------------------
# Running pyctk on a mutant
# --------------------------------------------------------------------------------------

_FRAME = re.compile(r'^\s*File "([^"]+)", line \d+', re.M)


def pyctk_frames(text: str) -> list[str]:
    """The traceback frames of ``text`` that are in pyctk's own files."""
    found = []
    for name in _FRAME.findall(text):
        try:
            resolved = Path(name).resolve()
        except (OSError, ValueError):
            continue
        if resolved == PYCTK_DIR or PYCTK_DIR in resolved.parents:
            found.append(name)
    return found


class _Hung(Exception):
    pass


def _alarm(signum, frame):
    raise _Hung()


def run_in_process(argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(IN_PROCESS_LIMIT)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(argv)
    except _Hung:
        pytest.fail(f"pyctk {' '.join(argv)} did not finish in {IN_PROCESS_LIMIT} s")
    except BaseException as e:  # noqa: B036 - exactly what must never happen
        import traceback

        pytest.fail(f"an exception escaped pyctk {' '.join(argv)}:\n{''.join(traceback.format_exception(e))}")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return status, out.getvalue(), err.getvalue()


class Child:
    """``pyctk.cli.main(argv)`` in a forked child, its stdin empty, its output in files."""

    def __init__(self, argv, cwd):
        self.argv = argv
        self.out = tempfile.TemporaryFile()
        self.err = tempfile.TemporaryFile()
        sys.stdout.flush()
        sys.stderr.flush()
        self.started = time.monotonic()
        gc.freeze()  # the child's collections walk its own objects only (test_corpus.run_in_child)
        self.pid = os.fork()
        if self.pid:
            gc.unfreeze()
        if self.pid == 0:
            status = 0
            try:
                os.chdir(cwd)
                devnull = os.open(os.devnull, os.O_RDONLY)
                os.dup2(devnull, 0)
                os.dup2(self.out.fileno(), 1)
                os.dup2(self.err.fileno(), 2)
                # A mutated constant can ask the host for a huge object in one C call
                # (list(range(2**30))), which no signal interrupts: let it fail with
                # MemoryError, as the guest's own error, rather than swap for minutes.
                resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
                # If it hangs anyway, the parent asks for every thread's Python stack.
                faulthandler.register(signal.SIGUSR1, file=sys.__stderr__, all_threads=True)
                sys.stdin = open(0, "r", encoding="utf-8", closefd=False)
                sys.stdout = open(1, "w", encoding="utf-8", errors="surrogateescape", closefd=False)
                sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
                status = main(argv)
            except BaseException:  # noqa: B036 - reported to the parent
                import traceback

                status = 70
                try:
                    sys.stderr.write(f"\n{ESCAPED}\n{traceback.format_exc()}")
                except BaseException:  # noqa: B036
                    pass
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(status if isinstance(status, int) else 70)

    def wait(self) -> tuple[int | None, str, str]:
        """(exit status, or None when it had to be killed; stdout; stderr)."""
        status = None
        while True:
            pid, wait_status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                status = os.waitstatus_to_exitcode(wait_status)
                break
            if time.monotonic() - self.started > HARD_LIMIT:
                os.kill(self.pid, signal.SIGUSR1)  # where it is stuck, into its stderr
                time.sleep(0.5)
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
                break
            time.sleep(0.002)
        texts = []
        for f in (self.out, self.err):
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - 1_000_000))  # the end is what tells
            texts.append(f.read().decode("utf-8", "replace"))
            f.close()
        return status, texts[0], texts[1]


@pytest.fixture(scope="module")
def scratch():
    """A directory per corpus directory, its entries symlinked (so that a mutant can import
    its sibling modules), where mutants are written as ``_fuzz_<name>.pyc``."""
    with tempfile.TemporaryDirectory(prefix="pyctk-fuzz-") as root:
        made = {}

        def directory_for(path: Path) -> Path:
            source = path.parent
            if source not in made:
                target = Path(root) / "__".join(source.relative_to(CORPUS_PYC).parts)
                target.mkdir()
                for entry in source.iterdir():
                    (target / entry.name).symlink_to(entry)
                made[source] = target
            return made[source]

        yield directory_for


def check_listing(command, argv, status, out, err):
    where = f"pyctk {' '.join(argv)}"
    assert not pyctk_frames(err + out), f"{where}: a traceback from pyctk's own code:\n{err}"
    assert status in LISTING_STATUSES, f"{where}: exit status {status}\n{err}"
    if status == 0:
        assert err == "", f"{where}: status 0 with stderr:\n{err}"
    else:
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("pyctk: "), f"{where}: status {status}, stderr:\n{err}"


def check_run(argv, status, out, err):
    where = f"pyctk {' '.join(argv)}"
    assert status is not None, f"{where}: still running after {HARD_LIMIT} s (a hang), stderr:\n{err[-3000:]}"
    assert ESCAPED not in err, f"{where}: {err[err.index(ESCAPED):]}"
    assert status >= 0, f"{where}: killed by signal {-status}\n{err[-3000:]}"
    frames = pyctk_frames(err)
    assert not frames, f"{where}: a traceback from pyctk's own code ({frames[-1]}):\n{err[-3000:]}"


def fuzz_one(scratch, index, ops):
    path, data = mutate(index, ops)
    directory = scratch(path)
    target = directory / f"_fuzz_{path.name}"
    target.write_bytes(data)
    run_argv = ["run", "--max-steps", str(MAX_STEPS), "--timeout", str(TIMEOUT), target.name]
    child = Child(run_argv, directory)  # runs while info and dis run here
    try:
        for command in ("info", "dis"):
            argv = [command, str(target)]
            check_listing(command, argv, *run_in_process(argv))
    finally:
        status, out, err = child.wait()
    check_run(run_argv, status, out, err)


def test_fuzz(scratch):
    from hypothesis import HealthCheck, Phase, given, seed, settings

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,  # nothing written into the repository
        derandomize=SEED is None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        print_blob=True,
    )
    @given(cases())
    def fuzz(case):
        index, ops = case
        fuzz_one(scratch, index, ops)

    if SEED is not None:
        # A number, or a name (tox gives each host environment its own: their sequences differ).
        fuzz = seed(int(SEED) if SEED.isdigit() else zlib.crc32(SEED.encode("utf-8")))(fuzz)
    fuzz()


def test_scanner_finds_code():
    """The mutations reach inside co_code: the scanner sees every code object."""
    for version in ("2.7", "3.6", "3.11", "3.13"):
        path = CORPUS_PYC / version / "functions" / "defaults.pyc"
        data, v, type_codes, spans, tables = scan(path)
        loaded = pyc_module.load(path)
        codes = list(loaded.code.walk())
        assert len(spans) == len(codes)
        assert sorted(data[a:b] for a, b in spans) == sorted(c.co_code for c in codes)
        assert data[type_codes[0]] & 0x7F == ord("c")
