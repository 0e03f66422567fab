"""Record each CPython's built-in API surface: the names of its builtins, of its built-in
types' attributes and of the C-implemented standard modules a program uses.

Run under one interpreter, it prints that version's surface as JSON (the script runs on
2.7 and 3.6+ alike); with ``--write`` (under a host 3.10+) it runs itself under every
``pythonX.Y`` it finds on PATH, writes ``pyctk/versions/apisurface/X.Y.json`` and builds
the probe program of ``tests/test_api_surface.py`` with each of them
(``tests/fixtures/apisurface/X.Y.pyc``: what a guest sees, printed by the guest)::

    python3 tools/record_api_surface.py --write            # every version found
    python3 tools/record_api_surface.py --write 3.8 3.12   # only these
    python3 tools/record_api_surface.py --absent27         # the library modules 2.7 lacks

The guest's view of those names (pyctk/runtime/apisurface.py) is made from these files:
what the host has and the version lacks is absent, what the version has and the host
lacks is pyctk's (``hostcompat.py``). Nothing about a version is typed by hand.
"""

from __future__ import print_function

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "pyctk", "versions", "apisurface")
PROBE_DIR = os.path.join(ROOT, "tests", "fixtures", "apisurface")

# Built-in types by the name the surface gives them, and how a program reaches each
# (source evaluated by the recorded version; one it cannot evaluate is a type it lacks).
TYPES = (
    ("object", "object"), ("int", "int"), ("long", "long"), ("float", "float"), ("complex", "complex"),
    ("bool", "bool"), ("str", "str"), ("unicode", "unicode"), ("bytes", "bytes"),
    ("bytearray", "bytearray"), ("list", "list"), ("tuple", "tuple"), ("dict", "dict"), ("set", "set"),
    ("frozenset", "frozenset"), ("range", "range"), ("xrange", "xrange"), ("memoryview", "memoryview"),
    ("slice", "slice"), ("type", "type"), ("property", "property"), ("staticmethod", "staticmethod"),
    ("classmethod", "classmethod"), ("super", "super"), ("enumerate", "enumerate"), ("zip", "zip"),
    ("map", "map"), ("filter", "filter"), ("reversed", "reversed"),
    ("NoneType", "type(None)"), ("ellipsis", "type(Ellipsis)"), ("NotImplementedType", "type(NotImplemented)"),
    ("function", "type(lambda: 0)"), ("builtin_function_or_method", "type(len)"),
    ("method", "type(_Probe().method)"),
    ("generator", "type((lambda: (yield))())"),
    ("coroutine", "_async_type('coroutine')"),
    ("async_generator", "_async_type('async_generator')"),
    ("dict_keys", "type({}.keys())"), ("dict_values", "type({}.values())"), ("dict_items", "type({}.items())"),
    ("list_iterator", "type(iter([]))"), ("str_iterator", "type(iter(''))"),
    ("module", "type(sys)"), ("cell", "type((lambda x: lambda: x)(0).__closure__[0])"),
)

# The C-implemented standard modules a program uses (by the names it imports them by).
MODULES = (
    "math", "cmath", "itertools", "_functools", "_operator", "operator", "_collections", "time", "gc",
    "_thread", "thread", "array", "binascii", "zlib", "_struct", "_json", "_random", "_datetime",
    "datetime", "_bisect", "_heapq", "unicodedata", "_string", "errno", "marshal", "_weakref",
    "select", "_locale", "_codecs", "_io", "_csv", "_statistics", "_contextvars", "_abc",
)
# Pure-Python modules recorded too: their names are the C module's they wrap.
PURE_MODULES = ("operator",)
# Not recorded: modules of constants that follow the build's headers and kernel (_socket,
# _stat, _signal), and sys (pyctk/versions/sysfacts) and atexit (the guest's own).

# A module's own dunders that say where it was loaded from, not what it offers: a
# built-in module in one build is an extension in another.
MODULE_ORIGIN = ("__file__", "__loader__", "__spec__", "__cached__", "__package__", "__path__")


class _Probe(object):
    def method(self):
        pass


ASYNC_SOURCE = {"coroutine": "async def f():\n    pass\n", "async_generator": "async def f():\n    yield 1\n"}


def _async_type(kind):
    namespace = {}
    exec(compile(ASYNC_SOURCE[kind], "<probe>", "exec"), namespace)
    return _type_closed(namespace["f"]())


def _type_closed(obj):
    try:
        return type(obj)
    finally:
        close = getattr(obj, "close", None)
        if close is not None:
            close()
        else:  # an async generator
            obj.aclose().close()


