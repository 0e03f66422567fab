"""The source hash of a PEP 552 hash-based pyc (``_imp.source_hash``) for any version:
SipHash keyed with the version's magic number, with that version's rounds (2-4 to 3.10,
1-3 from 3.11). The host's ``_imp`` computes its own version's; others are computed
here."""

from __future__ import annotations

import _imp
import struct

_MASK = (1 << 64) - 1


def _rotl(x: int, b: int) -> int:
    return ((x << b) | (x >> (64 - b))) & _MASK


def siphash(k0: int, k1: int, data: bytes, c_rounds: int, d_rounds: int) -> int:
    v0 = k0 ^ 0x736F6D6570736575
    v1 = k1 ^ 0x646F72616E646F6D
    v2 = k0 ^ 0x6C7967656E657261
    v3 = k1 ^ 0x7465646279746573

    def rounds(n, v0, v1, v2, v3):
        for _ in range(n):
            v0 = (v0 + v1) & _MASK
            v1 = _rotl(v1, 13) ^ v0
            v0 = _rotl(v0, 32)
            v2 = (v2 + v3) & _MASK
            v3 = _rotl(v3, 16) ^ v2
            v0 = (v0 + v3) & _MASK
            v3 = _rotl(v3, 21) ^ v0
            v2 = (v2 + v1) & _MASK
            v1 = _rotl(v1, 17) ^ v2
            v2 = _rotl(v2, 32)
        return v0, v1, v2, v3

    whole = len(data) - len(data) % 8
    for (m,) in struct.iter_unpack("<Q", data[:whole]):
        v3 ^= m
        v0, v1, v2, v3 = rounds(c_rounds, v0, v1, v2, v3)
        v0 ^= m
    last = int.from_bytes(data[whole:], "little") | ((len(data) & 0xFF) << 56)
    v3 ^= last
    v0, v1, v2, v3 = rounds(c_rounds, v0, v1, v2, v3)
    v0 ^= last
    v2 ^= 0xFF
    v0, v1, v2, v3 = rounds(d_rounds, v0, v1, v2, v3)
    return v0 ^ v1 ^ v2 ^ v3


def _host_rounds() -> tuple[int, int] | None:
    from pyctk.versions.host import HOST
    from pyctk.versions.imports import import_rules

    return import_rules(HOST).source_hash_rounds


def source_hash(key: int, source: bytes, rounds: tuple[int, int]) -> bytes:
    """The 8 bytes a hash-based pyc holds for ``source``; ``key`` is the version's raw
    magic number (its 4 bytes, little-endian)."""
    if rounds == _host_rounds():
        return _imp.source_hash(key, source)
    return siphash(key, 0, source, *rounds).to_bytes(8, "little")
