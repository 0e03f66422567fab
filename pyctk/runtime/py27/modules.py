"""The standard library as a 2.7 guest sees it: 2.7 module names mapped onto the host's
(``MODULE_ALIASES``), and proxies for the modules whose contents differ (``sys``,
``string``, ``itertools``, ``__builtin__``, ``StringIO``, ...). The 2.7 importer also
does implicit relative imports (level -1)."""

from __future__ import annotations

import io
import itertools
import re
import string as host_string
import types
import warnings

from pyctk.runtime.apisurface import MODULE_ORIGIN, module_names27
from pyctk.runtime.importer import GuestImporter
from pyctk.runtime.py27 import lib27
from pyctk.runtime.py27.kinds import Long27, Unicode27
from pyctk.runtime.py27.stdio import Lines27
from pyctk.runtime.py27.values import c_long27, norm_int
from pyctk.versions.apisurface import absent_modules27

MODULE_ALIASES = {
    "Queue": "queue",
    "copy_reg": "copyreg",
    "SocketServer": "socketserver",
    "httplib": "http.client",
    "cookielib": "http.cookiejar",
    "Cookie": "http.cookies",
    "BaseHTTPServer": "http.server",
    "SimpleHTTPServer": "http.server",
    "CGIHTTPServer": "http.server",
    "xmlrpclib": "xmlrpc.client",
    "SimpleXMLRPCServer": "xmlrpc.server",
    "Tkinter": "tkinter",
    "tkMessageBox": "tkinter.messagebox",
    "repr": "reprlib",
    "thread": "_thread",
    "whichdb": "dbm",
    "dbhash": "dbm.bsd",
    "gdbm": "dbm.gnu",
    "dumbdbm": "dbm.dumb",
    "robotparser": "urllib.robotparser",
    "UserList": "collections",
    "UserString": "collections",
    "markupbase": "_markupbase",
    "exceptions": "builtins",
}

class ProxyModule(types.ModuleType):
    """A module whose missing attributes come from a host module."""

    # The names 2.7's recorded surface gives the module (None: all the host's): a class
    # attribute of the proxy's own subclass (``proxy_module``), read once per lookup.
    names27 = None

    def __init__(self, name, host):
        super().__init__(name)
        object.__setattr__(self, "_host", host)

    def __getattr__(self, name):
        host = object.__getattribute__(self, "_host")
        only = type(self).names27
        if host is None or (only is not None and name not in only and not _has27(name)):
            raise AttributeError("'module' object has no attribute '%s'" % name)
        try:
            return getattr(host, name)
        except AttributeError:
            raise AttributeError("'module' object has no attribute '%s'" % name) from None

    def __repr__(self):
        host = object.__getattribute__(self, "_host")
        path = getattr(host, "__file__", None)
        if host is None or path is None:
            return "<module '%s' (built-in)>" % self.__name__
        return "<module '%s' from '%s'>" % (self.__name__, path)

    def __dir__(self):
        host = object.__getattribute__(self, "_host")
        names = set(self.__dict__) | set(dir(host) if host is not None else ())
        only = type(self).names27
        return sorted(names if only is None else {n for n in names if n in only or n in MODULE_ORIGIN})


def _has27(name) -> bool:
    """A name the host's module has and 2.7's lacks: absent for the guest, there for the
    host's library run for it."""
    if name in MODULE_ORIGIN:
        return True
    from pyctk.runtime.guestsys import _called_by_host_library

    return _called_by_host_library(3)


# -- sys -------------------------------------------------------------------------------------


def sys_extras27(vm, m):
    """2.7's ``sys`` on top of the recorded one (runtime/guestsys.py): file objects of
    2.7 strings, ``exc_info`` with 2.7's classes, ``exc_clear``, its own messages."""
    from pyctk.runtime.guestsys import exc_info_for
    from pyctk.runtime.py27.exc import guest_type, guest_value
    from pyctk.runtime.py27.stdio import File27

    stdout = File27("stdout", "stdout", "w")
    stderr = File27("stderr", "stderr", "w")
    stdin = File27("stdin", "stdin", "r")

    exc_info = exc_info_for(vm, guest_type, guest_value)

    def exc_clear():
        vm.handled = None

    def setrecursionlimit(n):
        if not isinstance(n, int):
            raise TypeError("an integer is required")
        if n <= 0:
            raise ValueError("recursion limit must be positive")
        vm.recursion_limit = n

    m.__dict__.update(
        stdout=stdout, stderr=stderr, stdin=stdin,
        __stdout__=stdout, __stderr__=stderr, __stdin__=stdin,
        py3kwarning=False, exc_info=exc_info, exc_clear=exc_clear, setrecursionlimit=setrecursionlimit,
    )


