"""Benchmark runner: pyctk against native CPython on the programs in benchmarks/programs/.

Every program is compiled by each CPython found (or those named by ``--versions``) into a
temporary directory, then run natively (``pythonX.Y prog.pyc``) and under pyctk (``HOST -m
pyctk run prog.pyc`` with PYTHONPATH set to the repository root), ``--repeat`` times each,
alternating native and pyctk runs. A program times only its own workload: it runs it
``--inner`` times and prints the median (``PYCTK_BENCH <seconds>``) and a checksum of the
result (``PYCTK_BENCH_CHECKSUM <value>``). The runner takes the median of those medians over
the repeats, checks that pyctk printed the native checksum (a mismatch or a crash is a FAIL,
not a timing), and reports, per benchmark and version, native seconds, pyctk seconds and
the slowdown (pyctk / native), then per version the geometric mean of the slowdowns and the
worst benchmark. Start-up is reported apart: time of ``pyctk run hello.pyc`` (a trivial
program compiled by each version) against ``HOST -c pass``.

Programs print both a wall-clock median (``PYCTK_BENCH``) and a processor-time median
(``PYCTK_BENCH_CPU``); ``--clock cpu`` reports the latter (and the start-up processes'
user+system time), which is much steadier when other work shares the machine.

Usage::

    python benchmarks/run.py                                   # every version found, Markdown
    python benchmarks/run.py --versions 2.7,3.8,3.11,3.13 --repeat 3
    python benchmarks/run.py --json results.json               # also write JSON (``-``: stdout only)
    python benchmarks/run.py --compare x-python                # add x-python's slowdown
    python benchmarks/run.py --quick --versions 3.11           # tiny workloads: checks, not timings
    python benchmarks/run.py --startup-only --versions 3.11 --clock cpu --startup-runs 20 \
        --startup-hosts python3.10,python3.11,python3.12,python3.13   # start-up per host

Program protocol (benchmarks/programs/*.py, each valid for 2.7 and 3.6+): ``argv`` is
``[SCALE [REPETITIONS]]``; SCALE multiplies the program's workload size (``--scale``, 0.01 with
``--quick``), REPETITIONS is ``--inner``.

The share of each program's instructions that ran translated (``pyctk/runtime/translate.py``)
is measured apart, once per program at ``--share-scale`` (default 0.05: the traced run is
slow; at that scale a program's warm-up, before its code is hot, weighs more than in the
timed runs) with one repetition,
by ``benchmarks/tools/share.py``: the instructions of a traced run (all of them) against
those its translated blocks counted in a plain run. ``--no-share`` skips it.

``--compare x-python``: x-python (``xpython FILE.pyc``) is roughly a thousand times slower
than native, so it runs the same .pyc files at ``--compare-scale`` (default 0.05), once per
benchmark, and its slowdown is against a native run at that same scale. Its command is
``--xpython CMD``, or else it is installed with pip into a venv under /tmp (hosts 3.11+).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import math
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

from pyctk.versions import VERSION_NAMES

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
ALL_VERSIONS = list(VERSION_NAMES)  # the one list: pyctk/versions/__init__.py
XPYTHON_VENV = os.path.join(tempfile.gettempdir(), "pyctk-bench-xpython")
PYCACHE = os.path.join(tempfile.gettempdir(), "pyctk-bench-pycache")

HELLO = 'from __future__ import print_function\nprint("hello, world")\n'

COMPILE = r"""
import py_compile, sys
args = sys.argv[1:]
for i in range(0, len(args), 2):
    try:
        py_compile.compile(args[i], cfile=args[i + 1], doraise=True)
    except Exception as e:
        sys.stdout.write("FAIL %s %s\n" % (args[i], str(e).replace("\n", " ")))
