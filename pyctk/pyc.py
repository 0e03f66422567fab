"""Reading .pyc files: the header, and the marshal data through xdis.

Every xdis workaround lives here (see shared XDIS_NOTES.md), each with a test in
tests/test_pyc.py that fails if it is removed or if upstream changes behaviour:

- PEP 552 headers are read here, not by xdis (it takes the flags from the wrong place).
- ``TYPE_LONG`` is read with its sign (xdis reads the digit count unsigned, so negative
  ints beyond 32 bits come out positive) and without xdis's ``L``-repr wrapper.
- Text is decoded with ``surrogatepass`` (xdis drops lone surrogates).
- 2.7 byte strings keep every byte (xdis decodes them as UTF-8, ignoring errors);
  2.7 ``unicode`` and ``long`` keep their kind (``runtime/py27/kinds.py``).
- Tuples, sets and frozensets are entered in the reference table as what they are
  (xdis records an empty tuple for them, so a later ``TYPE_REF`` gets the wrong value);
  a reference outside the table, an unknown type code or a short read is an error
  (xdis returns the last object, prints to stderr, or returns None).
- Code objects are read by us, version by version, into ``pyctk.code.Code``: xdis's
  portable code objects swap ``co_cellvars`` and ``co_freevars`` for 2.7–3.10 and drop
  3.11's localsplus kinds.
"""

from __future__ import annotations

import io
import os
import struct

import attrs
from xdis.magics import PYPY3_MAGICS, magic_int2tuple, magics
from xdis.unmarshal import FLAG_REF, UNMARSHAL_DISPATCH_TABLE, VersionIndependentUnmarshaller

from pyctk.code import CO_VARARGS, CO_VARKEYWORDS, Code
from pyctk.errors import (
    BadPycError,
    FileAccessError,
    UnknownMagicError,
    UnsupportedVersionError,
    VersionMismatchError,
)
from pyctk.runtime.py27.kinds import Long27, Unicode27, bytes_to_str27
from pyctk.version import Version
from pyctk.versions import SUPPORTED_VERSIONS, opset_for

# PEP 552 flags word (3.7+).
FLAG_HASH_BASED = 0x1
FLAG_CHECK_SOURCE = 0x2


@attrs.frozen
class PycHeader:
    magic: int
    version: Version
    header_size: int
    flags: int = 0
    mtime: int | None = None
    source_size: int | None = None
    source_hash: bytes | None = None

    @property
    def hash_based(self) -> bool:
        return bool(self.flags & FLAG_HASH_BASED)

    @property
    def check_source(self) -> bool:
        return bool(self.flags & FLAG_CHECK_SOURCE)


@attrs.frozen
class PycFile:
    path: str
    header: PycHeader
    code: Code

    @property
    def version(self) -> Version:
        return self.header.version

    @property
    def magic(self) -> int:
        return self.header.magic


def version_of_magic(magic: int) -> Version | None:
    """The CPython version a magic number belongs to, or None if xdis knows none."""
    if magic in PYPY3_MAGICS:
        return None
    try:
        triple = magic_int2tuple(magic)
    except Exception:
        return None
    if not triple or not isinstance(triple[0], int):
        return None
    return Version(triple[0], triple[1])


def canonical_magic(version: Version) -> int:
    """The magic number of the final release of ``version``."""
    raw = magics[str(version)]
    return struct.unpack("<H", raw[:2])[0]


def read_header(data: bytes, path: str, forced: Version | None = None) -> PycHeader:
    name = os.path.basename(path)
    if len(data) < 4 or data[2:4] != b"\r\n":
        raise BadPycError(f"{name}: not a .pyc file (no magic number)")
    magic = struct.unpack("<H", data[:2])[0]
    version = version_of_magic(magic)
    if version is None:
        if forced is None:
            raise UnknownMagicError(f"{name}: unknown magic number {magic}; use --version X.Y to force an opcode set")
        version = forced
    elif forced is not None and forced != version:
        raise VersionMismatchError(
            f"{name}: the file is CPython {version} bytecode (magic {magic}), not {forced} as --version says"
        )
    if version not in SUPPORTED_VERSIONS:
        raise UnsupportedVersionError(f"{name}: CPython {version} bytecode (magic {magic}) is not supported")

    size = opset_for(version).pyc_format.header_size
    if len(data) < size:
        raise BadPycError(f"{name}: truncated .pyc header ({len(data)} bytes, {size} needed)")

    if size == 8:
        return PycHeader(magic, version, size, mtime=_u32(data, 4))
    if size == 12:
        return PycHeader(magic, version, size, mtime=_u32(data, 4), source_size=_u32(data, 8))
    flags = _u32(data, 4)
    if flags & FLAG_HASH_BASED:
        return PycHeader(magic, version, size, flags=flags, source_hash=bytes(data[8:16]))
    return PycHeader(magic, version, size, flags=flags, mtime=_u32(data, 8), source_size=_u32(data, 12))


