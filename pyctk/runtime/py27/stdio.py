"""The 2.7 guest's standard streams and the ``print`` statement.

A 2.7 ``str`` is written as its exact bytes; ``unicode`` is encoded with the stream's
encoding. The guest's ``sys.stdout`` is a ``File27`` over the host stream (writes go to
the host stream's binary buffer after flushing its text layer, so the order with host
writes is kept).
"""

from __future__ import annotations

import sys

from pyctk.runtime.py27.kinds import Unicode27


class Lines27:
    """A 2.7 file's iteration: its lines by ``readline`` until an empty one (``next`` is
    2.7's spelling)."""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    next = __next__


class File27(Lines27):
    """A 2.7 ``file`` object over a host text stream (stdout, stderr, stdin)."""

    def __init__(self, name, host_name, mode):
        self._host_name = host_name
        self.name = name
        self.mode = mode
        self.softspace = 0
        self.closed = False

    @property
    def _host(self):
        return getattr(sys, self._host_name)

    @property
    def encoding(self):
        return Unicode27(getattr(self._host, "encoding", None) or "utf-8")

    def write(self, s):
        host = self._host
        if type(s) is Unicode27:
            data = str.encode(s, getattr(host, "encoding", None) or "utf-8", "strict")
        elif isinstance(s, str):
            data = s.encode("latin-1")
        elif isinstance(s, (bytes, bytearray, memoryview)):
            data = bytes(s)
        else:
            raise TypeError("expected a string or other character buffer object")
        buffer = getattr(host, "buffer", None)
        if buffer is None:
            host.write(data.decode("utf-8", "replace"))
            return None
        host.flush()
        buffer.write(data)
        if self._host_name != "stdout" or getattr(host, "line_buffering", False):
            buffer.flush()
        return None

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        host = self._host
        host.flush()
        buffer = getattr(host, "buffer", None)
        if buffer is not None:
            buffer.flush()

    def fileno(self):
        return self._host.fileno()

    def isatty(self):
        return self._host.isatty()

    # reading (stdin)
    def _decode(self, data):
        if isinstance(data, bytes):
            return data.decode("latin-1")
        return data.encode("utf-8", "surrogateescape").decode("latin-1")

    def _reader(self):
        host = self._host
        return getattr(host, "buffer", None) or host

    def readline(self, size=-1):
        return self._decode(self._reader().readline(size))

    def read(self, size=-1):
        return self._decode(self._reader().read(size))

    def readlines(self, hint=-1):
        return [self._decode(x) for x in self._reader().readlines(hint)]


    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def __repr__(self):
        return "<open file '<%s>', mode '%s' at %#x>" % (self.name, self.mode, id(self))


def softspace(f, new):
    """PyFile_SoftSpace: set ``f.softspace`` to ``new``, return the old value."""
    try:
        old = f.softspace
    except AttributeError:
        old = 0
    try:
        f.softspace = new
    except (AttributeError, TypeError):
        pass
    try:
        return bool(int(old))
    except (TypeError, ValueError):
        return False


_PRINTED_CONTAINERS = (tuple, list, dict)


def _guest_dict():
    from pyctk.runtime.py27.containers27 import Dict27

    return Dict27


def _is_real_file(f):
    """2.7 prints with the type's tp_print only to a file object over a C stream."""
    if isinstance(f, File27):
        return True
    from pyctk.runtime.py27.modules import File27Disk

    return isinstance(f, File27Disk)


def print_item(f, value):
    from pyctk.runtime.py27.values import str27

    if f is None:
        raise RuntimeError("lost sys.stdout")
    if softspace(f, 0):
        f.write(" ")
    if type(value) is Unicode27:
        text = value
    elif (type(value) in _PRINTED_CONTAINERS or type(value) is _guest_dict()) and _is_real_file(f):
        from pyctk.runtime.py27.values import print_repr27

        text = print_repr27(value)
    else:
        text = str27(value)
    f.write(text)
    if isinstance(value, str):
        if not value or not value[-1].isspace() or value[-1] == " " or (type(value) is str and value[-1] > "\x7f"):
            softspace(f, 1)
    else:
        softspace(f, 1)


def print_newline(f):
    if f is None:
        raise RuntimeError("lost sys.stdout")
    f.write("\n")
    softspace(f, 0)
