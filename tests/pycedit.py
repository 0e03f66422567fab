"""Finding and patching instructions inside .pyc files, for tests that need bad bytecode.

``scan(path)`` reads a .pyc with pyctk's own marshal reader and notes where every type
code and every code object's ``co_code`` is in the file; ``patch(...)`` rewrites bytes of
one code object's ``co_code`` in a copy.
"""

from __future__ import annotations

import io
from pathlib import Path

from pyctk import pyc as pyc_module
from pyctk.decode import decode
from pyctk.versions import opset_for


class _Scanner(pyc_module._Unmarshaller):
    """pyctk's own reader, noting the offset of every type code and the span of every
    code object's co_code and other bytes fields (offsets within the marshal payload)."""

    def __init__(self, *args):
        super().__init__(*args)
        self.type_codes: list[int] = []
        self.code_spans: list[tuple[int, int]] = []
        self.table_spans: list[tuple[int, int]] = []  # line tables, exception tables, 3.11+ kinds
        self.codes: list = []  # in the order their co_code appears
        self._want_code = False

    def r_object(self, bytes_for_s: bool = False):
        self.type_codes.append(self.fp.tell())
        return super().r_object(bytes_for_s)

    def t_code(self, save_ref, bytes_for_s: bool = False):
        self._want_code = True
        slot = len(self.codes)
        self.codes.append(None)
        code = super().t_code(save_ref, bytes_for_s)
        self.codes[slot] = code
        return code

    def _bytes_field(self) -> bytes:
        want, self._want_code = self._want_code, False
        value = super()._bytes_field()
        end = self.fp.tell()
        (self.code_spans if want else self.table_spans).append((end - len(value), end))
        return value


class Scan:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.data = self.path.read_bytes()
        header = pyc_module.read_header(self.data, str(path))
        self.version = header.version
        reader = _Scanner(io.BytesIO(self.data[header.header_size :]), header.magic, header.version)
        reader.load()
        base = header.header_size
        self.type_codes = [base + at for at in reader.type_codes]
        self.code_spans = [(base + a, base + b) for a, b in reader.code_spans]
        self.table_spans = [(base + a, base + b) for a, b in reader.table_spans if b > a]
        self.codes = reader.codes  # codes[i] has its co_code at code_spans[i]

    def code_index(self, name: str) -> int:
        return next(i for i, c in enumerate(self.codes) if c.co_name == name)

    def find(self, opname: str, code_index: int | None = None):
        """(code index, instruction) of the first ``opname``."""
        for i, code in enumerate(self.codes):
            if code_index is not None and i != code_index:
                continue
            for ins in decode(code, opset_for(self.version)):
                if ins.opname == opname:
                    return i, ins
        raise LookupError(f"no {opname} in {self.path}")

    def opcode(self, opname: str) -> int:
        return opset_for(self.version).numbering.opmap[opname]

    def patched(self, target: Path, code_index: int, offset: int, new: bytes) -> Path:
        """A copy at ``target`` with ``new`` written over co_code[offset:] of a code object."""
        start, end = self.code_spans[code_index]
        assert start + offset + len(new) <= end, "patch past the end of co_code"
        data = bytearray(self.data)
        data[start + offset : start + offset + len(new)] = new
        target = Path(target)
        target.write_bytes(bytes(data))
        return target

    def instruction(self, opname: str, arg: int | None = None) -> bytes:
        """The bytes of one instruction (no EXTENDED_ARG): wordcode from 3.6, 1 or 3 bytes in 2.7."""
        op = self.opcode(opname)
        if self.version.tuple >= (3, 6):
            return bytes([op, arg or 0])
        if opset_for(self.version).has_arg[op]:
            return bytes([op, (arg or 0) & 0xFF, (arg or 0) >> 8])
        return bytes([op])