"""


# -- interpreters ------------------------------------------------------------------------


def probe_version(cmd) -> str | None:
    """The X.Y of an interpreter command, or None when it does not run."""
    try:
        out = subprocess.run(
            cmd + ["-c", "import sys; sys.stdout.write('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def find_interpreters(wanted, host) -> dict:
    """X.Y -> command of a native CPython X.Y that runs (pyenv shims that exist but do not
    run count as absent). The host stands in for its own version."""
    host_version = probe_version(host)
    found = {}
    for version in wanted:
        path = shutil.which("python" + version)
        if path and probe_version([path]) == version:
            found[version] = [path]
        elif version == host_version:
            found[version] = list(host)
    return found


# -- programs ------------------------------------------------------------------------------


def benchmark_names(only=None) -> list:
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.startswith("bm_") and f.endswith(".py"))
    if only:
        wanted = {n if n.startswith("bm_") else "bm_" + n for n in only}
        unknown = wanted - set(names)
        if unknown:
            raise SystemExit("unknown benchmark(s): " + ", ".join(sorted(unknown)))
        names = [n for n in names if n in wanted]
    return names


def compile_all(versions, interpreters, names, workdir) -> dict:
    """Compile every program (and hello.py) with each version into workdir/X.Y/.
    Returns {version: {name: error}} for the files that did not compile."""
    hello_src = os.path.join(workdir, "hello.py")
    with open(hello_src, "w") as f:
        f.write(HELLO)
    errors = {}
    for version in versions:
        outdir = os.path.join(workdir, version)
        os.makedirs(outdir, exist_ok=True)
        args = []
        for name in names:
            args += [os.path.join(PROGRAMS, name + ".py"), os.path.join(outdir, name + ".pyc")]
        args += [hello_src, os.path.join(outdir, "hello.pyc")]
        out = subprocess.run(interpreters[version] + ["-c", COMPILE] + args, capture_output=True, text=True)
        errors[version] = {}
        for line in out.stdout.splitlines():
            if line.startswith("FAIL "):
                _, src, message = line.split(" ", 2)
                errors[version][os.path.basename(src)[:-3]] = "compile: " + message
        if out.returncode != 0:
            for name in names + ["hello"]:
                errors[version].setdefault(name, "compile: " + last_line(out.stderr))
    return errors


def pyc_path(workdir, version, name) -> str:
    return os.path.join(workdir, version, name + ".pyc")


# -- running ---------------------------------------------------------------------------------


def last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    line = lines[-1] if lines else "(no output)"
    return line if len(line) <= 300 else line[:297] + "..."


def native_env():
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONHOME", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def pyctk_env():
    env = native_env()
    # The host caches pyctk's own compiled modules, under /tmp (not beside the sources).
    env.pop("PYTHONDONTWRITEBYTECODE")
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    env["PYTHONPATH"] = REPO + (os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else "")
    return env


def run_program(cmd, env, timeout, clock="wall") -> dict:
    """Run one benchmark process: {"seconds" (of ``clock``), "wall", "cpu", "checksum"}
    or {"error"}."""
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return {"error": "timed out after %g s" % timeout}
    except OSError as e:
        return {"error": "cannot run: %s" % e}
    wall = cpu = checksum = None
    for line in out.stdout.splitlines():
        if line.startswith("PYCTK_BENCH_ERROR"):
            return {"error": line}
        if line.startswith("PYCTK_BENCH_CHECKSUM "):
            checksum = line[len("PYCTK_BENCH_CHECKSUM ") :]
        elif line.startswith(("PYCTK_BENCH ", "PYCTK_BENCH_CPU ")):
            try:
                value = float(line.split()[1])
            except (IndexError, ValueError):
                continue
            if line.startswith("PYCTK_BENCH "):
                wall = value
            else:
                cpu = value
    if out.returncode != 0:
        return {"error": "exit %d: %s" % (out.returncode, last_line(out.stderr or out.stdout))}
    seconds = cpu if clock == "cpu" else wall
    if seconds is None or checksum is None:
        return {"error": "exit 0 without a PYCTK_BENCH line: %s" % last_line(out.stderr or out.stdout)}
    return {"seconds": seconds, "wall": wall, "cpu": cpu, "checksum": checksum}


def median(values):
    return statistics.median(values) if values else None


class Runner:
    def __init__(self, args, interpreters, workdir, xpython):
        self.args = args
        self.interpreters = interpreters
        self.workdir = workdir
        self.pyctk = list(args.host) + ["-m", "pyctk", "run"]
        # With --sandbox, each program runs sandboxed and plain, alternately: the sandbox's
        # cost is the ratio of the two medians, measured under the same load.
        self.pyctk_plain = list(self.pyctk) if args.sandbox else None
        if args.sandbox:  # pyctk run --sandbox, with limits no benchmark reaches
            self.pyctk += ["--sandbox", "--cpu-seconds", "3600", "--memory", "8G"]
        self.xpython = xpython
        self.native_env = native_env()
        self.pyctk_env = pyctk_env()

    def progress(self, message):
        if not self.args.silent:
            print(message, file=sys.stderr, flush=True)

    def bench(self, version, name, compile_error=None) -> dict:
        args = self.args
        result = {"benchmark": name[3:], "program": name + ".py", "version": version}
        if compile_error:
            result.update(
                status="compile-error", reason=compile_error, checksum=None, native=None, pyctk=None, ratio=None
            )
            return self._done(result)
        pyc = pyc_path(self.workdir, version, name)
        argv = [pyc, repr(args.scale), str(args.inner)]
        native_cmd = self.interpreters[version] + argv
        pyctk_cmd = self.pyctk + argv
        natives, pyctks, plains = [], [], []
        status, reason = "ok", None
        for _ in range(args.repeat):
            n = run_program(native_cmd, self.native_env, args.timeout, args.clock)
            natives.append(n)
            if "error" in n:
                status, reason = "native-error", "native: " + n["error"]
                break
            p = run_program(pyctk_cmd, self.pyctk_env, args.timeout, args.clock)
            pyctks.append(p)
            if self.pyctk_plain is not None and "error" not in p:
                plains.append(run_program(self.pyctk_plain + argv, self.pyctk_env, args.timeout, args.clock))
            if "error" in p:
                status, reason = "error", "pyctk: " + p["error"]
                break
            if p["checksum"] != n["checksum"]:
                status = "mismatch"
                reason = "checksum: native %s, pyctk %s" % (n["checksum"], p["checksum"])
                break
            if n["checksum"] != natives[0]["checksum"]:
                status, reason = "native-error", "native checksums differ between runs"
                break
        native_s = median([r["seconds"] for r in natives if "seconds" in r])
        pyctk_s = median([r["seconds"] for r in pyctks if "seconds" in r])
        result.update(
            status=status,
            reason=reason,
            checksum=natives[0].get("checksum"),
            native={
                "seconds": native_s,
                "runs": [r.get("seconds") for r in natives],
                "wall": [r.get("wall") for r in natives],
                "cpu": [r.get("cpu") for r in natives],
            },
            pyctk={
                "seconds": pyctk_s if status == "ok" else None,
                "runs": [r.get("seconds") for r in pyctks],
                "wall": [r.get("wall") for r in pyctks],
                "cpu": [r.get("cpu") for r in pyctks],
                "checksums": [r.get("checksum") for r in pyctks],
            },
            ratio=pyctk_s / native_s if status == "ok" and native_s else None,
        )
        if self.pyctk_plain is not None and status == "ok":
            plain_s = median([r["seconds"] for r in plains if "seconds" in r])
            result["sandbox_cost"] = pyctk_s / plain_s if plain_s else None
        if self.xpython is not None and status != "native-error":
            result["xpython"] = self.compare_xpython(version, pyc)
        if not args.no_share and status == "ok":
            result["share"] = self.translated_share(pyc)
        return self._done(result)

    def translated_share(self, pyc) -> dict:
        """{"translated", "total", "scale"} or {"error"}: ``tools/share.py``'s counts, its
        two runs checked to have done the same work (the same checksum)."""
        scale = self.args.share_scale
        cmd = list(self.args.host) + [os.path.join(HERE, "tools", "share.py"), pyc, repr(scale), "1"]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, env=self.pyctk_env,
                                 timeout=self.args.timeout, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return {"error": "timed out after %g s" % self.args.timeout}
        checksums = set(re.findall(r"^PYCTK_BENCH_CHECKSUM (.*)$", out.stdout, re.M))
        counts = re.search(r"^PYCTK_SHARE (\d+) (\d+)$", out.stdout, re.M)
        if out.returncode != 0 or counts is None:
            return {"error": "exit %d: %s" % (out.returncode, last_line(out.stderr or out.stdout))}
        if len(checksums) != 1:
            return {"error": "the two runs' checksums differ: %s" % ", ".join(sorted(checksums))}
        return {"translated": int(counts.group(1)), "total": int(counts.group(2)), "scale": scale}

    def compare_xpython(self, version, pyc) -> dict:
        args = self.args
        argv = [pyc, repr(args.compare_scale), "1"]
        n = run_program(self.interpreters[version] + argv, self.native_env, args.timeout, args.clock)
        if "error" in n:
            return {"status": "native-error", "reason": n["error"], "ratio": None}
        x = run_program(self.xpython + argv, self.native_env, args.compare_timeout, args.clock)
        out = {"scale": args.compare_scale, "native_seconds": n["seconds"], "ratio": None}
        if "error" in x:
            out.update(status="error", reason=x["error"])
        elif x["checksum"] != n["checksum"]:
            out.update(status="mismatch", reason="checksum: native %s, x-python %s" % (n["checksum"], x["checksum"]))
        else:
            out.update(status="ok", seconds=x["seconds"], ratio=x["seconds"] / n["seconds"] if n["seconds"] else None)
        return out

    def _done(self, result) -> dict:
        if result["status"] == "ok":
            line = "%s %s: native %s s, pyctk %s s (%s)" % (
                result["version"],
                result["benchmark"],
                fmt_s(result["native"]["seconds"]),
                fmt_s(result["pyctk"]["seconds"]),
                fmt_ratio(result["ratio"]),
            )
        else:
            line = "%s %s: FAIL (%s) %s" % (result["version"], result["benchmark"], result["status"], result["reason"])
        x = result.get("xpython")
        share = result.get("share")
        if share and "total" in share:
            line += "; %s translated" % fmt_share(share)
        if x is not None:
            line += "; x-python %s" % (fmt_ratio(x["ratio"]) if x["status"] == "ok" else "n/a (%s)" % x["status"])
        self.progress(line)
        return result

    def startup(self, versions, compile_errors) -> dict:
        runs = self.args.startup_runs
        host = list(self.args.host)

        def timed(cmd, env, expect=None):
            walls, cpus = [], []
            subprocess.run(cmd, capture_output=True, env=env, stdin=subprocess.DEVNULL)  # warm-up
            for _ in range(runs):
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                out = subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
                t1 = time.perf_counter()
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                if out.returncode != 0 or (expect is not None and out.stdout.strip() != expect):
                    return {"status": "error", "reason": last_line(out.stderr or out.stdout), "seconds": None}
                walls.append(t1 - t0)
                cpus.append(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime)
            chosen = cpus if self.args.clock == "cpu" else walls
            return {"status": "ok", "seconds": median(chosen), "wall": walls, "cpu": cpus}

        result = {"runs": runs, "baseline": timed(host + ["-c", "pass"], self.native_env), "pyctk": {}}
        result["baseline"]["command"] = " ".join(host + ["-c", "pass"])
        for version in versions:
            if "hello" in compile_errors.get(version, {}):
                result["pyctk"][version] = {"status": "compile-error", "seconds": None}
                continue
            hello = pyc_path(self.workdir, version, "hello")
            result["pyctk"][version] = timed(self.pyctk + [hello], self.pyctk_env, "hello, world")
            if self.pyctk_plain is not None:
                result.setdefault("pyctk_plain", {})[version] = timed(
                    self.pyctk_plain + [hello], self.pyctk_env, "hello, world")
        # As pyctk starts from a source checkout where nothing is cached (PYTHONDONTWRITEBYTECODE).
        nocache_env = dict(self.pyctk_env, PYTHONDONTWRITEBYTECODE="1")
        nocache_env.pop("PYTHONPYCACHEPREFIX")
        ok = [v for v in versions if "hello" not in compile_errors.get(v, {})]
        if ok:
            v = ok[-1]
            r = timed(self.pyctk + [pyc_path(self.workdir, v, "hello")], nocache_env, "hello, world")
            r["version"] = v
            result["pyctk_uncached"] = r
        hosts = self.args.startup_hosts
        if hosts and ok:
            result["hosts"] = self.startup_hosts(hosts, ok[-1])
        self.progress(
            "start-up: %s -c pass %s s; pyctk run hello.pyc: %s"
            % (
                host[0],
                fmt_s(result["baseline"]["seconds"]),
                ", ".join("%s %s" % (v, fmt_s(r["seconds"])) for v, r in result["pyctk"].items()),
            )
        )
        return result


    def startup_hosts(self, hosts, version) -> dict:
        """Per host: ``HOST -c pass`` and ``HOST -m pyctk run hello.pyc`` (``version``'s
        bytecode), alternately in one loop so that both see the same machine load; the
        overhead and the ratio are of the two medians."""
        runs = self.args.startup_runs
        hello = pyc_path(self.workdir, version, "hello")
        out = {"version": version, "runs": runs}
        for host in hosts:
            # The interpreter itself, not a launcher (a pyenv shim adds a shell and pyenv to every start).
            real = subprocess.run(
                host.split() + ["-c", "import sys; print(sys.executable)"], capture_output=True, text=True
            ).stdout.strip() or host.split()[0]
            cmds = ([real, "-c", "pass"], [real, "-m", "pyctk", "run", hello])
            envs = (self.native_env, self.pyctk_env)
            samples = ([], [])
            status = "ok"
            for i in range(runs + 1):  # the first round warms the caches and is not counted
                for k in (0, 1):
                    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                    t0 = time.perf_counter()
                    proc = subprocess.run(cmds[k], capture_output=True, text=True, env=envs[k], stdin=subprocess.DEVNULL)
                    t1 = time.perf_counter()
                    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                    if proc.returncode != 0 or (k == 1 and proc.stdout.strip() != "hello, world"):
                        status = "error: " + last_line(proc.stderr or proc.stdout)
                        break
                    cpu = r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime
                    if i:
                        samples[k].append(cpu if self.args.clock == "cpu" else t1 - t0)
                if status != "ok":
                    break
            version_text = probe_version(host.split())
            if status != "ok":
                out[host] = {"status": status, "python": version_text}
                continue
            base, pyctk = median(samples[0]), median(samples[1])
            out[host] = {
                "status": "ok",
                "python": version_text,
                "baseline": base,
                "pyctk": pyctk,
                "overhead": pyctk - base,
                "ratio": pyctk / base if base else None,
            }
            self.progress(
                "start-up on %s: -c pass %s s, pyctk run %s s (+%s s, %.2fx)"
                % (host, fmt_s(base), fmt_s(pyctk), fmt_s(pyctk - base), pyctk / base if base else float("nan"))
            )
        return out


# -- x-python ----------------------------------------------------------------------------


def find_xpython(args):
    """The command that runs x-python, installing it into a venv under /tmp when needed.
    Returns (command or None, note)."""
    if args.xpython:
        return args.xpython.split(), "given"
    xpython = os.path.join(XPYTHON_VENV, "bin", "xpython")
    if os.path.exists(xpython):
        return [xpython], "venv " + XPYTHON_VENV
    host_version = probe_version(args.host)
    if host_version is None or tuple(map(int, host_version.split("."))) < (3, 11):
        return None, "x-python is installed only on hosts 3.11+ (host is %s)" % host_version
    print("installing x-python into %s ..." % XPYTHON_VENV, file=sys.stderr, flush=True)
    try:
        subprocess.run(list(args.host) + ["-m", "venv", XPYTHON_VENV], check=True, capture_output=True)
        subprocess.run(
            [os.path.join(XPYTHON_VENV, "bin", "python"), "-m", "pip", "install", "-q", "x-python"],
            check=True,
            capture_output=True,
            timeout=600,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as e:
        detail = getattr(e, "stderr", b"") or b""
        return None, "x-python did not install: %s %s" % (e, last_line(detail.decode("utf-8", "replace")))
    return [xpython], "installed into " + XPYTHON_VENV


# -- the report -------------------------------------------------------------------------------


def fmt_s(seconds) -> str:
    if seconds is None:
        return "FAIL"
    if seconds >= 100:
        return "%.0f" % seconds
    return "%.3g" % seconds


def fmt_ratio(ratio) -> str:
    if ratio is None:
        return "FAIL"
    return ("%.0f×" if ratio >= 100 else "%.1f×") % ratio


def fmt_share(share) -> str:
    if not share or "total" not in share or not share["total"]:
        return "n/a"
    return "%.0f %%" % (100.0 * share["translated"] / share["total"])


def fmt_load(load) -> str:
    return "%.1f" % load[0] if load else "?"


def loadavg():
    try:
        return list(os.getloadavg())
    except (AttributeError, OSError):
        return None


def geomean(values):
    values = [v for v in values if v]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def summarize(results, versions, names) -> dict:
    summary = {}
    for version in versions:
        rows = [r for r in results if r["version"] == version]
        ok = [r for r in rows if r["status"] == "ok"]
        worst = max(ok, key=lambda r: r["ratio"]) if ok else None
        entry = {
            "benchmarks": len(rows),
            "ok": len(ok),
            "failed": len(rows) - len(ok),
            "geomean": geomean([r["ratio"] for r in ok]),
            "worst": {"benchmark": worst["benchmark"], "ratio": worst["ratio"]} if worst else None,
        }
        xs = [r["xpython"] for r in rows if r.get("xpython")]
        if xs:
            xok = [x for x in xs if x["status"] == "ok"]
            entry["xpython"] = {"ok": len(xok), "geomean": geomean([x["ratio"] for x in xok])}
            # pyctk's geometric mean over the benchmarks both ran, for a like-for-like view
            both = [r for r in ok if r.get("xpython", {}).get("status") == "ok"]
            entry["xpython"]["common"] = len(both)
            entry["xpython"]["pyctk_geomean_common"] = geomean([r["ratio"] for r in both])
            entry["xpython"]["xpython_geomean_common"] = geomean([r["xpython"]["ratio"] for r in both])
        summary[version] = entry
    return summary


def _results_table(report, versions, names, compare, by_key, s) -> list:
    lines = []
    header = ["benchmark"]
    align = ["---"]
    for v in versions:
        header += ["%s native s" % v, "%s pyctk s" % v, "%s ×" % v]
        align += ["---:", "---:", "---:"]
        if compare:
            header.append("%s x-python ×" % v)
            align.append("---:")
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join(align) + "|")
    for name in names:
        row = [name[3:]]
        for v in versions:
            r = by_key.get((v, name[3:]))
            if r is None:
                row += ["", "", ""] + ([""] if compare else [])
                continue
            if r["status"] == "ok":
                row += [fmt_s(r["native"]["seconds"]), fmt_s(r["pyctk"]["seconds"]), fmt_ratio(r["ratio"])]
            else:
                native_s = (r.get("native") or {}).get("seconds") if r["status"] != "native-error" else None
                row += [fmt_s(native_s) if native_s else "FAIL", "FAIL", "FAIL"]
            if compare:
                x = r.get("xpython")
                row.append(fmt_ratio(x["ratio"]) if x and x["status"] == "ok" else "n/a")
        lines.append("| " + " | ".join(row) + " |")
    geo = ["**geometric mean**"]
    worst = ["worst"]
    for v in versions:
        sm = report["summary"][v]
        g = sm["geomean"]
        geo += [
            "",
            "",
            "**%s**" % fmt_ratio(g) + ("" if not sm["failed"] else " (%d/%d)" % (sm["ok"], sm["benchmarks"])),
        ]
        worst += [
            "",
            "",
            "%s %s" % (sm["worst"]["benchmark"], fmt_ratio(sm["worst"]["ratio"])) if sm["worst"] else "n/a",
        ]
        if compare:
            x = sm.get("xpython")
            geo.append(
                "**%s**" % fmt_ratio(x["geomean"]) + (" (%d/%d)" % (x["ok"], sm["benchmarks"]))
                if x and x["geomean"]
                else "n/a"
            )
            worst.append("")
    lines.append("| " + " | ".join(geo) + " |")
    lines.append("| " + " | ".join(worst) + " |")
    if compare:
        lines.append("")
        lines.append(
            "x-python (%s) ran each .pyc once at scale %g; its × is against a native run at that scale. "
            "n/a: it failed or printed a different checksum. Like for like (benchmarks both ran):"
            % (report["xpython"]["note"], s["compare_scale"])
        )
        lines.append("")
        lines.append("| version | benchmarks both ran | pyctk geometric mean | x-python geometric mean |")
        lines.append("|---|---:|---:|---:|")
        for v in versions:
            x = report["summary"][v].get("xpython")
            if x:
                lines.append(
                    "| %s | %d | %s | %s |"
                    % (
                        v,
                        x["common"],
                        fmt_ratio(x["pyctk_geomean_common"]) if x["common"] else "n/a",
                        fmt_ratio(x["xpython_geomean_common"]) if x["common"] else "n/a",
                    )
                )
    failures = [r for r in report["results"] if r["status"] != "ok"]
    xfail = [r for r in report["results"] if r.get("xpython") and r["xpython"]["status"] != "ok"]
    if failures or xfail:
        lines.append("")
        lines.append("Failures:")
        lines.append("")
        for r in failures:
            lines.append("- %s %s: %s — %s" % (r["version"], r["benchmark"], r["status"], r["reason"]))
        # x-python's failures, grouped where one reason covers several benchmarks
        groups = {}
        for r in xfail:
            x = r["xpython"]
            reason = re.sub(r"[^\s']*/(bm_\w+\.pyc)", "FILE.pyc", x.get("reason") or "")
            groups.setdefault((r["version"], x["status"], reason), []).append(r["benchmark"])
        for (version, status, reason), benchmarks in groups.items():
            which = "all" if len(benchmarks) == len(names) else ", ".join(benchmarks)
            lines.append("- %s %s: x-python %s — %s" % (version, which, status, reason))
    return lines


def _sandbox_cost(report, versions) -> list:
    """What --sandbox costs: sandboxed over plain pyctk, each program and start-up measured
    both ways in this run."""
    lines = ["", "The sandbox's cost (`pyctk run --sandbox` / `pyctk run`, same runs):", "",
             "| version | steady state, geometric mean | worst | start-up (hello) |", "|---|---:|---:|---:|"]
    st = report.get("startup") or {}
    for v in versions:
        costs = [r["sandbox_cost"] for r in report["results"] if r["version"] == v and r.get("sandbox_cost")]
        geo = math.exp(sum(math.log(c) for c in costs) / len(costs)) if costs else None
        boxed, plain = st.get("pyctk", {}).get(v), st.get("pyctk_plain", {}).get(v)
        start = (boxed["seconds"] / plain["seconds"]
                 if boxed and plain and boxed.get("seconds") and plain.get("seconds") else None)
        lines.append("| %s | %s | %s | %s |" % (v, "%.2f×" % geo if geo else "n/a",
                                                 "%.2f×" % max(costs) if costs else "n/a",
                                                 "%.2f×" % start if start else "n/a"))
    return lines


def _share_table(report, versions, names) -> list:
    """The share of each program's instructions that ran translated, per version."""
    by_key = {(r["version"], r["benchmark"]): r.get("share") for r in report["results"]}
    if not any(by_key.values()):
        return []
    scale = next(s["scale"] for s in by_key.values() if s and "scale" in s)
    lines = ["", "Share of the instructions run translated (`benchmarks/tools/share.py`, scale %g, "
             "one repetition; the rest ran in the interpreter):" % scale, "",
             "| benchmark | " + " | ".join("%s" % v for v in versions) + " |",
             "|---|" + "---:|" * len(versions)]
    for name in names:
        row = [fmt_share(by_key.get((v, name[3:]))) for v in versions]
        lines.append("| %s | %s |" % (name[3:], " | ".join(row)))
    errors = [(k, s["error"]) for k, s in by_key.items() if s and "error" in s]
    for (version, benchmark), error in errors:
        lines.append("")
        lines.append("- %s %s: share not measured: %s" % (version, benchmark, error))
    return lines