def guest_stdout(vm):
    return proxy_module(vm, "sys").stdout


def guest_stdin(vm):
    return proxy_module(vm, "sys").stdin


# -- string -----------------------------------------------------------------------------------


def _maketrans(frm, to):
    if len(frm) != len(to):
        raise ValueError("maketrans arguments must have same length")
    table = [chr(i) for i in range(256)]
    for a, b in zip(frm, to):
        table[ord(a)] = b
    return "".join(table)


def make_string(vm):
    from pyctk.runtime.py27.kinds import str_translate

    m = ProxyModule("string", host_string)
    lower = host_string.ascii_lowercase
    upper = host_string.ascii_uppercase

    def split(s, sep=None, maxsplit=-1):
        return s.split(sep, maxsplit)

    def join(words, sep=" "):
        return sep.join(words)

    def atoi(s, base=10):
        from pyctk.runtime.py27.builtins27 import int27

        return int27(s, base)

    def atol(s, base=10):
        return Long27(int(s, base))

    def atof(s):
        return float(s)

    def replace(s, old, new, maxreplace=-1):
        return s.replace(old, new, maxreplace)

    def translate(s, table, deletions=""):
        return str_translate(s, table, deletions)

    funcs = dict(
        letters=lower + upper, lowercase=lower, whitespace="\t\n\x0b\x0c\r ", uppercase=upper, maketrans=_maketrans,
        split=split, splitfields=split, join=join, joinfields=join, atoi=atoi, atol=atol, atof=atof,
        replace=replace, translate=translate, Template=lib27.string_template(),
        upper=lambda s: s.upper(), lower=lambda s: s.lower(), capitalize=lambda s: s.capitalize(),
        swapcase=lambda s: s.swapcase(), strip=lambda s, chars=None: s.strip(chars),
        lstrip=lambda s, chars=None: s.lstrip(chars), rstrip=lambda s, chars=None: s.rstrip(chars),
        find=lambda s, *a: s.find(*a), rfind=lambda s, *a: s.rfind(*a), index=lambda s, *a: s.index(*a),
        rindex=lambda s, *a: s.rindex(*a), count=lambda s, *a: s.count(*a),
        zfill=lambda s, width: s.zfill(width) if isinstance(s, str) else repr(s).zfill(width),
        ljust=lambda s, w, fill=" ": s.ljust(w, fill), rjust=lambda s, w, fill=" ": s.rjust(w, fill),
        center=lambda s, w, fill=" ": s.center(w, fill), expandtabs=lambda s, tabsize=8: s.expandtabs(tabsize),
    )
    m.__dict__.update(funcs)
    return m


class islice27(itertools.islice):
    """2.7's islice: its arguments read by ``PyInt_AsSsize_t``, which takes a float's
    (or any ``__int__``'s) int; what it cannot read keeps the host's error."""

    __slots__ = ()
    _pyctk_host_type = True  # (2.7's repr: <type 'itertools.islice'>)

    def __new__(cls, iterable, *args):
        if not all(a is None or type(a) is int for a in args):
            args = tuple(_ssize27(a) for a in args)
        return itertools.islice.__new__(cls, iterable, *args)


islice27.__name__ = islice27.__qualname__ = "islice"
islice27.__module__ = "itertools"


def _ssize27(a):
    if a is None or isinstance(a, (int, str)) or not hasattr(type(a), "__int__"):
        return a
    try:
        return int(a)
    except (OverflowError, ValueError):
        return a


def make_itertools(vm):
    m = ProxyModule("itertools", itertools)
    m.__dict__.update(islice=islice27, izip=zip, imap=map, ifilter=filter, ifilterfalse=itertools.filterfalse,
                      izip_longest=itertools.zip_longest)
    return m


class StringIO27(io.StringIO):
    """StringIO.StringIO / cStringIO.StringIO over 2.7 strings."""

    def __init__(self, initial=""):
        super().__init__()
        if initial:
            self.write(initial)
            self.seek(0)
        self.softspace = 0

    def write(self, s):
        return super().write(s if isinstance(s, str) else str(s))

    def getvalue(self):
        value = super().getvalue()
        return value


