"""2.7's view of the host's standard library: the modules a 2.7 program imports whose
names, signatures or value types are 2.7's, built over the host's (``modules.PROXIES``
and ``modules.ALIAS_MODULES`` list them). Conversions at the boundary are
``boundary``'s; the modules here say which policy each function has."""

from __future__ import annotations

import base64
import binascii
import collections
import hashlib
import io
import marshal
import os
import pickle
import re
import subprocess
import time
import types
import zlib

from pyctk.runtime.py27 import boundary, random27
from pyctk.runtime.py27.boundary import arg_bytes, bytes_callable, guest_value, path_callable, signed32, text_callable
from pyctk.runtime.py27.containers27 import Dict27, Frozen27, Set27
from pyctk.runtime.py27.kinds import Long27, Unicode27


def _proxy(name, host):
    from pyctk.runtime.py27.modules import ProxyModule

    return ProxyModule(name, host)


def _world_module(vm, name):
    """The guest's own copy of a host pure-Python module (run for this guest). With the
    version's own library (``--stdlib``), the host's module comes from the host side, so
    that its own imports are the host's (its ``os`` needs the host's ``posixpath``)."""
    world = vm.world
    host_side = getattr(world, "host_side", None)
    if host_side is not None:
        host_side.import_(name)
        return host_side.modules[name]
    return world.import_module(name)


# -- bytes-taking modules --------------------------------------------------------------------------


def make_hashlib(vm):
    m = _proxy("hashlib", hashlib)
    m.__dict__.update(boundary.adapt_module(hashlib, bytes_callable, skip=("file_digest",)))
    return m


def _checksum(function):
    def checksum(data, value=None):
        data = arg_bytes(data)
        return signed32(function(data) if value is None else function(data, value & 0xFFFFFFFF))

    checksum.__name__ = function.__name__
    return checksum


def make_zlib(vm):
    m = _proxy("zlib", zlib)
    m.__dict__.update(boundary.adapt_module(zlib, bytes_callable))
    m.__dict__.update(crc32=_checksum(zlib.crc32), adler32=_checksum(zlib.adler32))
    return m


def _marshal_in(value):
    """A 2.7 value as the host marshals it: a str as bytes, a unicode as a str."""
    tp = type(value)
    if tp is str:
        return value.encode("latin-1")
    if tp is Unicode27:
        return str.__str__(value)
    if tp is Long27:
        return int(value)
    if tp in (tuple, list):
        return tp(_marshal_in(x) for x in value)
    if isinstance(value, (set, frozenset)):  # (2.7's are the host's subclasses)
        return (frozenset if isinstance(value, frozenset) else set)(_marshal_in(x) for x in value)
    if isinstance(value, dict):
        return {_marshal_in(k): _marshal_in(v) for k, v in value.items()}
    return value


def _marshal_out(value):
    """What the host unmarshalled, as 2.7 values (bytes a str, a str a unicode)."""
    tp = type(value)
    if tp is bytes:
        return value.decode("latin-1")
    if tp is str:
        return Unicode27(value)
    if tp is int:
        return guest_value(value)
    if tp in (tuple, list):
        return tp(_marshal_out(x) for x in value)
    if tp in (set, frozenset):
        return (Set27 if tp is set else Frozen27)(_marshal_out(x) for x in value)
    if tp is dict:
        out = Dict27()
        for k, v in value.items():
            out[_marshal_out(k)] = _marshal_out(v)
        return out
    return value


def make_marshal(vm):
    """2.7's ``marshal`` over the host's format (a program reads back what it wrote)."""

    def loads(data, *args):
        return _marshal_out(marshal.loads(arg_bytes(data), *args))

    def dumps(value, *args):
        return marshal.dumps(_marshal_in(value), *args).decode("latin-1")

    return _proxy_with("marshal", marshal, {"loads": loads, "dumps": dumps, "version": 2})


def make_binascii(vm):
    m = _proxy("binascii", binascii)
    m.__dict__.update(boundary.adapt_module(binascii, bytes_callable))
    m.__dict__.update(crc32=_checksum(binascii.crc32))
    return m


def make_base64(vm):
    host = _world_module(vm, "base64")
    m = _proxy("base64", host)
    m.__dict__.update(boundary.adapt_module(host, bytes_callable))
    m.__dict__.update(encodestring=m.__dict__["encodebytes"], decodestring=m.__dict__["decodebytes"])
    return m


class BytesIO(io.BytesIO):
    """2.7's ``io.BytesIO``: made from a 2.7 str; its methods, the host's, convert for
    the guest through ``boundary``'s overlays of ``io.BytesIO``."""

    def __init__(self, initial_bytes=b""):
        super().__init__(arg_bytes(initial_bytes))

    def __next__(self):  # the guest's ``for line in f``
        return super().__next__().decode("latin-1")

    next = __next__


def make_io(vm):
    host = _world_module(vm, "io")
    m = _proxy("io", host)
    m.__dict__.update(BytesIO=BytesIO)
    return m