def markdown(report) -> str:
    versions = report["versions"]
    names = report["benchmarks"]
    compare = report["settings"]["compare"] == "x-python"
    by_key = {(r["version"], r["benchmark"]): r for r in report["results"]}
    s = report["settings"]
    lines = []
    lines.append(
        "Host: CPython %s (`%s`); pyctk: `%s`. Each time (%s) is the median over %d runs of the "
        "program's own median of %d timed repetitions of its workload (scale %g); "
        "× = pyctk / native, same version. Load average %s at the start, %s at the end, %s CPUs."
        % (
            report["host"]["version"],
            report["host"]["executable"],
            " ".join(["python", "-m", "pyctk", "run"] + (["--sandbox"] if s.get("sandbox") else [])),
            "processor time" if s["clock"] == "cpu" else "wall clock",
            s["repeat"],
            s["inner"],
            s["scale"],
            fmt_load(report["host"]["load_start"]),
            fmt_load(report["host"]["load_end"]),
            report["host"]["cpus"],
        )
    )
    lines.append("")
    if names:
        lines += _results_table(report, versions, names, compare, by_key, s)
        lines += _share_table(report, versions, names)
    if s.get("sandbox"):
        lines += _sandbox_cost(report, versions)
    st = report.get("startup")
    if st:
        lines.append("")
        lines.append(
            "Start-up (%s, median of %d runs):"
            % ("processor time of the process" if s["clock"] == "cpu" else "wall clock", st["runs"])
        )
        lines.append("")
        lines.append("| command | seconds | over `-c pass` |")
        lines.append("|---|---:|---:|")
        base = st["baseline"]["seconds"]
        lines.append("| `%s` | %s | |" % (st["baseline"]["command"], fmt_s(base)))

        def extra(r):
            return "+%s" % fmt_s(r["seconds"] - base) if r["seconds"] is not None and base is not None else ""

        for v, r in st["pyctk"].items():
            lines.append("| `pyctk run hello.pyc` (%s) | %s | %s |" % (v, fmt_s(r["seconds"]), extra(r)))
        r = st.get("pyctk_uncached")
        if r:
            lines.append(
                "| `pyctk run hello.pyc` (%s), pyctk's modules not cached (PYTHONDONTWRITEBYTECODE=1) | %s | %s |"
                % (r["version"], fmt_s(r["seconds"]), extra(r))
            )
        per_host = st.get("hosts")
        if per_host:
            lines.append("")
            lines.append(
                "Per host (`HOST -m pyctk run hello.pyc` of %s bytecode against `HOST -c pass`, measured "
                "alternately, median of %d each, %s):"
                % (per_host["version"], per_host["runs"], "processor time" if s["clock"] == "cpu" else "wall clock")
            )
            lines.append("")
            lines.append("| host | `-c pass` ms | `pyctk run` ms | over `-c pass` ms | ratio |")
            lines.append("|---|---:|---:|---:|---:|")
            for host, r in per_host.items():
                if not isinstance(r, dict):
                    continue
                if r["status"] != "ok":
                    lines.append("| %s (%s) | %s | | | |" % (host, r.get("python"), r["status"]))
                    continue
                lines.append(
                    "| %s (%s) | %.1f | %.1f | %.1f | %.2f |"
                    % (host, r["python"], 1000 * r["baseline"], 1000 * r["pyctk"], 1000 * r["overhead"], r["ratio"])
                )
    return "\n".join(lines) + "\n"