def make_stringio(name):
    def make(vm):
        m = ProxyModule(name, None)
        m.__dict__.update(StringIO=StringIO27, InputType=StringIO27, OutputType=StringIO27)
        return m

    return make


def make_types(vm):
    from pyctk.runtime.py27.builtins27 import buffer, xrange
    from pyctk.runtime.py27.classes import ClassicClass, InstanceType

    m = ProxyModule("types", types)
    m.__dict__.update(
        StringType=str, UnicodeType=Unicode27, StringTypes=(str, Unicode27), IntType=int, LongType=Long27,
        FloatType=float, BooleanType=bool, ComplexType=complex, ListType=list, TupleType=tuple, DictType=dict,
        DictionaryType=dict, NoneType=type(None), TypeType=type, ObjectType=object, FunctionType=types.FunctionType,
        LambdaType=types.FunctionType, GeneratorType=types.GeneratorType, ClassType=ClassicClass, InstanceType=InstanceType,
        XRangeType=xrange, FileType=io.IOBase, SliceType=slice, UnboundMethodType=types.MethodType,
        BuiltinFunctionType=types.BuiltinFunctionType, ModuleType=types.ModuleType,
        BufferType=buffer, DictProxyType=types.MappingProxyType, EllipsisType=type(Ellipsis),
        NotImplementedType=type(NotImplemented),
    )
    # 2.7's types has no __all__: ``from types import *`` (pickle, xmlrpclib) takes its
    # public names, not the host's __all__.
    m.__all__ = list(TYPES27_NAMES)
    return m


TYPES27_NAMES = (
    "BooleanType", "BufferType", "BuiltinFunctionType", "BuiltinMethodType", "ClassType", "CodeType", "ComplexType",
    "DictProxyType", "DictType", "DictionaryType", "EllipsisType", "FileType", "FloatType", "FrameType",
    "FunctionType", "GeneratorType", "GetSetDescriptorType", "InstanceType", "IntType", "LambdaType", "ListType",
    "LongType", "MemberDescriptorType", "MethodType", "ModuleType", "NoneType", "NotImplementedType", "ObjectType",
    "SliceType", "StringType", "StringTypes", "TracebackType", "TupleType", "TypeType", "UnboundMethodType",
    "UnicodeType", "XRangeType",
)


def _bytes(s):
    if type(s) is Unicode27:
        from pyctk.runtime.py27.values import encode_ascii

        s = encode_ascii(s)
    return s.encode("latin-1") if isinstance(s, str) else s


def _from_bytes_items(items):
    return tuple(x.decode("latin-1") if isinstance(x, bytes) else x for x in items)


def make_fractions(vm):
    """2.7's fractions: the library's, with its ``gcd`` (3.9 removed it; compatibility code
    falls back to it where 2.7's math has no ``gcd``)."""
    m = ProxyModule("fractions", lib27._world_module(vm, "fractions"))

    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a

    m.__dict__["gcd"] = gcd
    return m


def make_struct(vm):
    import struct

    m = ProxyModule("struct", struct)

    def pack(fmt, *values):
        if not all(type(v) is int or isinstance(v, str) for v in values):
            values = _struct_ints27(fmt, values)
        return struct.pack(fmt, *[_bytes(v) if isinstance(v, str) else v for v in values]).decode("latin-1")

    def unpack(fmt, data):
        return _from_bytes_items(struct.unpack(fmt, _bytes(data)))

    def unpack_from(fmt, data, offset=0):
        return _from_bytes_items(struct.unpack_from(fmt, _bytes(data), offset))

    def calcsize(fmt):
        return struct.calcsize(fmt)

    m.__dict__.update(pack=pack, unpack=unpack, unpack_from=unpack_from, calcsize=calcsize)
    return m


_STRUCT_ITEM = re.compile(r"\s*(\d*)\s*([a-zA-Z?])")
_STRUCT_INTEGERS = frozenset("bBhHiIlLqQP")