def _is_c_module(module):
    path = getattr(module, "__file__", None)
    return path is None or not (path.endswith(".py") or path.endswith(".pyc"))


def surface():
    try:
        import builtins
    except ImportError:
        import __builtin__ as builtins  # noqa: N813 - 2.7's name
    namespace = dict(vars(builtins))
    namespace.update(sys=sys, _Probe=_Probe, _async_type=_async_type)
    types = {}
    for key, source in TYPES:
        try:
            tp = eval(source, namespace)
        except Exception:
            continue
        types[key] = sorted(dir(tp))
    exceptions = {}
    for name in dir(builtins):
        value = getattr(builtins, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            exceptions[name] = sorted(dir(value))
    modules = {}
    for name in MODULES:
        try:
            module = __import__(name)
        except ImportError:
            continue
        if not _is_c_module(module) and name not in PURE_MODULES:
            continue
        modules[name] = sorted(n for n in dir(module) if n not in MODULE_ORIGIN)
    return {
        "type_sources": dict(TYPES),
        "version": "%d.%d" % sys.version_info[:2],
        "builtins_module": builtins.__name__,
        "builtins": sorted(dir(builtins)),
        "types": types,
        "exceptions": exceptions,
        "modules": modules,
    }


PROBE_SOURCE = '''\
# What the guest sees of its version's built-in names, one line per name set: written by
# tools/record_api_surface.py, compiled by each version, run by tests/test_api_surface.py.
import sys

try:
    import builtins
except ImportError:
    import __builtin__ as builtins
TYPES = %(types)r
MODULES = %(modules)r
ORIGIN = %(origin)r
PURE = %(pure)r


class _Probe(object):
    def method(self):
        pass


def _type_closed(obj):
    try:
        return type(obj)
    finally:
        close = getattr(obj, "close", None)
        if close is not None:
            close()
        else:
            obj.aclose().close()


%(async_types)s

def show(kind, name, names):
    sys.stdout.write("%%s %%s %%s\\n" %% (kind, name, " ".join(sorted(names))))


namespace = dict(vars(builtins))
namespace.update(sys=sys, _Probe=_Probe, _async_type=_async_type)
show("builtins", "-", dir(builtins))
for key, source in TYPES:
    try:
        tp = eval(source, namespace)
    except Exception:
        continue
    show("type", key, dir(tp))
for name in dir(builtins):
    value = getattr(builtins, name)
    if isinstance(value, type) and issubclass(value, BaseException):
        show("exception", name, dir(value))
for name in MODULES:
    try:
        module = __import__(name)
    except ImportError:
        continue
    path = getattr(module, "__file__", None)
    if path is not None and (path.endswith(".py") or path.endswith(".pyc")) and name not in PURE:
        continue
    show("module", name, [n for n in dir(module) if n not in ORIGIN])
'''


# The probe's coroutine and async generator, written out (no source compiled at run time:
# the tests run without the versions' interpreters); 2.7 has neither.
PROBE_ASYNC_3 = '''\
async def _coroutine():
    pass


async def _async_generator():
    yield 1


def _async_type(kind):
    return _type_closed({"coroutine": _coroutine, "async_generator": _async_generator}[kind]())
'''
PROBE_ASYNC_2 = '''\
def _async_type(kind):
    raise NameError(kind)
'''


def probe_source(version):
    async_types = PROBE_ASYNC_2 if version.startswith("2.") else PROBE_ASYNC_3
    return PROBE_SOURCE % {"types": TYPES, "modules": MODULES, "origin": MODULE_ORIGIN, "pure": PURE_MODULES, "async_types": async_types}


def _compile_probe(exe, version, env):
    """The probe compiled by ``exe`` into PROBE_DIR/X.Y.pyc (its own py_compile)."""
    if not os.path.isdir(PROBE_DIR):
        os.makedirs(PROBE_DIR)
    source = os.path.join(PROBE_DIR, "probe.py")
    with open(source, "w") as f:
        f.write(probe_source(version))
    target = os.path.join(PROBE_DIR, version + ".pyc")
    script = "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)"
    subprocess.check_call([exe, "-c", script, source, target], env=env)


def _supported_versions():
    """The one list (pyctk/versions/__init__.py), read by the --write host only: the probe
    itself runs under every version, 2.7 included, without pyctk."""
    from pyctk.versions import VERSION_NAMES

    return VERSION_NAMES


def write(versions):
    if not os.path.isdir(OUT_DIR):
        os.makedirs(OUT_DIR)
    for version in versions:
        exe = "python" + version
        # A plain run, as the corpus builder runs programs, without this shell's PYTHON*.
        env = dict((k, v) for k, v in os.environ.items() if not k.startswith("PYTHON"))
        try:
            text = subprocess.check_output([exe, os.path.abspath(__file__)], cwd="/", env=env)
            _compile_probe(exe, version, env)
        except (OSError, subprocess.CalledProcessError) as e:
            print("skipped %s: %s" % (exe, e), file=sys.stderr)
            continue
        data = json.loads(text.decode("utf-8"))
        with open(os.path.join(OUT_DIR, version + ".json"), "w") as f:
            json.dump(data, f, indent=1, sort_keys=True)
            f.write("\n")
        print("wrote %s.json and the probe %s.pyc" % (version, version))


ABSENT_PROBE = (
    "import imp, json, sys\n"
    "absent = []\n"
    "for name in json.loads(sys.stdin.read()):\n"
    "    try:\n"
    "        imp.find_module(name)\n"
    "    except ImportError:\n"
    "        absent.append(name)\n"
    "sys.stdout.write(json.dumps(absent))\n"
)


def write_absent27():
    """``2.7-absent-modules.json``: the host's standard-library modules (by top-level
    name, ``sys.stdlib_module_names`` of this 3.10+ host) that 2.7 cannot find (``imp.find_module``,
    which runs nothing): a 2.7 guest importing one from the host's library gets 2.7's
    ImportError (``py27/modules.py``)."""
    names = sorted(n for n in sys.stdlib_module_names if not n.startswith("_"))
    env = dict((k, v) for k, v in os.environ.items() if not k.startswith("PYTHON"))
    out = subprocess.run(["python2.7", "-c", ABSENT_PROBE], input=json.dumps(names).encode(),
                         stdout=subprocess.PIPE, check=True, cwd="/", env=env).stdout
    absent = json.loads(out.decode("utf-8"))
    with open(os.path.join(OUT_DIR, "2.7-absent-modules.json"), "w") as f:
        json.dump({"host": "%d.%d" % sys.version_info[:2], "absent": absent}, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote 2.7-absent-modules.json: %d of %d names" % (len(absent), len(names)))


# Run by each pythonX.Y (3.6+): which of the names on stdin its import system cannot find.
ABSENT_PROBE3 = (
    "import importlib.util, json, sys\n"
    "absent = []\n"
    "for name in json.loads(sys.stdin.read()):\n"
    "    if importlib.util.find_spec(name) is None:\n"
    "        absent.append(name)\n"
    "sys.stdout.write(json.dumps(absent))\n"
)

HOSTS = ("3.10", "3.11", "3.12", "3.13")


def write_absent(versions):
    """``absent-modules.json``: for each 3.x version, the standard-library modules (by
    top-level public name, ``sys.stdlib_module_names`` of every host 3.10-3.13 found)
    that its interpreter cannot find (``importlib.util.find_spec``, which runs nothing):
    a guest of that version importing one gets its version's ModuleNotFoundError, not
    the host's module (``hostlib``)."""
    names = set(n for n in sys.stdlib_module_names if not n.startswith("_"))
    for host in HOSTS:
        try:
            out = subprocess.run(["python" + host, "-c", "import sys, json; print(json.dumps(sorted(sys.stdlib_module_names)))"],
                                 stdout=subprocess.PIPE, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            continue
        names.update(n for n in json.loads(out.decode("utf-8")) if not n.startswith("_"))
    env = dict((k, v) for k, v in os.environ.items() if not k.startswith("PYTHON"))
    path = os.path.join(OUT_DIR, "absent-modules.json")
    recorded = {}
    if os.path.exists(path):
        with open(path) as f:
            recorded = json.load(f)["absent"]
    for version in versions:
        out = subprocess.run(["python" + version, "-I", "-c", ABSENT_PROBE3], input=json.dumps(sorted(names)).encode(),
                             stdout=subprocess.PIPE, check=True, cwd="/", env=env).stdout
        recorded[version] = json.loads(out.decode("utf-8"))
        print("%s: %d of %d names absent" % (version, len(recorded[version]), len(names)))
    with open(path, "w") as f:
        json.dump({"names": sorted(names), "absent": recorded}, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["--absent27"]:
        write_absent27()
    elif len(sys.argv) > 1 and sys.argv[1] == "--absent":
        write_absent(sys.argv[2:] or [v for v in _supported_versions() if v != "2.7"])
    elif len(sys.argv) > 1 and sys.argv[1] == "--write":
        write(sys.argv[2:] or _supported_versions())
    else:
        print(json.dumps(surface(), sort_keys=True))