# -- main ------------------------------------------------------------------------------------


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--versions", help="comma-separated X.Y list (default: every version found)")
    p.add_argument("--host", default=sys.executable, help="the interpreter pyctk runs on (default: this one)")
    p.add_argument("--repeat", type=int, default=3, help="process runs per benchmark, native and pyctk (default 3)")
    p.add_argument("--inner", type=int, default=3, help="timed repetitions inside each program run (default 3)")
    p.add_argument(
        "--clock",
        choices=["wall", "cpu"],
        default="wall",
        help="which of the programs' timings to use: wall clock (default) or processor time "
        "(steadier on a loaded machine)",
    )
    p.add_argument("--scale", type=float, default=1.0, help="workload scale (default 1.0)")
    p.add_argument("--quick", action="store_true", help="tiny workloads (scale 0.01, 1 run, 1 repetition): a check")
    p.add_argument("--only", help="comma-separated benchmark names (fib or bm_fib)")
    p.add_argument("--json", nargs="?", const="-", metavar="FILE", help="write JSON to FILE (- or none: stdout)")
    p.add_argument("--markdown", metavar="FILE", help="also write the Markdown report to FILE")
    p.add_argument("--compare", choices=["x-python"], help="also run a peer interpreter on the same .pyc files")
    p.add_argument("--xpython", help="x-python's command (default: a venv under /tmp, installed on demand)")
    p.add_argument("--compare-scale", type=float, default=None, help="workload scale for the peer (default 0.05)")
    p.add_argument("--compare-timeout", type=float, default=600, help="seconds per peer run (default 600)")
    p.add_argument("--timeout", type=float, default=900, help="seconds per run (default 900)")
    p.add_argument("--startup-runs", type=int, default=None, help="runs of each start-up command (default 7)")
    p.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    p.add_argument("--startup-only", action="store_true", help="measure only the start-up")
    p.add_argument(
        "--startup-hosts",
        help="comma-separated host interpreters whose start-up to measure too, each against its own -c pass "
        "(e.g. python3.10,python3.11,python3.12,python3.13)",
    )
    p.add_argument("--sandbox", action="store_true",
                   help="run pyctk with --sandbox (its cost: compare with a run without; README's table)")
    p.add_argument("--share-scale", type=float, default=0.05,
                   help="workload scale of the translated-share runs (default 0.05)")
    p.add_argument("--no-share", action="store_true", help="skip the share of instructions run translated")
    p.add_argument("--jobs", type=int, default=1, help="benchmarks run at once (>1 distorts timings; for checks)")
    p.add_argument(
        "--from-json", metavar="FILE", help="print the Markdown report of an earlier --json FILE; run nothing"
    )
    p.add_argument("--keep", action="store_true", help="keep the temporary directory of .pyc files")
    p.add_argument("--silent", action="store_true", help="no progress on stderr")
    args = p.parse_args(argv)
    args.host = args.host.split()
    args.startup_hosts = [h.strip() for h in args.startup_hosts.split(",") if h.strip()] if args.startup_hosts else []
    if args.quick:
        args.scale = 0.01 if args.scale == 1.0 else args.scale
        args.repeat = 1
        args.inner = 1
        args.startup_runs = args.startup_runs or 1
        args.compare_scale = args.compare_scale or 0.01
        args.share_scale = min(args.share_scale, args.scale)
    args.startup_runs = args.startup_runs or 7
    args.compare_scale = args.compare_scale or 0.05
    if args.repeat < 1 or args.inner < 1:
        p.error("--repeat and --inner must be at least 1")
    return args