def _struct_ints27(fmt, values):
    """``values`` as 2.7's struct reads those packed with an integer code (get_pylong):
    what has ``__index__`` by it; else what has ``__int__`` (a float) by ``int()``, with
    a DeprecationWarning; a float too large for any int is out of the code's range."""
    import struct

    out = list(values)
    i = 0
    for count, code in _STRUCT_ITEM.findall(fmt.lstrip("@=<>!") if isinstance(fmt, str) else ""):
        n = 1 if code in "sp" else 0 if code == "x" else int(count or 1)
        for k in range(i, min(i + n, len(out))):
            v = out[k]
            if code not in _STRUCT_INTEGERS or isinstance(v, int) or hasattr(type(v), "__index__"):
                continue
            if isinstance(v, complex):
                raise TypeError("can't convert complex to int")
            if not hasattr(type(v), "__int__"):
                continue  # (the host's words: cannot convert argument to integer)
            warnings.warn("integer argument expected, got float" if isinstance(v, float)
                          else "integer argument expected, got non-integer", DeprecationWarning, 2)
            try:
                out[k] = int(v)
            except OverflowError:
                raise struct.error("integer out of range for '%s' format code" % code) from None
        i += n
    return out


def make_math(vm):
    import math

    m = ProxyModule("math", math)

    def real(x):  # 2.7 reads a C double (PyFloat_AsDouble): what has no __float__ is no number
        if type(x) is not float:
            if isinstance(x, complex):
                raise TypeError("can't convert complex to float")
            if not hasattr(type(x), "__float__"):
                raise TypeError("a float is required")
        return float(x)

    def floor(x):
        x = real(x)
        return x if math.isinf(x) or math.isnan(x) else float(math.floor(x))

    def ceil(x):
        x = real(x)
        return x if math.isinf(x) or math.isnan(x) else float(math.ceil(x))

    def factorial(x):  # 2.7 takes an integral float; the rest as a C long (PyInt_AsLong)
        if isinstance(x, float):
            if not (math.isfinite(x) and x == math.floor(x)):
                raise ValueError("factorial() only accepts integral values")
            x = int(x)
        else:
            x = c_long27(x)
        if x < 0:
            raise ValueError("factorial() not defined for negative values")
        return norm_int(math.factorial(x))

    m.__dict__.update(floor=floor, ceil=ceil, factorial=factorial)
    return m


def make_operator(vm):
    """2.7's operator: the host's, with 2.7's classic division and the names 3.0 removed."""
    import operator

    from pyctk.runtime.ops.py2ops import div27

    def idiv(a, b):
        method = getattr(type(a), "__idiv__", None)
        if method is not None:
            result = method(a, b)
            if result is not NotImplemented:
                return result
        return div27(a, b)

    def isCallable(obj):  # noqa: N802 - 2.7's name
        return callable(obj)

    def sequenceIncludes(seq, item):  # noqa: N802 - 2.7's name
        return operator.contains(seq, item)

    def repeat(seq, count):
        return operator.mul(seq, count)

    from pyctk.runtime.py27.getters import attrgetter, methodcaller

    m = ProxyModule("operator", operator)
    for name, function in (("div", div27), ("idiv", idiv), ("isCallable", isCallable),
                           ("sequenceIncludes", sequenceIncludes), ("repeat", repeat)):
        function.__name__ = name
        m.__dict__[name] = function
    m.__dict__.update(attrgetter=attrgetter, methodcaller=methodcaller)
    m.__dict__.update(__div__=div27, __idiv__=idiv, __repeat__=repeat)
    return m


# 2.7-only modules: entries of the guest's module table under their own names.
ALIAS_MODULES = {
    "StringIO": make_stringio("StringIO"),
    "cStringIO": make_stringio("cStringIO"),
    "md5": lib27.make_md5,
    "sha": lib27.make_sha,
    "commands": lib27.make_commands,
    "sets": lib27.make_sets,
    "UserDict": lib27.make_userdict,
    "HTMLParser": lib27.make_htmlparser,
    "htmlentitydefs": lib27.make_htmlentitydefs,
    "dummy_thread": lib27.make_dummy_thread,
    "anydbm": lib27.make_anydbm,
    "ConfigParser": lib27.make_configparser,
    "cPickle": lib27.make_pickle("cPickle"),
    "urlparse": lib27.make_urlparse,
    "urllib2": lib27.make_urllib2,
    "_md5": lib27.make_c_digest("_md5", new="md5"),
    "_sha": lib27.make_c_digest("_sha", new="sha1"),
    "_sha256": lib27.make_c_digest("_sha256", sha256="sha256", sha224="sha224"),
    "_sha512": lib27.make_c_digest("_sha512", sha512="sha512", sha384="sha384"),
}

