"""Facts about running a version's own standard library (``--stdlib``) over the host's
C modules: which of its modules must stay the host's, and why.

Measured by ``tools/own_stdlib_imports.py`` (every top-level module of each version's
library imported under that library; README "The version's own standard library").
Names are top-level modules; a kept package keeps its submodules.
"""

from __future__ import annotations

# Kept the host's for every version (the host's file, run afresh for the guest):
KEPT_ALWAYS = {
    # re, sre_*: the version's sre_compile asserts _sre.MAGIC and builds the host's _sre
    # code format of its own version; only the host's compiler matches the host's _sre.
    "re": "the host's _sre C module checks its own compiler's MAGIC and code format",
    "sre_compile": "as re",
    "sre_parse": "as re",
    "sre_constants": "as re",
    # The import system: the guest's is the world's copy of the host's importlib._bootstrap.
    "importlib": "the guest's import system is the host's importlib._bootstrap, run for the guest",
    "pkgutil": "walks the import system's finders and loaders (the host's importlib)",
    "zipimport": "the import system's zip finder (the world's pathfinder reads zip archives)",
    # Modules that report or configure the interpreter: the world answers for the guest.
    "site": "the world builds the guest's sys.path itself; site would add the host's site-packages",
    "sysconfig": "reads the host's build configuration (_sysconfigdata); the world's facts answer for the guest",
    # os builds on its own version's posix C module: 3.13's asks sys._get_cpu_count_config,
    # 2.7's defines environ over 2.7's posix; the host's posix is the host's.
    "os": "built on the host's posix C module, which is the host version's",
    "types": "it names the host's C types, and its coroutine() rebuilds code objects with its own "
             "version's CodeType arguments (3.6, 3.7: 15; the host's: 16+); 2.7's reads func_code "
             "(pyctk's 2.7 view of types answers)",
    "threading": "built on the host's _thread C module, whose API changes between versions (3.13 "
                 "dropped _set_sentinel); the world joins the guest's threads through it",
    "subprocess": "calls the host's _posixsubprocess.fork_exec, whose arguments change between versions",
    # A guest function's __code__ is a host code object (a stub): only the host's dis
    # reads it; and opcode builds its tables from the host's _opcode C module.
    "dis": "reads code objects, and a guest function's __code__ is a host code object",
    # Guest functions, generators and coroutines are host ones over stub code objects.
    "inspect": "guest functions and generators are host ones over stub code objects, which only the "
               "host's inspect reads right (getgeneratorstate: a created generator's f_lasti is the "
               "host's; getsource, signature); doctest finds examples and lines through it",
    "doctest": "as inspect (it finds the examples' line numbers through inspect)",
    # The guest's recursion limit bounds the host's C encoders only through the host's functions.
    "json": "its encoder is the host's _json C module; the guest's recursion limit and the "
            "version's RecursionError wording apply to the host's json functions (crecursion)",
    "pickle": "as json: the host's _pickle C module, bounded by the guest's limit through the host's "
              "pickle functions (crecursion); the version's protocols are set on it",
    "copy": "as json: the guest's recursion limit and the version's wording ('while calling a Python "
            "object', 3.7-3.11) reach deepcopy's recursion through the host's copy functions (crecursion)",
    "csv": "the version's csv imports names its _csv C module has and other hosts' lack: "
           "_csv.__version__ (2.7-3.11; 3.13 hosts dropped it), _csv.QUOTE_STRINGS (3.12+)",
    # Codec registry: process-wide C state, registered once (hostlib.SHARED_PACKAGES).
    "encodings": "the codec search function is registered once per process in C",
}

# Version by version, what else must stay the host's (measured).
_TYPING_IN_C = {
    "typing": "3.12+ typing takes TypeVar, ParamSpec, Generic from the _typing C module, which older hosts lack",
    "ctypes": "3.12's ctypes imports _ctypes.SIZEOF_TIME_T, which older hosts' _ctypes lacks",
    "sqlite3": "3.12's sqlite3 imports _sqlite3._deprecated_version, which older hosts' _sqlite3 lacks",
    "statistics": "3.12's statistics imports math.sumprod, which older hosts' math lacks",
}