def _file_of_bytes(f):
    """A 2.7 file (reads give 2.7 str) as the host's pickle reads one: bytes."""
    if isinstance(f, io.IOBase):
        return f

    class Reader:
        def read(self, *a):
            return arg_bytes(f.read(*a))

        def readline(self, *a):
            return arg_bytes(f.readline(*a))

        def readinto(self, buffer):
            data = self.read(len(buffer))
            buffer[:len(data)] = data
            return len(data)

    return Reader()


def _pickle_classes(host):
    """2.7's pickle formats over the host's pure-Python pickler: a 2.7 str is saved as
    a byte string (``S``/``U``/``T``), ``long`` as ``L...L``/``LONG1``; loaded back,
    ``unicode`` and ``long`` opcodes give ``unicode`` and ``long``, byte strings ``str``."""
    from pyctk.runtime.py27.values import repr_str

    class Pickler27(host._Pickler):
        dispatch = dict(host._Pickler.dispatch)

    def save_str27(self, obj):
        data = obj.encode("latin-1")
        if self.bin:
            if len(data) < 256:
                self.write(host.SHORT_BINSTRING + bytes([len(data)]) + data)
            else:
                self.write(host.BINSTRING + len(data).to_bytes(4, "little") + data)
        else:
            self.write(host.STRING + repr_str(obj).encode("latin-1") + b"\n")
        self.memoize(obj)

    def save_long27(self, obj):
        if self.proto >= 2:
            encoded = host.encode_long(int(obj))
            self.write(host.LONG1 + bytes([len(encoded)]) + encoded if len(encoded) < 256
                       else host.LONG4 + len(encoded).to_bytes(4, "little") + encoded)
        else:
            self.write(host.LONG + str(int(obj)).encode("ascii") + b"L\n")

    Pickler27.dispatch[str] = save_str27
    save_text = host._Pickler.dispatch[str]
    Pickler27.dispatch[Unicode27] = lambda self, obj: save_text(self, str.__str__(obj))
    Pickler27.dispatch[Long27] = save_long27

    class Unpickler27(host._Unpickler):
        dispatch = dict(host._Unpickler.dispatch)

        def __init__(self, file, **kwargs):
            kwargs.setdefault("encoding", "latin-1")
            super().__init__(file, **kwargs)

    def as_guest(opcode, kind):
        load = host._Unpickler.dispatch[opcode[0]]

        def load27(self):
            load(self)
            self.stack[-1] = kind(self.stack[-1])

        Unpickler27.dispatch[opcode[0]] = load27

    for opcode in (host.LONG, host.LONG1, host.LONG4):
        as_guest(opcode, Long27)
    for opcode in (host.UNICODE, host.BINUNICODE, host.SHORT_BINUNICODE, host.BINUNICODE8):
        as_guest(opcode, Unicode27)
    return Pickler27, Unpickler27


def make_pickle(name):
    def make(vm):
        host = _world_module(vm, "pickle")
        Pickler, Unpickler = _pickle_classes(host)
        m = _proxy(name, host)

        def dump(obj, file, protocol=None):
            Pickler(file, 0 if protocol is None else (2 if protocol < 0 else protocol)).dump(obj)

        def dumps(obj, protocol=None):
            f = io.BytesIO()
            dump(obj, f, protocol)
            return f.getvalue().decode("latin-1")

        def load(file):
            return Unpickler(_file_of_bytes(file)).load()

        def loads(data):
            return Unpickler(io.BytesIO(arg_bytes(data))).load()

        m.__dict__.update(dumps=dumps, loads=loads, dump=dump, load=load, Pickler=Pickler, Unpickler=Unpickler,
                          HIGHEST_PROTOCOL=2)
        return m

    return make


# -- os, os.path, time, inspect ----------------------------------------------------------------------

_OS_PATH_FUNCTIONS = (
    "listdir", "getcwd", "mkdir", "makedirs", "remove", "unlink", "rename", "renames", "rmdir", "removedirs",
    "stat", "lstat", "chdir", "walk", "readlink", "symlink", "link", "access", "chmod", "utime", "open",
    "read", "write", "urandom", "system", "tempnam", "tmpnam", "chown", "lchown", "mkfifo", "pathconf",
    "statvfs", "truncate", "chroot", "listxattr",
)


def make_os_path(vm):
    import posixpath

    host = _world_module(vm, "posixpath")
    m = _proxy("posixpath", host)
    m.__dict__.update(boundary.adapt_module(posixpath, lambda f, name: path_callable(getattr(host, name), name)))
    return m


def make_os(vm):
    host = _world_module(vm, "os")
    m = _proxy("os", host)
    m.__dict__.update({name: path_callable(getattr(host, name), name)
                       for name in _OS_PATH_FUNCTIONS if hasattr(host, name)})
    from pyctk.runtime.py27.modules import proxy_module

    m.__dict__.update(getcwdu=lambda: Unicode27(os.getcwd()), errno=__import__("errno"),
                      path=proxy_module(vm, "os.path"), error=OSError)
    return m