# Modules whose 2.7 contents differ from the host's module of the same name: what the
# 2.7 guest's import statement gives (the host library run for it keeps the host's).
PROXIES = {
    "json": lib27.make_json,
    "re": lib27.make_re,
    "os": lib27.make_os,
    "os.path": lib27.make_os_path,
    "time": lib27.make_time,
    "inspect": lib27.make_inspect,
    "importlib": lib27.make_importlib,
    "hashlib": lib27.make_hashlib,
    "zlib": lib27.make_zlib,
    "binascii": lib27.make_binascii,
    "marshal": lib27.make_marshal,
    "base64": lib27.make_base64,
    "io": lib27.make_io,
    "random": lib27.make_random,
    "pickle": lib27.make_pickle("pickle"),
    "traceback": lib27.make_traceback,
    "hmac": lib27.make_hmac,
    "array": lib27.make_array,
    "subprocess": lib27.make_subprocess,
    "unittest": lib27.make_unittest,
    "_hashlib": lib27.make_c_hashlib,
    "_random": lib27.make_c_random,
    "_heapq": lib27.make_c_heapq,
    "_struct": lib27.make_c_struct,
    "_socket": lib27.make_c_socket,
    "argparse": lib27.make_argparse,
    "struct": make_struct,
    "math": make_math,
    "fractions": make_fractions,
    "operator": make_operator,
    "sys": lambda vm: vm.world.sys,
    "string": make_string,
    "itertools": make_itertools,
    "__builtin__": lambda vm: vm.world.builtins_module,
    "types": make_types,
    "collections": lib27.make_collections,
    "urllib": lib27.make_urllib,
}


def open_file(name, mode="r", buffering=-1):
    """2.7 ``open()``: files of bytes read and written as 2.7 strings."""
    return File27Disk(name, mode, buffering)


class File27Disk(Lines27):
    def __init__(self, name, mode="r", buffering=-1):
        m = mode.replace("U", "").replace("t", "")
        if "b" not in m:
            m += "b"
        try:
            self._f = io.open(name, m, buffering)
        except OSError as e:  # 2.7's open raises IOError, whatever the host's subclass
            from pyctk.runtime.py27.builtins27 import IOError27

            raise IOError27(e.errno, e.strerror, e.filename) from None
        self.name = name
        self.mode = mode
        self.softspace = 0
        self._universal = "U" in mode

    @property
    def closed(self):
        return self._f.closed

    def write(self, s):
        if type(s) is Unicode27:
            from pyctk.runtime.py27.values import encode_ascii

            s = encode_ascii(s)
        self._f.write(s.encode("latin-1") if isinstance(s, str) else bytes(s))

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _text(self, data):
        text = data.decode("latin-1")
        if self._universal:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        return self._text(self._f.read(size))

    def readline(self, size=-1):
        return self._text(self._f.readline(size))

    def readlines(self, hint=-1):
        return [self._text(x) for x in self._f.readlines(hint)]


    def seek(self, *a):
        return self._f.seek(*a)

    def tell(self):
        return self._f.tell()

    def flush(self):
        self._f.flush()

    def close(self):
        self._f.close()

    def fileno(self):
        return self._f.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()
        return False

    def __repr__(self):
        state = "closed" if self.closed else "open"
        return "<%s file '%s', mode '%s' at %#x>" % (state, self.name, self.mode, id(self))


# -- the importer -----------------------------------------------------------------------------


def _proxies(vm):
    vm = vm.interp  # one set per run, shared by its threads (interp.py)
    table = getattr(vm, "_pyctk_modules27", None)
    if table is None:
        table = vm._pyctk_modules27 = {}
    return table


def proxy_module(vm, name):
    table = _proxies(vm)
    module = table.get(name)
    if module is None:
        making = table.setdefault(None, set())
        if name in making:
            # The view is being made and imports the module it views: that import
            # (and what it imports) sees the module itself.
            return dict.__getitem__(vm.world.modules, name)
        making.add(name)
        try:
            module = table[name] = PROXIES[name](vm)
            if isinstance(module, ProxyModule):
                names = module_names27(vm.world.opset, name)
                if names is not None:  # (a module's __class__ may be another module type)
                    module.__class__ = type("ProxyModule", (type(module),), {"names27": names})
        finally:
            making.discard(name)
    return module


def _package_of(globals_):
    package = globals_.get("__package__")
    if package:
        return package
    name = globals_.get("__name__")
    if not name or not isinstance(name, str):
        return None
    if "__path__" in globals_:
        return name
    return name.rpartition(".")[0] or None


