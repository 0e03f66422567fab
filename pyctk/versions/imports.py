"""How each CPython version finds and loads a module on its path, as data.

The facts are those of ``importlib._bootstrap_external`` and ``zipimport`` of each 3.x
version and of ``Python/import.c`` for 2.7; ``pyctk.runtime.pathfinder`` applies them.
Each was checked against the installed interpreters (the corpus's ``world/import_*``
programs record what they do).
"""

from __future__ import annotations

import sys

import attrs

from pyctk.version import Version


@attrs.frozen
class ImportRules:
    version: Version
    # Where a source's cache lives: ``__pycache__/X.<tag>.pyc`` (3.2+), or ``X.pyc`` beside
    # the source (2.7: imp-style, the same file that is loaded sourceless).
    cache_in_pycache: bool
    # The timestamp pyc also records the source size (3.3+), and the check compares it.
    checks_source_size: bool
    # PEP 552 hash-based pycs (3.7+), and which SipHash the source hash is (the keyed
    # hash of ``_imp.source_hash``: SipHash-2-4 to 3.10, SipHash-1-3 from 3.11).
    hash_based_pycs: bool
    source_hash_rounds: tuple[int, int] | None
    # A directory without ``__init__`` is a namespace package portion (PEP 420, 3.3+);
    # 2.7 skips it. Their spec's origin: "namespace" in 3.6, None from 3.7 (which also
    # sets ``__file__`` to None).
    namespace_packages: bool
    namespace_origin: str | None
    namespace_file_none: bool
    # Module attributes the import system sets: 2.7 sets no ``__spec__``/``__cached__``,
    # no ``__loader__`` for files, ``__package__`` lazily, and ``__file__`` is the .pyc
    # when the cache was used.
    sets_cached: bool
    file_is_loaded_file: bool
    # ``bad magic number in 'name': b'...'`` (3.x, names the module) or
    # ``Bad magic number in /path/name.pyc`` (2.7, names the file).
    bad_magic_names_file: bool
    # Loaders have ``get_resource_reader`` (3.7+); a file loader's gives a reader for a
    # plain module too from 3.10 (``importlib.readers.FileReader``), only for packages before.
    resource_reader: bool
    module_resource_reader: bool
    # Extension module file names: ``.cpython-XY[m]-<arch>.so``, ``.abi3.so``, ``.so``
    # (2.7: ``.so``, ``module.so``).
    extension_suffixes: tuple[str, ...]
    # 2.7 gives a module loaded from a file no ``__loader__`` (a zipped one has its
    # zipimporter).
    file_modules_have_loader: bool
    # A zipped module's ``__cached__``: None to 3.9 (zipimporter had no ``find_spec``),
    # its .pyc's path from 3.10.
    zip_sets_cached: bool
    # 3.7's C zipimport refuses checked hash-based pycs (3.8's Python one checks them).
    zip_refuses_checked_hash: bool
    # The pyc header: magic, then mtime (2.7: 8 bytes), + source size (3.3-3.6: 12),
    # flags first (3.7+: 16).
    pyc_header_size: int


_MULTIARCH = getattr(sys.implementation, "_multiarch", "x86_64-linux-gnu")


def _rules(major: int, minor: int) -> ImportRules:
    version = Version(major, minor)
    if major == 2:
        return ImportRules(
            version, cache_in_pycache=False, checks_source_size=False, hash_based_pycs=False,
            source_hash_rounds=None, namespace_packages=False, namespace_origin=None,
            namespace_file_none=False, sets_cached=False, file_is_loaded_file=True,
            bad_magic_names_file=True, resource_reader=False, module_resource_reader=False,
            extension_suffixes=(".so", "module.so"),
            pyc_header_size=8, file_modules_have_loader=False, zip_sets_cached=False,
            zip_refuses_checked_hash=False,
        )
    abi = "m" if minor < 8 else ""  # the pymalloc ABI flag was dropped in 3.8
    hashed = minor >= 7
    return ImportRules(
        version, cache_in_pycache=True, checks_source_size=True, hash_based_pycs=hashed,
        source_hash_rounds=((2, 4) if minor <= 10 else (1, 3)) if hashed else None,
        namespace_packages=True, namespace_origin="namespace" if minor < 7 else None,
        namespace_file_none=minor >= 7, sets_cached=True, file_is_loaded_file=False,
        bad_magic_names_file=False, resource_reader=hashed, module_resource_reader=minor >= 10,
        extension_suffixes=(f".cpython-{major}{minor}{abi}-{_MULTIARCH}.so", ".abi3.so", ".so"),
        pyc_header_size=16 if hashed else 12, file_modules_have_loader=True, zip_sets_cached=minor >= 10,
        zip_refuses_checked_hash=minor == 7,
    )


_TABLE = {(2, 7): _rules(2, 7), **{(3, m): _rules(3, m) for m in range(6, 14)}}


def import_rules(version) -> ImportRules:
    """The rules of ``version`` (a Version or ``"X.Y"``)."""
    return _TABLE[Version.of(version).tuple]
