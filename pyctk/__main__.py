"""``python -m pyctk``."""

from pyctk.cli import entry

raise SystemExit(entry())