def _refuse_absent27(vm, name):
    """A module 2.7 does not have (``queue``, ``enum``, ``builtins``) is the guest's only
    where its own path gave it, not the host's library."""
    from pyctk.runtime.hostlib import _in_stdlib

    module = vm.world.modules.get(name.partition(".")[0])
    path = getattr(module, "__file__", None)
    if module is None or path is None or _in_stdlib(path):
        raise ImportError("No module named %s" % name)  # (the missing part's dotted rest)


def _no_module27(name, level, missing):
    """2.7's words: ``No module named`` the dotted rest of the name from the part that
    was not found (``import sys.nonexistent``: ``nonexistent``; ``import a.b`` without
    ``a``: ``a.b``)."""
    missing = missing or name
    if level <= 0 and isinstance(name, str) and (missing == name or name.startswith(missing + ".")):
        parent = missing.rpartition(".")[0]
        return "No module named %s" % (name[len(parent) + 1:] if parent else name)
    return "No module named %s" % missing.rpartition(".")[2]


class GuestImporter27(GuestImporter):
    """2.7's ``__import__``: level -1 tries the importing package first (implicit
    relative import); 2.7 module names map to the host's; some modules are proxied."""

    def __call__(self, name, globals=None, locals=None, fromlist=(), level=-1):
        if not isinstance(name, str):  # ("s|OOOi:__import__")
            raise TypeError("__import__() argument 1 must be string, not %s" % type(name).__name__)
        if name[:1] == "." and level <= 0:  # (import_submodule's empty part)
            raise ValueError("Empty module name")
        try:
            module = self._import27(name, globals, locals, fromlist, level)
            if level <= 0 and isinstance(name, str) and name.partition(".")[0] in absent_modules27():
                _refuse_absent27(self.vm, name)
            return module
        except ModuleNotFoundError as e:  # 2.7 has only ImportError, and words it its way
            raise ImportError(_no_module27(name, level, e.name)) from None
        except ImportError as e:
            if str(e) == "attempted relative import with no known parent package":
                raise ValueError("Attempted relative import in non-package") from None
            if level <= 0 and isinstance(name, str) and name.partition(".")[0] in absent_modules27():
                # A host module 2.7 lacks, failing over the guest's 2.7 library (http.client
                # importing 2.7's urllib): for 2.7 it is not there at all.
                raise ImportError("No module named %s" % name) from None
            raise

    def _import27(self, name, globals, locals, fromlist, level):
        fromlist = tuple(fromlist) if fromlist else ()
        globals = globals if globals is not None else {}
        head = name.partition(".")[0]
        if level <= 0 and head in PROXIES:
            return self._proxied(name, fromlist)
        if level < 0:
            package = _package_of(globals)
            if package and globals.get("__package__") is None and isinstance(globals, dict):
                globals["__package__"] = package
            if package and name:
                try:
                    return super().__call__(name, globals, locals, fromlist, 1)
                except ModuleNotFoundError as e:
                    if e.name != package + "." + head:
                        raise
            level = 0
        if level > 0 and not globals.get("__package__") and not isinstance(globals.get("__name__"), str):
            level = 0  # (get_parent: no package to be relative to, an absolute import)
        if level > 0 and globals.get("__package__") is None and "__name__" in globals:
            package = _package_of(globals)
            if package and isinstance(globals, dict):
                globals["__package__"] = package
        return super().__call__(name, globals, locals, fromlist, level)

    def _proxied(self, name, fromlist):
        head = name.partition(".")[0]
        if dict.get(self.vm.world.modules, head, 0) is None:  # sys.modules[name] = None blocks it
            raise ImportError("No module named %s" % head)
        if "." in name:
            module = self.vm.world.import_module(name)
            if fromlist:
                return proxy_module(self.vm, name) if name in PROXIES else module
        return proxy_module(self.vm, name.partition(".")[0])


class _ModuleViews:
    """What the 2.7 guest's code finds in its ``sys.modules`` under the names of
    ``PROXIES`` (runtime/world.py ``GuestModules``)."""

    names = frozenset(PROXIES)

    def __call__(self, vm, name):
        return proxy_module(vm, name)


module_views27 = _ModuleViews()


def init_module27(module):
    """A 2.7 module starts with ``__package__`` None (2.7 sets it lazily)."""
    module.__package__ = None


def make_importer27(vm, opset):
    return GuestImporter27(vm, opset)