# 3.6-3.8's random.choice([]) ends on _randbelow(0)'s getrandbits(0) raising ValueError; the
# host's C getrandbits(0) returns 0 (3.9+), and their _randbelow then loops for ever.
_RANDBITS_ZERO = {"random": "3.6-3.8's random counts on getrandbits(0) raising ValueError (choice([]) ends "
                            "there); the host's C _random returns 0 from 3.9, and their _randbelow loops for ever"}

KEPT_BY_VERSION: dict[str, dict[str, str]] = {
    "3.6": _RANDBITS_ZERO,
    "3.7": _RANDBITS_ZERO,
    "3.8": _RANDBITS_ZERO,
    "3.12": _TYPING_IN_C,
    "3.13": {**_TYPING_IN_C, "opcode": "3.13's opcode builds its tables with the _opcode C module's "
                                       "has_arg and friends, which older hosts lack"},
    "2.7": {
        "socket": "2.7's socket wraps the methods of 2.7's _socket.socket (accept, ...), not the host's",
        "ssl": "as socket",
        "ast": "imports 2.7's _ast (its __version__); 2.7 AST objects cannot be carried over",
        "hmac": "imports operator._compare_digest, which the host's operator does not have",
        "ctypes": "built on 2.7's _ctypes (c_wchar_p, ...), not the host's",
        "json": "its scanner is the host's _json C module, which gives host str, not 2.7's unicode; "
                "pyctk's 2.7 view of json converts",
        "string": "2.7's string takes its constants and functions from the strop C module, which the host "
                  "lacks (string.whitespace's order); pyctk's 2.7 view of string gives strop's",
        "traceback": "2.7's extract_stack and print_stack find their caller as "
                     "sys.exc_info()[2].tb_frame.f_back, and a guest traceback's frame is a host frame",
        "urllib2": "its HTTPError derives from both IOError and urllib's classic addinfourl, and pyctk's "
                   "classic classes cannot be mixed with host exception classes; the host's urllib.request "
                   "answers, as without --stdlib",
        "urllib": "as urllib2 (pyctk's 2.7 view of urllib answers)",
        "xmlrpclib": "its parser reads 2.7's pyexpat (returns_unicode), which the host's pyexpat lacks; "
                     "the host's xmlrpc.client answers, as without --stdlib",
        "SimpleXMLRPCServer": "as xmlrpclib",
        "DocXMLRPCServer": "as xmlrpclib",
        "pickletools": "must match pickle (kept)",
        "anydbm": "opens 2.7's dbm C modules (dbm, gdbm, dbhash), and the host's dbm package keeps "
                  "Python 3 bytes; pyctk's 2.7 view of anydbm converts",
        "codecs": "its BOM constants are 2.7 strings, which the host's bytearray does not take "
                  "(chardet: bytearray.startswith(codecs.BOM_UTF8)); the host's codecs, as without --stdlib",
        "io": "a shell over 2.7's _io C module; the host's _io takes and gives Python 3 bytes and str "
              "(BytesIO('...') fails); pyctk's 2.7 view of io converts",
        "struct": "a shell over the host's _struct, which takes and gives Python 3 bytes; pyctk's 2.7 "
                  "view of struct converts 2.7 strings",
    },
}


# C classes the version's library must not take from the host's C module, because the
# class behaves as the host's version (its repr) and the library has a pure-Python
# version that it uses when the C one is missing.
HIDDEN_C_NAMES = {
    "_collections": {
        "OrderedDict": "the C OrderedDict's repr is the host version's (3.12 changed it); "
                       "collections' own Python OrderedDict is used instead",
    },
}


# The library module each hidden C class is hidden for: once it has run, the program's
# C module shows the class again (ownstdlib.restore_hidden_names).
HIDDEN_FOR = {"_collections": "collections"}


def kept_host_modules(version: str) -> frozenset:
    """Top-level modules that stay the host's when ``version`` runs its own library."""
    return frozenset(KEPT_ALWAYS) | frozenset(KEPT_BY_VERSION.get(version, {}))