def _u32(data: bytes, at: int) -> int:
    return struct.unpack_from("<I", data, at)[0]


def load(path, version=None) -> PycFile:
    """Read a .pyc file. ``version`` ("X.Y" or Version) checks the file against it, or
    chooses the layout when the magic number is unknown. The file is only read."""
    path = os.fspath(path)
    forced = Version.of(version) if version is not None else None
    try:
        with open(path, "rb") as f:
            data = f.read()
    except IsADirectoryError:
        raise FileAccessError(f"{path}: is a directory") from None
    except OSError as e:
        raise FileAccessError(f"{path}: {e.strerror or e}") from None
    return loads(data, path, forced)


def loads(data: bytes, path: str = "<bytes>", version=None) -> PycFile:
    forced = Version.of(version) if version is not None else None
    header = read_header(data, path, forced)
    code = unmarshal_code(data[header.header_size :], header, path)
    return PycFile(path, header, code)


def unmarshal_code(payload: bytes, header: PycHeader, path: str = "<bytes>") -> Code:
    name = os.path.basename(path)
    if not payload:
        raise BadPycError(f"{name}: truncated .pyc (no code after the header)")
    version = header.version
    magic = header.magic if version_of_magic(header.magic) == version else canonical_magic(version)
    reader = _Unmarshaller(io.BytesIO(payload), magic, version)
    try:
        code = reader.load()
    except BadPycError as e:
        raise BadPycError(f"{name}: corrupt marshal data: {e}") from None
    except RecursionError:
        raise BadPycError(f"{name}: corrupt marshal data: nesting too deep") from None
    except (struct.error, EOFError):
        raise BadPycError(f"{name}: truncated marshal data") from None
    except (ValueError, TypeError, IndexError, KeyError, OverflowError, UnicodeError, MemoryError) as e:
        raise BadPycError(f"{name}: corrupt marshal data ({type(e).__name__}: {e})") from None
    if not isinstance(code, Code):
        raise BadPycError(f"{name}: corrupt .pyc: top-level object is {type(code).__name__}, not code")
    return code