def make_array(vm):
    import array as host

    class array(host.array):
        """2.7's ``array.array``: made from a 2.7 str as from its bytes."""

        def __new__(cls, typecode, *initializer):
            if initializer and type(initializer[0]) is str and typecode != "u":
                initializer = (arg_bytes(initializer[0]),)
            return host.array.__new__(cls, typecode, *initializer)

    array.__module__ = "array"
    m = _proxy("array", host)
    m.__dict__.update(array=array, ArrayType=array)
    return m


def make_hmac(vm):
    host = _world_module(vm, "hmac")
    m = _proxy("hmac", host)

    class HMAC(host.HMAC):
        """2.7's ``hmac.HMAC``: 2.7 strings in and out, MD5 when no digest is named."""

        def __init__(self, key, msg=None, digestmod=None):
            host.HMAC.__init__(self, arg_bytes(key), arg_bytes(msg), digestmod or hashlib.md5)

        def update(self, msg):
            host.HMAC.update(self, arg_bytes(msg))

        def digest(self):
            return host.HMAC.digest(self).decode("latin-1")

        def copy(self):
            other = host.HMAC.copy(self)
            other.__class__ = HMAC
            return other

    HMAC.__module__ = "hmac"

    def new(key, msg=None, digestmod=None):
        return HMAC(key, msg, digestmod)

    m.__dict__.update(HMAC=HMAC, new=new, compare_digest=bytes_callable(host.compare_digest, "compare_digest"))
    return m


def make_time(vm):
    return _proxy_with("time", time, {"clock": time.process_time})


def make_importlib(vm):
    """2.7's importlib: ``import_module`` by the guest's own ``__import__`` (2.7's
    ImportError and words), then ``sys.modules`` (Lib/importlib/__init__.py)."""
    m = _proxy("importlib", _world_module(vm, "importlib"))

    def _resolve_name(name, package, level):
        if not hasattr(package, "rindex"):
            raise ValueError("'package' not set to a string")
        dot = len(package)
        for _ in range(level, 1, -1):
            try:
                dot = package.rindex(".", 0, dot)
            except ValueError:
                raise ValueError("attempted relative import beyond top-level package") from None
        return "%s.%s" % (package[:dot], name)

    def import_module(name, package=None):
        if name.startswith("."):
            if not package:
                raise TypeError("relative imports require the 'package' argument")
            level = len(name) - len(name.lstrip("."))
            name = _resolve_name(name[level:], package, level)
        vm.builtins_for(vm.world.opset)["__import__"](name)
        return vm.world.sys.modules[name]

    m.__dict__.update(import_module=import_module, _resolve_name=_resolve_name)
    return m


def make_inspect(vm):
    host = _world_module(vm, "inspect")
    m = _proxy("inspect", host)
    ArgSpec = collections.namedtuple("ArgSpec", "args varargs keywords defaults")

    def getargspec(func):
        from pyctk.runtime.py27.values import repr27

        if isinstance(func, types.MethodType):
            func = func.__func__
        if not isinstance(func, types.FunctionType):
            raise TypeError("%s is not a Python function" % repr27(func))
        spec = host.getfullargspec(func)
        return ArgSpec(spec.args, spec.varargs, spec.varkw, spec.defaults)

    m.__dict__.update(getargspec=getargspec, ArgSpec=ArgSpec)
    return m


# -- text results as 2.7 types them -----------------------------------------------------------------


def _guest_json(value):
    tp = type(value)
    if tp is str:
        return Unicode27(value)
    if tp is int:
        return guest_value(value)
    if tp is list:
        return [_guest_json(v) for v in value]
    if tp is dict:
        return {_guest_json(k): _guest_json(v) for k, v in value.items()}
    return value


def _has_unicode(value):
    tp = type(value)
    if tp is Unicode27:
        return True
    if tp in (list, tuple):
        return any(_has_unicode(v) for v in value)
    if isinstance(value, dict):
        return any(_has_unicode(k) or _has_unicode(v) for k, v in value.items())
    return False


def _utf8_text(value):
    """2.7's json reads a str as UTF-8 (its ``encoding`` argument's default)."""
    tp = type(value)
    if tp is str:
        try:
            return value.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return value
    if tp is list or tp is tuple:
        return [_utf8_text(v) for v in value]
    if isinstance(value, dict):
        return {_utf8_text(k) if isinstance(k, str) else k: _utf8_text(v) for k, v in value.items()}
    return value


def _json_linecol27(doc, pos):
    line = doc.count("\n", 0, pos) + 1
    return line, (pos + 1 if line == 1 else pos - doc.rindex("\n", 0, pos))


def _json_errmsg27(msg, doc, pos, end=None):
    """2.7's json.decoder.errmsg."""
    line, col = _json_linecol27(doc, pos)
    if end is None:
        return "%s: line %d column %d (char %d)" % (msg, line, col, pos)
    endline, endcol = _json_linecol27(doc, end)
    return "%s: line %d column %d - line %d column %d (char %d - %d)" % (msg, line, col, endline, endcol, pos, end)


