"""The benchmark programs under pyctk with and without an environment setting: the least
processor time of ``--runs`` runs each (alternating), and their ratio. For a change of the
VM that an environment variable turns off (``PYCTK_TRANSLATE=0``, ``PYCTK_FUSE=0``), on a
machine whose speed varies between runs.

    python3 benchmarks/tools/ab.py --off PYCTK_TRANSLATE=0 --version 3.11 --only fib,richards
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = os.path.join(ROOT, "benchmarks", "programs")


def cpu_seconds(pyc, env, scale) -> float:
    done = subprocess.run([sys.executable, "-m", "pyctk", "run", pyc, str(scale), "1"], capture_output=True,
                          text=True, env=env, check=True)
    return float(re.search(r"PYCTK_BENCH_CPU (\S+)", done.stdout).group(1))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--off", required=True, help="NAME=VALUE: the setting that turns the change off")
    parser.add_argument("--version", default="%d.%d" % sys.version_info[:2], help="X.Y compiling the programs")
    parser.add_argument("--only", default="", help="comma-separated program names (fib or bm_fib)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", type=float, default=0.5)
    args = parser.parse_args(argv)
    name, _, value = args.off.partition("=")
    names = sorted(f[3:-3] for f in os.listdir(PROGRAMS) if f.startswith("bm_") and f.endswith(".py"))
    if args.only:
        names = [n.removeprefix("bm_") for n in args.only.split(",")]
    base = dict(os.environ, PYTHONPATH=ROOT)
    base.pop(name, None)
    off = dict(base, **{name: value})
    with tempfile.TemporaryDirectory() as tmp:
        for program in names:
            source = os.path.join(PROGRAMS, f"bm_{program}.py")
            pyc = os.path.join(tmp, f"{program}.pyc")
            compile_it = f"import py_compile; py_compile.compile({source!r}, cfile={pyc!r}, doraise=True)"
            subprocess.run([f"python{args.version}", "-c", compile_it], check=True)
            times = {"off": [], "on": []}
            for _ in range(args.runs):
                times["off"].append(cpu_seconds(pyc, off, args.scale))
                times["on"].append(cpu_seconds(pyc, base, args.scale))
            low_off, low_on = min(times["off"]), min(times["on"])
            print(f"{args.version} {program:15s} off {low_off:.3f} s  on {low_on:.3f} s  on/off {low_on / low_off:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