class _Unmarshaller(VersionIndependentUnmarshaller):
    """xdis's reader with our corrections (module docstring)."""

    def __init__(self, fp, magic: int, version: Version):
        super().__init__(fp, magic, bytes_for_s=False, code_objects={})
        self.version = version
        self.layout = opset_for(version).pyc_format
        self.is_py2 = self.layout.python2_values

    # -- primitives: a short read is an error, not a silent short value -------------

    def _read(self, n: int) -> bytes:
        if n < 0:
            raise BadPycError(f"negative length {n}")
        data = self.fp.read(n)
        if len(data) != n:
            raise EOFError
        return data

    def read_slice(self, n: int) -> bytes:
        return self._read(n)

    def read_int32(self) -> int:
        return struct.unpack("<i", self._read(4))[0]

    def read_uint32(self) -> int:
        return struct.unpack("<I", self._read(4))[0]

    def read_int16(self) -> int:
        return struct.unpack("<h", self._read(2))[0]

    def read_int64(self) -> int:
        return struct.unpack("<q", self._read(8))[0]

    def read_float(self) -> float:
        return struct.unpack("<d", self._read(8))[0]

    def _read_byte(self) -> int:
        return self._read(1)[0]

    # -- dispatch -------------------------------------------------------------------

    def r_object(self, bytes_for_s: bool = False):
        code = self._read_byte()
        save_ref = bool(code & FLAG_REF)
        type_code = chr(code & (FLAG_REF - 1))
        suffix = UNMARSHAL_DISPATCH_TABLE.get(type_code)
        if suffix is None or suffix in ("unknown", "code_old", "slice") or not hasattr(self, "t_" + suffix):
            raise BadPycError(f"unknown marshal type code {code:#04x}")
        return getattr(self, "t_" + suffix)(save_ref, bytes_for_s)

    def _reserve(self, save_ref: bool) -> int | None:
        if not save_ref:
            return None
        self.intern_objects.append(None)
        return len(self.intern_objects) - 1

    def _insert(self, obj, index: int | None):
        if index is not None:
            self.intern_objects[index] = obj
        return obj

    def t_object_reference(self, save_ref=None, bytes_for_s: bool = False):
        index = self.read_uint32()
        if index >= len(self.intern_objects) or self.intern_objects[index] is None:
            raise BadPycError(f"reference {index} to an object not yet read")
        return self.intern_objects[index]

    def t_python2_string_reference(self, save_ref, bytes_for_s: bool = False):
        index = self.read_uint32()
        if index >= len(self.intern_strings):
            raise BadPycError(f"interned string reference {index} out of range")
        return self.intern_strings[index]

    # -- numbers --------------------------------------------------------------------

    def t_long(self, save_ref, bytes_for_s: bool = False):
        ndigits = self.read_int32()
        value = 0
        for i in range(abs(ndigits)):
            digit = struct.unpack("<H", self._read(2))[0]
            if digit >= 1 << 15:
                raise BadPycError("bad long digit")
            value |= digit << (15 * i)
        if ndigits < 0:
            value = -value
        if self.is_py2:
            value = Long27(value)
        return self.r_ref(value, save_ref)

    # -- strings ---------------------------------------------------------------------

    def t_string(self, save_ref, bytes_for_s: bool = False):
        data = self._read(self.read_uint32())
        value = bytes_to_str27(data) if self.is_py2 and not bytes_for_s else data
        return self.r_ref(value, save_ref)

    def t_interned(self, save_ref, bytes_for_s: bool = False):
        data = self._read(self.read_uint32())
        value = bytes_to_str27(data) if self.is_py2 else data.decode("utf-8", "surrogatepass")
        self.intern_strings.append(value)
        return self.r_ref(value, save_ref)

    def t_unicode(self, save_ref, bytes_for_s: bool = False):
        text = self._read(self.read_uint32()).decode("utf-8", "surrogatepass")
        if self.is_py2:
            text = Unicode27(text)
        return self.r_ref(text, save_ref)

    def _ascii(self, size: int, save_ref: bool):
        return self.r_ref(self._read(size).decode("latin-1"), save_ref)

    def t_ASCII(self, save_ref, bytes_for_s: bool = False):
        return self._ascii(self.read_uint32(), save_ref)

    t_ASCII_interned = t_ASCII

    def t_short_ASCII(self, save_ref, bytes_for_s: bool = False):
        return self._ascii(self._read_byte(), save_ref)

    t_short_ASCII_interned = t_short_ASCII

    # -- containers ------------------------------------------------------------------

    def _items(self, n: int) -> list:
        if n < 0 or n > 1 << 28:
            raise BadPycError(f"bad size {n}")
        return [self.r_object() for _ in range(n)]

    def t_tuple(self, save_ref, bytes_for_s: bool = False):
        index = self._reserve(save_ref)
        return self._insert(tuple(self._items(self.read_uint32())), index)

    def t_small_tuple(self, save_ref, bytes_for_s: bool = False):
        index = self._reserve(save_ref)
        return self._insert(tuple(self._items(self._read_byte())), index)

    def t_list(self, save_ref, bytes_for_s: bool = False):
        n = self.read_uint32()
        result = self.r_ref([], save_ref)
        result.extend(self._items(n))
        return result

    def t_set(self, save_ref, bytes_for_s: bool = False):
        n = self.read_uint32()
        result = self.r_ref(set(), save_ref)
        result.update(self._items(n))
        return result

    def t_frozenset(self, save_ref, bytes_for_s: bool = False):
        index = self._reserve(save_ref)
        return self._insert(frozenset(self._items(self.read_uint32())), index)

    def t_dict(self, save_ref, bytes_for_s: bool = False):
        result = self.r_ref({}, save_ref)
        while True:
            if self.fp.read(1) == b"0":  # TYPE_NULL ends the dict
                return result
            self.fp.seek(-1, io.SEEK_CUR)
            key = self.r_object()
            result[key] = self.r_object()

    # -- code objects ----------------------------------------------------------------

    def _bytes_field(self) -> bytes:
        value = self.r_object(bytes_for_s=True)
        if isinstance(value, str):  # a 2.7 interned string used as bytes
            # str.encode itself: the 2.7 runtime gives Unicode27 (a damaged file's field
            # can be one) a 2.7 ``encode`` that returns a 2.7 str.
            return str.encode(value, "latin-1")
        if not isinstance(value, bytes):
            raise BadPycError(f"code field is {type(value).__name__}, not bytes")
        return value

    def _text_field(self) -> str:
        value = self.r_object()
        if self.is_py2 and isinstance(value, str) and not isinstance(value, Unicode27):
            # 2.7 names and file names are bytes; show them as the UTF-8 they nearly always are.
            return str.encode(value, "latin-1").decode("utf-8", "surrogateescape")
        if not isinstance(value, str):
            raise BadPycError(f"code field is {type(value).__name__}, not str")
        return str.__str__(value)

    def _names_field(self) -> tuple:
        value = self.r_object()
        if not isinstance(value, tuple):
            raise BadPycError(f"code field is {type(value).__name__}, not a tuple")
        if self.is_py2:
            return tuple(
                str.encode(v, "latin-1").decode("utf-8", "surrogateescape") if type(v) is str else str.__str__(v)
                for v in value
            )
        if not all(isinstance(v, str) for v in value):
            raise BadPycError("name tuple holds a non-string")
        return value

    def t_code(self, save_ref, bytes_for_s: bool = False):
        index = self._reserve(save_ref)
        layout = self.layout
        u32 = self.read_uint32
        argcount = u32()
        posonly = u32() if layout.posonly_args else 0
        kwonly = u32() if layout.kwonly_args else 0
        nlocals = None if layout.localsplus else u32()
        stacksize = u32()
        flags = u32()
        co_code = self._bytes_field()
        consts = self.r_object()
        if not isinstance(consts, tuple):
            raise BadPycError("co_consts is not a tuple")
        names = self._names_field()
        fields = {}
        if layout.localsplus:
            plus_names = self._names_field()
            plus_kinds = self._bytes_field()
            if len(plus_kinds) != len(plus_names):
                raise BadPycError("localsplus names and kinds differ in length")
            from pyctk.code import CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL

            pairs = list(zip(plus_names, plus_kinds, strict=True))
            varnames = tuple(n for n, k in pairs if k & CO_FAST_LOCAL)
            cellvars = tuple(n for n, k in pairs if k & CO_FAST_CELL)
            freevars = tuple(n for n, k in pairs if k & CO_FAST_FREE)
            nlocals = len(varnames)
            fields.update(co_localsplusnames=plus_names, co_localspluskinds=plus_kinds)
        else:
            varnames = self._names_field()
            freevars = self._names_field()  # marshal order: freevars, then cellvars
            cellvars = self._names_field()
        filename = self._text_field()
        name = self._text_field()
        # What CPython's marshal checks too (_PyCode_Validate): every argument has a local.
        needed = argcount + kwonly + bool(flags & CO_VARARGS) + bool(flags & CO_VARKEYWORDS)
        if posonly > argcount or needed > len(varnames):
            raise BadPycError(
                f"code object {name!r}: {needed} arguments ({posonly} positional-only) "
                f"but {len(varnames)} local variable names"
            )
        qualname = self._text_field() if layout.localsplus else name
        firstlineno = self.read_int32()
        linetable = self._bytes_field()
        if layout.localsplus:
            fields["co_exceptiontable"] = self._bytes_field()
        code = Code(
            version=self.version,
            co_argcount=argcount,
            co_posonlyargcount=posonly,
            co_kwonlyargcount=kwonly,
            co_nlocals=nlocals,
            co_stacksize=stacksize,
            co_flags=flags,
            co_code=co_code,
            co_consts=consts,
            co_names=names,
            co_varnames=varnames,
            co_freevars=freevars,
            co_cellvars=cellvars,
            co_filename=filename,
            co_name=name,
            co_qualname=qualname,
            co_firstlineno=firstlineno,
            co_linetable=linetable,
            **fields,
        )
        return self._insert(code, index)