def _terminate(signum, frame):
    raise SystemExit(128 + signum)  # so that the temporary directory goes away


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.from_json:
        with open(args.from_json) as f:
            sys.stdout.write(markdown(json.load(f)))
        return 0
    signal.signal(signal.SIGTERM, _terminate)
    wanted = args.versions.split(",") if args.versions else ALL_VERSIONS
    wanted = [v.strip() for v in wanted if v.strip()]
    interpreters = find_interpreters(wanted, args.host)
    versions = [v for v in wanted if v in interpreters]
    missing = [v for v in wanted if v not in interpreters]
    if missing:
        print("no native interpreter for: %s" % ", ".join(missing), file=sys.stderr)
    if not versions:
        print("no native interpreter found for any of: %s" % ", ".join(wanted), file=sys.stderr)
        return 2
    names = [] if args.startup_only else benchmark_names(args.only.split(",") if args.only else None)
    xpython, xnote = (None, None)
    if args.compare == "x-python":
        xpython, xnote = find_xpython(args)
        if xpython is None:
            print("x-python comparison skipped: %s" % xnote, file=sys.stderr)
    load_start = loadavg()
    workdir = tempfile.mkdtemp(prefix="pyctk-bench-")
    try:
        compile_errors = compile_all(versions, interpreters, names, workdir)
        runner = Runner(args, interpreters, workdir, xpython)
        tasks = [] if args.startup_only else [(v, n, compile_errors[v].get(n)) for v in versions for n in names]
        if args.jobs > 1:
            with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
                results = list(pool.map(lambda t: runner.bench(*t), tasks))
        else:
            results = [runner.bench(*t) for t in tasks]
        startup = None if args.no_startup else runner.startup(versions, compile_errors)
    finally:
        if args.keep:
            print("kept %s" % workdir, file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    host_version = subprocess.run(
        args.host + ["-c", "import platform; print(platform.python_version())"], capture_output=True, text=True
    ).stdout.strip()
    report = {
        "format": 1,
        "host": {
            "executable": " ".join(args.host),
            "version": host_version,
            "machine": platform.machine(),
            "system": platform.system(),
            "cpus": os.cpu_count(),
            "load_start": load_start,
            "load_end": loadavg(),
        },
        "settings": {
            "repeat": args.repeat,
            "inner": args.inner,
            "scale": args.scale,
            "clock": args.clock,
            "sandbox": args.sandbox,
            "quick": args.quick,
            "compare": args.compare,
            "compare_scale": args.compare_scale if args.compare else None,
            "share_scale": None if args.no_share else args.share_scale,
        },
        "interpreters": {v: " ".join(interpreters[v]) for v in versions},
        "missing": missing,
        "versions": versions,
        "benchmarks": names,
        "results": results,
        "summary": summarize(results, versions, names),
        "startup": startup,
    }
    if args.compare:
        report["xpython"] = {"command": " ".join(xpython) if xpython else None, "note": xnote}
    text = markdown(report)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text)
    if args.json and args.json != "-":
        with open(args.json, "w") as f:
            json.dump(report, f, indent=2)
            f.write("\n")
    if args.json == "-":
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
