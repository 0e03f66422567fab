"""benchmarks/run.py --startup-only --startup-hosts: the per-host start-up table (a check
of the report, not a timing)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN = os.path.join(REPO, "benchmarks", "run.py")
HOST_VERSION = "%d.%d" % sys.version_info[:2]


def test_startup_per_host(tmp_path):
    proc = subprocess.run(
        [sys.executable, RUN, "--startup-only", "--silent", "--clock", "cpu", "--startup-runs", "2",
         "--versions", HOST_VERSION, "--startup-hosts", sys.executable, "--json", str(tmp_path / "r.json")],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["results"] == []
    hosts = data["startup"]["hosts"]
    assert hosts["version"] == HOST_VERSION and hosts["runs"] == 2
    row = hosts[sys.executable]
    assert row["status"] == "ok" and row["python"] == HOST_VERSION
    assert row["pyctk"] > row["baseline"] > 0
    assert row["overhead"] == row["pyctk"] - row["baseline"] and row["ratio"] == row["pyctk"] / row["baseline"]
    assert "| %s (%s) |" % (sys.executable, HOST_VERSION) in proc.stdout
