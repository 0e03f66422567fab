"""The one value type for a CPython version: never a float, never ``311``."""

from __future__ import annotations

import re

import attrs

_VERSION_RE = re.compile(r"^\s*(\d+)\.(\d+)\s*$")


@attrs.frozen(order=True)
class Version:
    major: int
    minor: int
    implementation: str = attrs.field(default="CPython", order=False)

    @classmethod
    def parse(cls, text: str) -> "Version":
        """``"2.7"`` or ``"3.13"`` → Version; anything else is a ValueError."""
        match = _VERSION_RE.match(str(text))
        if not match:
            raise ValueError(f"not a Python version: {text!r} (expected MAJOR.MINOR, e.g. 3.8)")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, value) -> "Version":
        """Accept a Version, a ``"X.Y"`` string or a ``(X, Y, ...)`` tuple."""
        if isinstance(value, Version):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        return cls(int(value[0]), int(value[1]))

    @property
    def tuple(self) -> tuple[int, int]:
        return (self.major, self.minor)

    @property
    def tag(self) -> str:
        """``cpython-38`` style tag used in ``__pycache__`` file names."""
        return f"{self.implementation.lower()}-{self.major}{self.minor}"

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"
