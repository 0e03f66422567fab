"""The registry of opcode sets, keyed by version (or by a user's own name).

Built-in sets are imported lazily, on first request, so that loading one version does
not import every other. A tool registers its own (derived) set with ``register``.
"""

from __future__ import annotations

import importlib

from pyctk.errors import UnsupportedVersionError
from pyctk.version import Version
from pyctk.versions.base import Numbering, OpcodeSet

__all__ = ["OpcodeSet", "Numbering", "SUPPORTED_VERSIONS", "VERSION_NAMES", "register", "opset_for", "known_versions", "lookup"]

_BUILTIN_MODULES = {
    (2, 7): "py27",
    (3, 6): "py36",
    (3, 7): "py37",
    (3, 8): "py38",
    (3, 9): "py39",
    (3, 10): "py310",
    (3, 11): "py311",
    (3, 12): "py312",
    (3, 13): "py313",
}

# The one list of the versions pyctk supports (the CLI, the loader, the corpus builder,
# tools and tests read it here).
SUPPORTED_VERSIONS: tuple[Version, ...] = tuple(Version(*v) for v in _BUILTIN_MODULES)
VERSION_NAMES: tuple[str, ...] = tuple(str(v) for v in SUPPORTED_VERSIONS)  # "2.7", ..., "3.13"

_registry: dict[str, OpcodeSet] = {}


def known_versions() -> list[Version]:
    return list(SUPPORTED_VERSIONS)


def register(opset: OpcodeSet, name: str | None = None) -> OpcodeSet:
    """Make ``opset`` available under ``name`` (default: its own name)."""
    opset.freeze()
    _registry[name or opset.name] = opset
    return opset


def opset_for(version) -> OpcodeSet:
    """The built-in opcode set of a CPython version."""
    version = Version.of(version)
    key = f"CPython {version}"
    if key not in _registry:
        module_name = _BUILTIN_MODULES.get(version.tuple)
        if module_name is None:
            raise UnsupportedVersionError(f"CPython {version} bytecode is not supported")
        module = importlib.import_module(f"pyctk.versions.{module_name}")
        register(module.OPSET, key)
    return _registry[key]


def lookup(name: str) -> OpcodeSet:
    """A registered set by name: ``"3.8"``, ``"CPython 3.8"`` or a user's own name,
    or ``"module:ATTRIBUTE"`` to import a set a tool defines."""
    if name in _registry:
        return _registry[name]
    if ":" in name:
        module_name, _, attribute = name.partition(":")
        try:
            module = importlib.import_module(module_name)
            opset = getattr(module, attribute)
        except (ImportError, AttributeError) as e:
            raise UnsupportedVersionError(f"cannot load opcode set {name!r}: {e}") from None
        if not isinstance(opset, OpcodeSet):
            raise UnsupportedVersionError(f"{name!r} is not an OpcodeSet")
        return register(opset, name)
    try:
        return opset_for(name)
    except ValueError:
        raise UnsupportedVersionError(f"no opcode set named {name!r}") from None