def _json_open27(doc, pos):
    """The innermost container open at ``pos`` ('[', '{' or None at the top)."""
    stack = []
    in_string = escaped = False
    for ch in doc[:pos]:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            stack.append(ch)
        elif ch in "]}" and stack:
            stack.pop()
    return stack[-1] if stack else None


def _json_words27(msg, doc, pos):
    """The host decoder's error as 2.7's C scanner (_json.c) words it: a value it cannot
    start is "No JSON object could be decoded" (its StopIteration), except at the end of
    an array; the end reached inside an array or where an object wants a name or a comma
    is "Expecting object" at the last character; extra data names its range."""
    at_end = pos >= len(doc)
    if msg == "Expecting value":
        if at_end and _json_open27(doc, pos) == "[":
            return _json_errmsg27("Expecting object", doc, len(doc) - 1)
        return "No JSON object could be decoded"
    if msg in ("Expecting property name enclosed in double quotes", "Expecting ',' delimiter"):
        if at_end:
            return _json_errmsg27("Expecting object", doc, len(doc) - 1)
        msg = "Expecting property name" if msg.startswith("Expecting property") else "Expecting , delimiter"
    elif msg == "Expecting ':' delimiter":
        msg = "Expecting : delimiter"
    elif msg == "Extra data":
        return _json_errmsg27(msg, doc, pos, len(doc))
    return _json_errmsg27(msg, doc, pos)


def make_json(vm):
    import json

    m = _proxy("json", json)

    def loads(s, *args, **kwargs):
        kwargs.pop("encoding", None)
        if type(s) is str:
            s = s.encode("latin-1").decode("utf-8")
        try:
            return _guest_json(json.loads(s, *args, **kwargs))
        except json.JSONDecodeError as error:  # (its traceback: the decoder's frames, as 2.7's)
            words = _json_words27(error.msg, error.doc, error.pos)
            raise ValueError(words).with_traceback(error.__traceback__) from None

    def load(fp, *args, **kwargs):
        return loads(fp.read(), *args, **kwargs)

    def dumps(obj, *args, **kwargs):
        kwargs.pop("encoding", None)
        ensure_ascii = kwargs.get("ensure_ascii", True)
        text = json.dumps(_utf8_text(obj) if ensure_ascii else obj, *args, **kwargs)
        if not ensure_ascii and _has_unicode(obj):
            return Unicode27(text)
        return text

    def dump(obj, fp, *args, **kwargs):
        fp.write(dumps(obj, *args, **kwargs))

    m.__dict__.update(loads=loads, load=load, dumps=dumps, dump=dump)
    return m


def _with_functions(vm, name, functions):
    """The host's module ``name`` as 2.7's, with 2.7's own ``functions`` over the host's."""
    return _proxy_with(name, _world_module(vm, name), functions)


def _proxy_with(name, host, functions):
    """2.7's module ``name`` over ``host`` (None: no host module), with ``functions`` of its own."""
    m = _proxy(name, host)
    m.__dict__.update(functions)
    return m


def make_re(vm):
    return _with_functions(vm, "re", boundary.re_functions())


def make_collections(vm):
    import collections.abc as abc

    host = _world_module(vm, "collections")
    m = _proxy("collections", host)
    for name in abc.__all__:
        m.__dict__[name] = getattr(abc, name)
    ordered = host.OrderedDict

    def namedtuple(typename, field_names, verbose=False, rename=False):
        module = vm.world.sys._getframe(0).f_globals.get("__name__", "__main__")
        cls = host.namedtuple(typename, field_names, rename=rename, module=module)

        def _asdict(self):
            return ordered(zip(self._fields, self))

        _asdict.__doc__ = "Return a new OrderedDict which maps field names to their values"
        cls._asdict = _asdict
        return cls

    m.__dict__.update(namedtuple=namedtuple)
    return m


def make_urlparse(vm):
    host = _world_module(vm, "urllib.parse")
    m = _proxy("urlparse", host)
    m.__dict__.update(boundary.adapt_module(host, text_callable, (
        "urlparse", "urlunparse", "urljoin", "urlsplit", "urlunsplit", "urldefrag", "parse_qs", "parse_qsl")))
    return m


class Response27:
    """What 2.7's ``urlopen`` returns: reads give 2.7 strings."""

    def __init__(self, response):
        self._response = response

    def read(self, *args):
        return guest_value(self._response.read(*args))

    def readline(self, *args):
        return guest_value(self._response.readline(*args))

    def readlines(self, *args):
        return guest_value(self._response.readlines(*args))

    def __iter__(self):
        return (line.decode("latin-1") for line in self._response)

    def info(self):
        return self._response.info()

    def geturl(self):
        return self._response.geturl()

    def getcode(self):
        return self._response.getcode()

    @property
    def code(self):
        return self._response.getcode()

    def close(self):
        self._response.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getattr__(self, name):
        return getattr(self._response, name)


