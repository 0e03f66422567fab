"""The library example in README.md and examples/api_example.py run as printed."""

from __future__ import annotations

import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_python(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=REPO)
    return subprocess.run([sys.executable, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def test_readme_library_example_runs():
    readme = open(os.path.join(REPO, "README.md"), encoding="utf-8").read()
    (block,) = re.findall(r"```python\n(.*?)```", readme, re.S)
    result = run_python("-c", block)
    assert result.returncode == 0, result.stderr
    assert "Hello, pyctk!" in result.stdout and result.stdout.endswith("Hello, host!\n")


def test_api_example_runs():
    path = os.path.join(REPO, "examples", "api_example.py")
    result = run_python(path)
    assert result.returncode == 0, result.stderr
    assert "CPython 3.8, magic 3413" in result.stdout
    assert "host calls guest: Hello, host!" in result.stdout
