"""OpcodeSet: what one bytecode dialect means.

An OpcodeSet maps opcode *names* to handlers and carries every fact about the dialect
that the decoder and the runtime need (argument encoding, jump units, the unwinding
model, the builtins overlay, ...), so that nothing outside ``versions/`` compares
versions. The numbering (byte → name) comes whole from xdis's table for the version,
and can be replaced: a derived set with a permuted table reuses every handler.

``derive()`` is copy-on-write: it never touches the set it derives from. ``freeze()``
checks the set against the numbering: every name the table holds must have a handler
or be listed as never emitted by that version's compiler.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping  # not typing: a run need not import it (~5 ms)
from types import MappingProxyType

import attrs

from pyctk.version import Version


@attrs.frozen
class Numbering:
    """Which byte value is which opcode, and which take an argument."""

    opnames: tuple  # 256 entries, None where no opcode
    has_arg: tuple  # 256 booleans: does this byte take an argument
    jrel: frozenset  # names of relative jumps
    jabs: frozenset  # names of absolute jumps
    # What an argument indexes (checked before a run: runtime/faults.py), by name.
    const_args: frozenset = frozenset()  # co_consts
    local_args: frozenset = frozenset()  # the fast locals
    free_args: frozenset = frozenset()  # the cells and free variables
    name_args: frozenset = frozenset()  # co_names
    # The numbers the decoder asks for with every code object, found once.
    extended_arg: int | None = attrs.field(init=False, default=None, eq=False, repr=False)
    cache: int | None = attrs.field(init=False, default=None, eq=False, repr=False)

    def __attrs_post_init__(self):
        opmap = self.opmap
        object.__setattr__(self, "extended_arg", opmap.get("EXTENDED_ARG"))
        object.__setattr__(self, "cache", opmap.get("CACHE"))

    @classmethod
    def from_xdis(cls, version: Version) -> "Numbering":
        from xdis.op_imports import get_opcode_module

        opc = get_opcode_module(version.tuple, "CPython")
        names = [None if (n is None or n.startswith("<")) else n for n in list(opc.opname)[:256]]
        names += [None] * (256 - len(names))
        return cls(
            opnames=tuple(names),
            # 3.12+ tables list the opcodes with an argument; before, a threshold says it.
            has_arg=tuple((i in opc.hasarg) if hasattr(opc, "hasarg") else (i >= opc.HAVE_ARGUMENT) for i in range(256)),
            jrel=frozenset(opc.opname[i] for i in opc.hasjrel),
            jabs=frozenset(opc.opname[i] for i in opc.hasjabs),
            const_args=_names(opc, opc.hasconst),
            local_args=_names(opc, opc.haslocal),
            free_args=_names(opc, opc.hasfree),
            name_args=_names(opc, opc.hasname),
        )

    def permuted(self, mapping: Mapping[int, int]) -> "Numbering":
        """The same opcodes at other numbers: ``mapping[old] = new`` for the bytes that
        move (a permutation: every byte that moves away must receive another)."""
        if sorted(mapping) != sorted(mapping.values()):
            raise ValueError("an opcode renumbering must be a permutation of byte values")
        names = list(self.opnames)
        has_arg = list(self.has_arg)
        for old, new in mapping.items():
            names[new] = self.opnames[old]
            has_arg[new] = self.has_arg[old]
        return attrs.evolve(self, opnames=tuple(names), has_arg=tuple(has_arg))

    @property
    def opmap(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.opnames) if name is not None}


def _names(opc, indexes) -> frozenset:
    return frozenset(opc.opname[i] for i in indexes if not opc.opname[i].startswith("<"))


Handler = Callable[..., object]


def apply_delta(table: Mapping, version, where: str, remove=(), add=None, replace=None) -> Mapping:
    """``table`` (opcode name -> handler, or renderer) with ``remove``d, ``add``ed and
    ``replace``d names, read-only. Adding a name that exists, or removing or replacing one
    that does not, is an error: a delta that no longer matches its base must fail loudly
    (``where`` says which base, in the message)."""
    result = dict(table)
    for opname in remove:
        if opname not in result:
            raise ValueError(f"{version}: cannot remove {opname}: not {where}")
        del result[opname]
    for opname, value in (add or {}).items():
        if opname in result:
            raise ValueError(f"{version}: cannot add {opname}: already {where} (use replace)")
        result[opname] = value
    for opname, value in (replace or {}).items():
        if opname not in result:
            raise ValueError(f"{version}: cannot replace {opname}: not {where} (use add)")
        result[opname] = value
    return MappingProxyType(result)


@attrs.frozen(eq=False)  # identity: a set is a key of decode caches
class OpcodeSet:
    version: Version
    name: str
    numbering: Numbering
    handlers: Mapping[str, Handler]
    never_emitted: frozenset = frozenset()
    # Encoding facts.
    wordcode: bool = True
    jump_unit: int = 1  # bytes per unit of a jump argument (2 from 3.10)
    backward_jumps: frozenset = frozenset()  # relative jumps that go backward (3.11+)
    # Runtime facts: anything else that differs between dialects (unwinding model,
    # builtins overlay, function-building protocol, ...), read by the runtime by name.
    facts: Mapping[str, object] = attrs.field(factory=dict)
    # Typed parts (versions/parts.py, versions/listing.py): every one must be set, which
    # the constructor checks (parts.check_complete), naming a missing one.
    pyc_format: object = None
    line_table: object = None
    traceback_style: object = None
    sort: object = None
    listing: object = None  # versions/listing.py's Dialect: how dis shows the set's instructions

    def __attrs_post_init__(self):
        from pyctk.versions.parts import check_complete

        check_complete(self)

    # -- numbering shortcuts used by the decoder --------------------------------------

    @property
    def opnames(self) -> tuple:
        return self.numbering.opnames

    @property
    def has_arg(self) -> tuple:
        return self.numbering.has_arg

    @property
    def extended_arg_opcode(self) -> int | None:
        return self.numbering.extended_arg

    @property
    def cache_opcode(self) -> int | None:
        return self.numbering.cache

    def fact(self, name: str, default=None):
        """A runtime fact (declared in versions/parts.py FACTS; an undeclared name is a
        KeyError, not a silent None)."""
        facts = self.facts
        if name in facts:
            return facts[name]
        if name not in _DECLARED_FACTS:
            raise KeyError(f"no fact {name!r} is declared (pyctk/versions/parts.py FACTS)")
        return default

    def jump_target_offset(self, opname: str, arg, next_offset: int) -> int | None:
        """Byte offset a jump goes to, or None for a non-jump."""
        if opname in self.numbering.jrel:
            if opname in self.backward_jumps:
                return next_offset - arg * self.jump_unit
            return next_offset + arg * self.jump_unit
        if opname in self.numbering.jabs:
            return arg * self.jump_unit
        return None

    # -- building sets ------------------------------------------------------------------

    def derive(
        self,
        version,
        *,
        name: str | None = None,
        numbering: Numbering | None = None,
        remove=(),
        add: Mapping[str, Handler] | None = None,
        replace: Mapping[str, Handler] | None = None,
        never_emitted=None,
        facts: Mapping[str, object] | None = None,
        **fields,
    ) -> "OpcodeSet":
        """A new set: this one with ``remove``d, ``add``ed and ``replace``d handlers.

        Adding a name that exists, or removing/replacing one that does not, is an error:
        a delta that no longer matches its base must fail loudly.
        """
        version = Version.of(version)
        handlers = apply_delta(self.handlers, version, f"in the {self.version} set", remove, add, replace)
        merged_facts = dict(self.facts)
        merged_facts.update(facts or {})
        from pyctk.versions.parts import PARTS

        for part in PARTS:  # a part given as a dict: this set's part with those fields changed
            if isinstance(fields.get(part), dict):
                fields[part] = attrs.evolve(getattr(self, part), **fields[part])
        return attrs.evolve(
            self,
            version=version,
            name=name or f"CPython {version}",
            numbering=numbering or (Numbering.from_xdis(version) if version != self.version else self.numbering),
            handlers=handlers,
            never_emitted=frozenset(never_emitted) if never_emitted is not None else self.never_emitted,
            facts=MappingProxyType(merged_facts),
            **fields,
        )

    def missing(self) -> list[str]:
        """Names in the numbering with neither a handler nor a never-emitted mark."""
        return sorted(
            n
            for n in set(self.numbering.opnames)
            if n is not None and n not in self.handlers and n not in self.never_emitted and n not in _NOT_INSTRUCTIONS
        )

    def freeze(self) -> "OpcodeSet":
        missing = self.missing()
        if missing:
            raise ValueError(f"opcode set {self.name}: no handler for {', '.join(missing)}")
        return self


from pyctk.versions.parts import FACTS as _DECLARED_FACTS  # noqa: E402 (parts imports nothing of base)

# Names the decoder consumes itself: they never reach a handler.
_NOT_INSTRUCTIONS = frozenset({"EXTENDED_ARG", "CACHE"})