def _urlopen27(request_module):
    def urlopen(url, data=None, *args, **kwargs):
        try:
            return Response27(request_module.urlopen(url, arg_bytes(data), *args, **kwargs))
        except OSError as e:  # URLError: its reason as 2.7 raised it
            reason = getattr(e, "reason", None)
            if isinstance(reason, OSError):
                e.reason = boundary.os_error(reason)
            raise

    return urlopen


def make_urllib2(vm):
    host = _world_module(vm, "urllib.request")
    error = _world_module(vm, "urllib.error")

    class Request(host.Request):
        def __init__(self, url, data=None, *args, **kwargs):
            host.Request.__init__(self, url, arg_bytes(data), *args, **kwargs)

        def get_full_url(self):
            return host.Request.get_full_url(self)

        def add_data(self, data):
            self.data = arg_bytes(data)

        def has_data(self):
            return self.data is not None

        def get_data(self):
            return guest_value(self.data)

        def get_method(self):
            return host.Request.get_method(self)

    Request.__module__ = "urllib2"
    m = _proxy("urllib2", host)
    m.__dict__.update(urlopen=_urlopen27(host), Request=Request, HTTPError=error.HTTPError, URLError=error.URLError)
    return m


def make_subprocess(vm):
    host = _world_module(vm, "subprocess")
    m = _proxy("subprocess", host)
    class Popen(host.Popen):
        """2.7's ``Popen``: ``communicate`` takes and gives 2.7 strings."""

        def communicate(self, input=None, timeout=None):  # noqa: A002 - its parameter's name
            return guest_value(host.Popen.communicate(self, arg_bytes(input), timeout))

    Popen.__module__ = "subprocess"
    m.__dict__.update(check_output=bytes_callable(host.check_output, "check_output"), Popen=Popen)
    return m


def make_urllib(vm):
    parse = _world_module(vm, "urllib.parse")
    request = _world_module(vm, "urllib.request")
    m = _proxy("urllib", parse)
    for name in ("urlretrieve", "pathname2url", "url2pathname", "getproxies"):
        if hasattr(request, name):
            m.__dict__[name] = getattr(request, name)
    m.__dict__["urlopen"] = _urlopen27(request)

    def quote(s, safe="/"):
        return parse.quote(arg_bytes(s), arg_bytes(safe))

    def quote_plus(s, safe=""):
        return parse.quote_plus(arg_bytes(s), arg_bytes(safe))

    def unquote(s):
        if type(s) is Unicode27:
            return Unicode27(parse.unquote(s, "latin-1"))
        return parse.unquote_to_bytes(s).decode("latin-1")

    def unquote_plus(s):
        return unquote(s.replace("+", " "))

    def urlencode(query, doseq=0):
        items = query.items() if hasattr(query, "items") else query
        return parse.urlencode([(_bytes_or_str(k), _bytes_or_str(v)) for k, v in items], doseq)

    m.__dict__.update(quote=quote, quote_plus=quote_plus, unquote=unquote, unquote_plus=unquote_plus,
                      urlencode=urlencode)
    return m


def _bytes_or_str(value):
    from pyctk.runtime.py27.values import str27

    if type(value) is Unicode27:
        return str.encode(value, "utf-8")  # (not unicode.encode: 2.7's gives a 2.7 str)
    if isinstance(value, (list, tuple)):
        return [_bytes_or_str(v) for v in value]
    return str27(value).encode("latin-1")


# -- 2.7-only modules ---------------------------------------------------------------------------------


def make_md5(vm):
    m = _proxy("md5", None)
    new = bytes_callable(hashlib.md5, "md5")
    m.__dict__.update(new=new, md5=new, blocksize=1, digest_size=16)
    return m


def make_sha(vm):
    m = _proxy("sha", None)
    new = bytes_callable(hashlib.sha1, "sha1")
    m.__dict__.update(new=new, sha=new, blocksize=1, digest_size=20, digestsize=20)
    return m


def make_commands(vm):
    m = _proxy("commands", None)

    def getstatusoutput(cmd):
        from pyctk.runtime.py27.values import str27

        cmd = arg_bytes(str27(cmd) if type(cmd) is not Unicode27 else cmd)
        proc = subprocess.run([b"/bin/sh", b"-c", b"{ " + cmd + b"; } 2>&1"], stdout=subprocess.PIPE)
        text = proc.stdout.decode("latin-1")
        status = proc.returncode << 8 if proc.returncode >= 0 else -proc.returncode
        if text[-1:] == "\n":
            text = text[:-1]
        return status, text

    def getoutput(cmd):
        return getstatusoutput(cmd)[1]

    def mkarg(x):
        if "'" not in x:
            return " '" + x + "'"
        s = ' "'
        for c in x:
            if c in '\\$"`':
                s = s + "\\"
            s = s + c
        return s + '"'

    def getstatus(file):
        return getoutput("ls -ld" + mkarg(file))

    m.__dict__.update(getstatusoutput=getstatusoutput, getoutput=getoutput, mkarg=mkarg, getstatus=getstatus,
                      __all__=["getstatusoutput", "getoutput", "getstatus"])
    return m


