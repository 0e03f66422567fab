"""``python -m pyctk``."""

from pyctk.cli import main

raise SystemExit(main())
