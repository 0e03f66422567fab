"""The package as a user gets it: build it, check it, install the wheel into a fresh venv
of each host given, and use it there from outside the checkout.

    python3 tools/check_package.py                      # this interpreter as the host
    python3 tools/check_package.py --hosts python3.10,python3.13

Steps (each failure is a message and exit status 1):
1. ``python -m build`` makes an sdist and, from it, a wheel; ``twine check`` passes on both.
2. Per host: a new venv, ``pip install 'WHEEL[web]'`` (dependencies from the index), then,
   in an empty directory with no PYTHONPATH: ``pyctk --version`` says ``__version__``;
   ``pyctk run`` on every shipped example (``pyctk/examples/hello-X.Y.pyc``) prints what
   CPython X.Y printed (``expected-X.Y.txt``, recorded by tools/make_examples.py);
   ``pyctk serve --port 0`` lists the shipped examples and opens one.

Needs ``build`` and ``twine`` in the running interpreter (.ci/run installs them).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXAMPLES = os.path.join(ROOT, "pyctk", "examples")


class Failed(Exception):
    pass


def clean_env() -> dict:
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "PIP_CONSTRAINT", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


def run(cmd, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise Failed("%s: exit %d\n%s%s" % (" ".join(cmd), result.returncode, result.stdout[-2000:], result.stderr[-2000:]))
    return result


def version() -> str:
    with open(os.path.join(ROOT, "pyctk", "__init__.py")) as f:
        return re.search(r'^__version__ = "([^"]+)"', f.read(), re.M).group(1)


def build(work: str) -> str:
    dist = os.path.join(work, "dist")
    run([sys.executable, "-m", "build", "--outdir", dist, ROOT], env=clean_env())
    files = sorted(glob.glob(os.path.join(dist, "*")))
    sdists = [f for f in files if f.endswith(".tar.gz")]
    wheels = [f for f in files if f.endswith(".whl")]
    if len(sdists) != 1 or len(wheels) != 1:
        raise Failed("build made %s, not one sdist and one wheel" % [os.path.basename(f) for f in files])
    run([sys.executable, "-m", "twine", "check", "--strict", *files])
    print("built and checked: %s" % ", ".join(os.path.basename(f) for f in files), flush=True)
    return wheels[0]


def shipped() -> list[str]:
    names = [os.path.basename(p) for p in glob.glob(os.path.join(EXAMPLES, "hello-*.pyc"))]
    if len(names) < 9:
        raise Failed("pyctk/examples has %d examples, not one per version (tools/make_examples.py)" % len(names))
    return sorted(names, key=lambda n: tuple(int(x) for x in n[6:-4].split(".")))


def check_host(host: str, wheel: str, work: str) -> None:
    venv = os.path.join(work, "venv-" + os.path.basename(host))
    env = clean_env()
    run([host, "-m", "venv", venv], env=env)
    py = os.path.join(venv, "bin", "python")
    pyctk = os.path.join(venv, "bin", "pyctk")
    run([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel + "[web]"], env=env)
    home = os.path.join(work, "elsewhere")  # not the checkout: only the installed package is there
    os.makedirs(home, exist_ok=True)
    where = run([py, "-c", "import os, pyctk; print(os.path.dirname(pyctk.__file__))"], cwd=home, env=env).stdout.strip()
    if not where.startswith(venv):
        raise Failed("%s: pyctk imported from %s, not from the venv" % (host, where))
    said = run([pyctk, "--version"], cwd=home, env=env).stdout.strip()
    if said != "pyctk " + version():
        raise Failed("%s: pyctk --version says %r" % (host, said))
    names = shipped()
    for name in names:
        installed = os.path.join(where, "examples", name)
        out = run([pyctk, "run", installed], cwd=home, env=env).stdout
        with open(os.path.join(EXAMPLES, "expected-%s.txt" % name[6:-4])) as f:
            expected = f.read()
        if out != expected:
            raise Failed("%s: pyctk run %s printed %r, CPython printed %r" % (host, name, out, expected))
    check_serve(pyctk, home, env, names)
    print("%s: %s from the wheel runs %d shipped examples; serve lists and opens them" % (host, said, len(names)),
          flush=True)


def check_serve(pyctk: str, home: str, env: dict, names: list[str]) -> None:
    server = subprocess.Popen(
        [pyctk, "serve", "--port", "0"], cwd=home, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = server.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if not match:
            raise Failed("pyctk serve said %r%s" % (line, server.stderr.read() if server.poll() is not None else ""))
        base = match.group(1)
        examples = json.loads(fetch(base + "api/examples"))
        listed = [e["label"] for e in examples]
        if listed[-len(names):] != names:
            raise Failed("pyctk serve lists %s, not the shipped examples %s" % (listed, names))
        opened = json.loads(fetch(base + "api/open?example=" + examples[-1]["id"], method="POST"))
        if "error" in opened:
            raise Failed("pyctk serve could not open %s: %s" % (names[-1], opened["error"]))
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def fetch(url: str, method: str = "GET") -> str:
    deadline = time.monotonic() + 20
    while True:
        try:
            # X-Pyctk: the server takes POSTs only from its own page, which sends it.
            request = urllib.request.Request(
                url, data=b"" if method == "POST" else None, method=method, headers={"X-Pyctk": "1"}
            )
            with urllib.request.urlopen(request, timeout=20) as response:
                return response.read().decode("utf-8")
        except urllib.error.HTTPError:
            raise
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--hosts", default=sys.executable, help="comma-separated interpreters (default: this one)")
    args = p.parse_args(argv)
    start = time.monotonic()
    work = tempfile.mkdtemp(prefix="pyctk-package-")
    try:
        wheel = build(work)
        for host in args.hosts.split(","):
            exe = shutil.which(host.strip())
            if exe is None:
                raise Failed("no interpreter %s" % host)
            check_host(exe, wheel, work)
    except Failed as e:
        print("package check: FAILED: %s" % e, file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("package check: passed in %.0f s" % (time.monotonic() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