def make_random(vm):
    return _with_functions(vm, "random", random27.module_functions())


def make_sets(vm):
    from pyctk.runtime.py27.values import repr27

    class BaseSet:
        def __repr__(self):
            return "%s(%s)" % (type(self).__name__, repr27(list(self)))

        __str__ = __repr__

    class Set(BaseSet, set):
        __slots__ = ()
        __hash__ = None

        def union_update(self, other):
            self |= other

    class ImmutableSet(BaseSet, frozenset):
        __slots__ = ()

    for cls in (BaseSet, Set, ImmutableSet):
        cls.__module__ = "sets"
    m = _proxy("sets", None)
    m.__dict__.update(BaseSet=BaseSet, Set=Set, ImmutableSet=ImmutableSet, __all__=["BaseSet", "Set", "ImmutableSet"])
    return m


def make_userdict(vm):
    from pyctk.runtime.py27 import userdict27

    m = _proxy("UserDict", None)
    m.__dict__.update(UserDict=userdict27.UserDict, IterableUserDict=userdict27.IterableUserDict,
                      DictMixin=userdict27.DictMixin)
    return m


def make_htmlparser(vm):
    host = _world_module(vm, "html.parser")

    class HTMLParser(host.HTMLParser):
        """2.7's parser: character and entity references go to the handlers."""

        def __init__(self):
            host.HTMLParser.__init__(self, convert_charrefs=False)

        def unescape(self, s):
            import html

            return html.unescape(s)

    HTMLParser.__module__ = "HTMLParser"

    class HTMLParseError(Exception):
        def __init__(self, msg, position=(None, None)):
            Exception.__init__(self, msg)
            self.msg = msg
            self.lineno, self.offset = position

    m = _proxy("HTMLParser", host)
    m.__dict__.update(HTMLParser=HTMLParser, HTMLParseError=HTMLParseError)
    return m


def make_htmlentitydefs(vm):
    import html.entities as entities

    m = _proxy("htmlentitydefs", None)
    m.__dict__.update(
        name2codepoint=dict(entities.name2codepoint), codepoint2name=dict(entities.codepoint2name),
        entitydefs={name: chr(cp) if cp < 256 else "&#%d;" % cp for name, cp in entities.name2codepoint.items()},
    )
    return m


def make_dummy_thread(vm):
    import _thread

    m = _proxy("dummy_thread", None)

    class error(Exception):
        pass

    class LockType:
        def __init__(self):
            self.locked_status = False

        def acquire(self, waitflag=None):
            if waitflag is None or waitflag:
                self.locked_status = True
                return True
            if not self.locked_status:
                self.locked_status = True
                return True
            return False

        __enter__ = acquire

        def __exit__(self, *a):
            self.release()

        def release(self):
            if not self.locked_status:
                raise error
            self.locked_status = False
            return True

        def locked(self):
            return self.locked_status

    def start_new_thread(function, args, kwargs={}):  # noqa: B006 - 2.7's signature
        if type(args) is not tuple:
            raise TypeError("2nd arg must be a tuple")
        if type(kwargs) is not dict:
            raise TypeError("3rd arg must be a dict")
        try:
            function(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException:
            import traceback

            traceback.print_exc()

    def exit():  # noqa: A001 - 2.7's name
        raise SystemExit

    m.__dict__.update(error=error, LockType=LockType, allocate_lock=LockType, start_new_thread=start_new_thread,
                      exit=exit, get_ident=lambda: -1, stack_size=lambda size=None: 0,
                      interrupt_main=lambda: (_ for _ in ()).throw(KeyboardInterrupt))
    del _thread
    return m


class _Dbm27:
    """An ``anydbm`` database of 2.7 strings over the host's ``dbm``."""

    def __init__(self, db):
        self._db = db

    def __getitem__(self, key):
        return self._db[arg_bytes(key)].decode("latin-1")

    def __setitem__(self, key, value):
        self._db[arg_bytes(key)] = arg_bytes(value)

    def __delitem__(self, key):
        del self._db[arg_bytes(key)]

    def __contains__(self, key):
        return arg_bytes(key) in self._db

    has_key = __contains__

    def __len__(self):
        return len(self._db)

    def keys(self):
        return [k.decode("latin-1") for k in self._db.keys()]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def close(self):
        self._db.close()

    def sync(self):
        sync = getattr(self._db, "sync", None)
        if sync is not None:
            sync()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def make_anydbm(vm):
    host = _world_module(vm, "dbm")
    m = _proxy("anydbm", host)

    def open(file, flag="r", mode=0o666):  # noqa: A001 - 2.7's name
        return _Dbm27(host.open(file, flag, mode))

    m.__dict__.update(open=open, error=(host.error[0], OSError))
    return m


def make_configparser(vm):
    host = _world_module(vm, "configparser")
    m = _proxy("ConfigParser", host)

    def klass(base):
        class Parser(base):
            def __init__(self, defaults=None, dict_type=collections.OrderedDict, allow_no_value=False):
                base.__init__(self, defaults, dict_type, allow_no_value, strict=False)

            def readfp(self, fp, filename=None):
                return self.read_file(fp, filename)

        Parser.__name__ = Parser.__qualname__ = base.__name__
        Parser.__module__ = "ConfigParser"
        return Parser

    raw = klass(host.RawConfigParser)
    cp = klass(host.ConfigParser)
    m.__dict__.update(RawConfigParser=raw, ConfigParser=cp, SafeConfigParser=cp)
    return m


# what 2.7's Long27 and friends need in this module's namespace (kept explicit for readers)
_ = (Long27, base64, re, pickle)


def make_traceback(vm):
    """2.7's ``traceback``: no chains, no carets, entries as 4-tuples, the exception's
    bare class name (2.7's ``traceback.py`` formats ``etype.__name__``)."""
    from pyctk.runtime.py27.values import str27

    host = _world_module(vm, "traceback")
    guest_sys = vm.world.sys
    m = _proxy("traceback", host)

    def _tuples(summaries):
        return [(fs.filename, fs.lineno, fs.name, fs.line or None) for fs in summaries]

    def extract_tb(tb, limit=None):
        return _tuples(host.extract_tb(tb, limit))

    def extract_stack(f=None, limit=None):
        if f is None:
            f = guest_sys._getframe(0)
        return _tuples(host.extract_stack(f, limit))

    def format_list(extracted_list):
        out = []
        for filename, lineno, name, line in extracted_list:
            item = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
            if line:
                item = item + "    %s\n" % line.strip()
            out.append(item)
        return out

    def format_tb(tb, limit=None):
        return format_list(extract_tb(tb, limit))

    def format_stack(f=None, limit=None):
        if f is None:
            f = guest_sys._getframe(0)
        return format_list(extract_stack(f, limit))

    def _some_str(value):
        try:
            return str27(value)
        except Exception:
            return "<unprintable %s object>" % type(value).__name__

    def _final_line(etype, value):
        valuestr = _some_str(value)
        if value is None or not valuestr:
            return "%s\n" % etype
        return "%s: %s\n" % (etype, valuestr)

    def format_exception_only(etype, value):
        if isinstance(etype, BaseException) or etype is None or type(etype) is str:
            return [_final_line(str27(etype), value)]
        stype = etype.__name__
        if not issubclass(etype, SyntaxError):
            return [_final_line(stype, value)]
        lines = []
        try:
            msg, (filename, lineno, offset, badline) = value.args
        except Exception:
            pass
        else:
            filename = filename or "<string>"
            lines.append('  File "%s", line %d\n' % (filename, lineno))
            if badline is not None:
                lines.append("    %s\n" % badline.strip())
                if offset is not None:
                    caretspace = badline.rstrip("\n")
                    offset = min(len(caretspace), offset) - 1
                    caretspace = caretspace[:offset].lstrip()
                    caretspace = ((c.isspace() and c or " ") for c in caretspace)
                    lines.append("    %s^\n" % "".join(caretspace))
            value = msg
        lines.append(_final_line(stype, value))
        return lines

    def format_exception(etype, value, tb, limit=None):
        if tb:
            lines = ["Traceback (most recent call last):\n"] + format_tb(tb, limit)
        else:
            lines = []
        return lines + format_exception_only(etype, value)

    def _file(file):
        return guest_sys.stderr if file is None else file

    def print_list(extracted_list, file=None):
        for line in format_list(extracted_list):
            _file(file).write(line)

    def print_tb(tb, limit=None, file=None):
        print_list(extract_tb(tb, limit), file)

    def print_exception(etype, value, tb, limit=None, file=None):
        file = _file(file)
        if tb:
            file.write("Traceback (most recent call last):\n")
            print_tb(tb, limit, file)
        for line in format_exception_only(etype, value):
            file.write(line)

    def print_exc(limit=None, file=None):
        etype, value, tb = guest_sys.exc_info()
        print_exception(etype, value, tb, limit, file)

    def format_exc(limit=None):
        etype, value, tb = guest_sys.exc_info()
        return "".join(format_exception(etype, value, tb, limit))

    def print_last(limit=None, file=None):
        print_exception(guest_sys.last_type, guest_sys.last_value, guest_sys.last_traceback, limit, file)

    def print_stack(f=None, limit=None, file=None):
        if f is None:
            f = guest_sys._getframe(0)
        print_list(extract_stack(f, limit), file)

    m.__dict__.update(
        extract_tb=extract_tb, extract_stack=extract_stack, format_list=format_list, format_tb=format_tb,
        format_stack=format_stack, format_exception_only=format_exception_only, format_exception=format_exception,
        print_list=print_list, print_tb=print_tb, print_exception=print_exception, print_exc=print_exc,
        format_exc=format_exc, print_last=print_last, print_stack=print_stack,
    )
    return m


def _host_counts_skips(case) -> bool:
    """Whether the host's ``TestCase.run`` counts a skipped test in ``testsRun`` (asked of
    the host's own unittest once: 3.12.1 does not, 2.7 and the others do)."""
    global _COUNTS_SKIPS
    if _COUNTS_SKIPS is None:
        import unittest

        class Probe(unittest.TestCase):
            @unittest.skip("probe")
            def test(self):
                pass

        result = unittest.TestResult()
        Probe("test").run(result)
        _COUNTS_SKIPS = result.testsRun == 1
    return _COUNTS_SKIPS


_COUNTS_SKIPS = None


def make_unittest(vm):
    """2.7's ``unittest`` output over the guest's own copy of the host's: tests named
    ``test_x (module.Class)``, and ``longMessage`` off (a custom message replaces the
    standard one)."""
    host = _world_module(vm, "unittest")
    case = _world_module(vm, "unittest.case")
    util = _world_module(vm, "unittest.util")

    def __str__(self):
        return "%s (%s)" % (self._testMethodName, util.strclass(self.__class__))

    case.TestCase.__str__ = __str__
    case.TestCase.longMessage = False
    if not _host_counts_skips(case):  # 3.12.1's run does not count a skipped test; 2.7's does
        host_run = case.TestCase.run

        def run(self, result=None):
            method = getattr(self, self._testMethodName, None)
            if result is None or not (getattr(type(self), "__unittest_skip__", False)
                                      or getattr(method, "__unittest_skip__", False)):
                return host_run(self, result)
            result.testsRun += 1  # what 2.7's startTest counts (the host's report names it itself)
            return host_run(self, result)

        case.TestCase.run = run
    return _proxy("unittest", host)


def make_argparse(vm):
    """2.7's ``argparse`` wording over the guest's own copy of the host's: the
    ``optional arguments`` heading, ``too few arguments``, ``Namespace`` sorted."""
    host = _world_module(vm, "argparse")
    parser = host.ArgumentParser
    init, error = parser.__init__, parser.error

    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self._optionals.title = "optional arguments"

    def error27(self, message):
        prefix = "the following arguments are required: "
        if message.startswith(prefix):
            names = message[len(prefix):].split(", ")
            if any(not name.startswith(tuple(self.prefix_chars)) for name in names):
                message = "too few arguments"
            else:
                message = "argument %s is required" % names[0]
        return error(self, message)

    parser.__init__ = __init__
    parser.error = error27
    host._AttributeHolder._get_kwargs = lambda self: sorted(self.__dict__.items())
    return _proxy("argparse", host)


# -- C modules by their own names: what 2.7's own pure-Python library (run in the VM when a
# 2.7 installation is present) imports, so its calls cross the same boundary.


def make_c_hashlib(vm):
    import _hashlib

    return _proxy_with("_hashlib", _hashlib, boundary.adapt_module(_hashlib, bytes_callable))


def make_c_heapq(vm):
    from pyctk.runtime.py27.heapq27 import ABOUT, FUNCTIONS

    return _proxy_with("_heapq", None, dict(FUNCTIONS, __about__=ABOUT))


def make_c_random(vm):
    return _proxy_with("_random", None, {"Random": random27.CoreRandom})


def make_c_struct(vm):
    from pyctk.runtime.py27.modules import proxy_module

    return proxy_module(vm, "struct")


def make_c_socket(vm):
    import _socket

    m = _proxy("_socket", _socket)
    m.__dict__.update(boundary.adapt_module(_socket, bytes_callable, (
        "inet_aton", "inet_ntoa", "inet_pton", "inet_ntop", "gethostbyname", "getaddrinfo")))
    return m


def make_c_digest(name, **constructors):
    """2.7's ``_md5``, ``_sha``, ``_sha256``, ``_sha512`` (its hashlib's fallback)."""

    def make(vm):
        m = _proxy(name, None)
        m.__dict__.update({key: bytes_callable(getattr(hashlib, algorithm), key)
                           for key, algorithm in constructors.items()})
        return m

    return make


def string_template():
    """2.7's ``string.Template``: a ``unicode`` template or value gives a ``unicode``."""
    import string

    class Template(string.Template):
        def _result(self, text, mapping, kws):
            values = list(kws.values()) + (list(mapping.values()) if isinstance(mapping, dict) else [])
            if type(self.template) is Unicode27 or any(type(v) is Unicode27 for v in values):
                return Unicode27(text)
            return text

        def substitute(self, mapping={}, **kws):  # noqa: B006 - 2.7's signature
            return self._result(string.Template.substitute(self, mapping, **kws), mapping, kws)

        def safe_substitute(self, mapping={}, **kws):  # noqa: B006
            return self._result(string.Template.safe_substitute(self, mapping, **kws), mapping, kws)

    Template.__module__ = "string"
    return Template
