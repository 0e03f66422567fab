"""The guest's own ``sys`` module, one per run, for the guest's version.

Its version strings, ``hexversion``, ``implementation``, ``platform``, ``flags``,
``float_info`` and the very list of names it has come from the real interpreter of that
version (``pyctk/versions/sysfacts``, recorded by ``tools/record_sys_facts.py``). What the
version has and the host has too is the host's (functions such as ``intern`` or
``getsizeof``); what belongs to one interpreter (``modules``, ``path``, ``argv``,
``meta_path``, the recursion limit, ``exc_info``, the std streams, the hooks) is the
guest's own. A name the version lacks is absent for the guest (``hasattr(sys,
"set_int_max_str_digits")`` is False on 3.10) but still answers for the host's own
standard-library code run for this guest (the host's ``subprocess`` calls ``sys.audit``
even when the guest is a 3.6 program): see ``_module_getattr``.
"""

from __future__ import annotations

import operator
import os
import sys as host_sys
import types

from pyctk.runtime import corigin, guesttrace
from pyctk.runtime.hosttb import holding
from pyctk.versions.sysfacts import sys_facts

_PYCTK_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep

# Names the guest's sys gets from the world or the VM, never copied from the host.
_OWN = frozenset({
    "argv", "orig_argv", "path", "modules", "meta_path", "path_hooks", "path_importer_cache",
    "stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__",
    "excepthook", "__excepthook__", "displayhook", "__displayhook__",
    "unraisablehook", "__unraisablehook__", "exc_info", "exception", "getrecursionlimit", "setrecursionlimit", "_getframe",
    "version", "version_info", "hexversion", "api_version", "implementation", "platform", "maxsize",
    "maxunicode", "byteorder", "float_repr_style", "flags", "float_info", "int_info", "long_info",
    "maxint", "subversion", "getdefaultencoding", "dont_write_bytecode", "warnoptions", "_xoptions",
    "abiflags", "hash_info", "thread_info", "tracebacklimit", "last_type", "last_value",
    "last_traceback", "last_exc", "ps1", "ps2", "settrace", "gettrace", "setprofile", "getprofile",
})


# A module object's own attributes, set by the world (runtime/world.py).
_MODULE_NAMES = frozenset({"__name__", "__doc__", "__spec__", "__loader__", "__package__", "__dict__"})


def _called_by_host_library(depth=2) -> bool:
    """Whether the code asking (``depth`` frames up) is the host's library run for the
    guest, not the guest itself (whose attribute reads come from pyctk's handlers)."""
    caller = host_sys._getframe(depth).f_code.co_filename
    return not caller.startswith(_PYCTK_DIR) and not caller.startswith("<")


def _stand_ins():
    """Functions a version's sys has and newer hosts dropped: what they did that a
    program can see (the check interval is only remembered)."""
    interval = [100]

    def getcheckinterval():
        return interval[0]

    def setcheckinterval(n):
        interval[0] = operator.index(n)

    def callstats():
        return None

    def get_coroutine_wrapper():
        return None

    def set_coroutine_wrapper(wrapper):
        if wrapper is not None and not callable(wrapper):
            raise TypeError("callable expected, got %s" % type(wrapper).__name__)

    return {f.__name__: f for f in (getcheckinterval, setcheckinterval, callstats, get_coroutine_wrapper,
                                     set_coroutine_wrapper)}


def _module_getattr(missing_message, hidden):
    """The guest sys's module ``__getattr__`` (PEP 562; its type stays ``ModuleType``, as
    ``types.ModuleType = type(sys)`` needs): only reached for names the version's sys
    lacks, which the host's library modules running for this guest may still use:
    ``hidden`` are the guest's own answers to those (``sys.exception()`` is the guest's
    handled exception, which 3.12's ``traceback.format_exc`` asks for), else the host's."""

    def __getattr__(name):
        if _called_by_host_library():
            if name in hidden:
                return hidden[name]
            try:
                return getattr(host_sys, name)
            except AttributeError:
                pass
        raise AttributeError(missing_message % name)

    return __getattr__


def structseq_type(type_name: str, names, host=None):
    """A tuple type with named fields whose repr is ``type_name(a=1, b=2)``, as the
    struct sequences of ``sys`` (``version_info``, ``flags``, ``float_info``) are. A field
    the version lacks is the ``host`` value's for the host's library (asyncio reads
    ``sys.flags.dev_mode`` for a 3.6 guest too)."""
    names = tuple(names)

    def __getattr__(self, name):
        if host is not None and _called_by_host_library():
            try:
                return getattr(host, name)
            except AttributeError:
                pass
        raise AttributeError(f"'{type_name.rpartition('.')[2]}' object has no attribute '{name}'")

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (type_name, ", ".join("%s=%r" % (n, v) for n, v in zip(names, self)))

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace = {"__new__": __new__, "__repr__": __repr__, "__reduce__": __reduce__, "__slots__": (),
                 "__getattr__": __getattr__,
                 "n_fields": len(names), "n_sequence_fields": len(names), "n_unnamed_fields": 0,
                 "_fields": names, "__module__": "sys"}
    for i, n in enumerate(names):
        namespace[n] = property(operator.itemgetter(i))
    return type(type_name.rpartition(".")[2], (tuple,), namespace)


def exc_info_for(vm, kind=type, value=None):
    """The guest's ``sys.exc_info`` (2.7's gives its own classes: ``kind``, ``value``)."""
    host_exc_info = host_sys.exc_info

    def exc_info():
        # Host library code run for the guest handles its own exceptions natively;
        # otherwise the one the guest is handling.
        host = host_exc_info()
        if host[0] is not None:
            return host
        executor = vm.interp.executor()
        exc = executor.handled
        if exc is None:
            return (None, None, None)
        # The traceback the guest may keep holds the frames it passed (and the caller's:
        # 2.7's exceptions keep no frames), as natively (hosttb.holding).
        tb = holding(exc.__traceback__, (executor.raw_traceback(exc), executor.frame))
        return (kind(exc), exc if value is None else value(exc), tb)

    return exc_info


def _structseq(recorded, host_values=None, own_values=False):
    names = [n for n, _ in recorded["fields"]]
    values = [v for _, v in recorded["fields"]]
    if own_values:  # the process's own options, where the host has the field
        values = [getattr(host_values, n, v) for n, v in zip(names, values)]
    return structseq_type(recorded["type"], names, host_values)(values)


def make_guest_sys(world) -> types.ModuleType:
    """The guest's ``sys``: ``world`` gives its module table, path, argv and VM."""
    vm = world.vm
    facts = sys_facts(world.opset.version)
    m = types.ModuleType("sys")
    own = {}
    stand_ins = _stand_ins()
    for name in facts["dir"]:
        if name in _MODULE_NAMES or name in _OWN:
            continue
        if hasattr(host_sys, name):
            own[name] = getattr(host_sys, name)
        elif name in stand_ins:
            own[name] = stand_ins[name]
    own["__doc__"] = host_sys.__doc__
    hidden: dict = {}  # the guest's own answers to names its version lacks (_module_getattr)
    own["__getattr__"] = _module_getattr(world.opset.fact("module_attribute_error", "module 'sys' has no attribute '%s'"),
                                         hidden)

    version_info_type = structseq_type("sys.version_info", ("major", "minor", "micro", "releaselevel", "serial"))
    own.update(
        version=facts["version"],
        version_info=version_info_type(facts["version_info"]),
        hexversion=facts["hexversion"],
        api_version=facts["api_version"],
        platform=facts["platform"],
        maxsize=facts["maxsize"],
        maxunicode=facts["maxunicode"],
        byteorder=facts["byteorder"],
        float_repr_style=facts["float_repr_style"],
        flags=_structseq(facts["flags"], host_sys.flags, own_values=True),
        float_info=_structseq(facts["float_info"], host_sys.float_info),
        dont_write_bytecode=host_sys.dont_write_bytecode,
        warnoptions=list(host_sys.warnoptions),
        argv=list(world.argv),
        path=list(world.path),
        modules=world.modules,
        meta_path=list(world.meta_path),
        path_hooks=list(world.path_hooks),
        path_importer_cache={},
        builtin_module_names=host_sys.builtin_module_names,  # what the guest shares with the host
    )
    if "_xoptions" in facts["dir"]:
        own["_xoptions"] = dict(getattr(host_sys, "_xoptions", {}))
    if "orig_argv" in facts["dir"]:
        own["orig_argv"] = [host_sys.executable] + list(world.argv)
    int_info_name = "long_info" if "long_info" in facts["dir"] else "int_info"
    own[int_info_name] = _structseq(facts["int_info"], host_sys.int_info)
    for name in ("hash_info", "thread_info"):
        if name in facts:
            own[name] = _structseq(facts[name], getattr(host_sys, name))
    if "abiflags" in facts:
        own["abiflags"] = facts["abiflags"]
    if "maxint" in facts:
        own["maxint"] = facts["maxint"]
    if "subversion" in facts:
        own["subversion"] = tuple(facts["subversion"])
    impl = facts.get("implementation")
    if impl is not None:
        fields = dict(
            name=impl["name"], cache_tag=impl["cache_tag"], version=version_info_type(impl["version"]),
            hexversion=impl["hexversion"],
        )
        if impl.get("_multiarch") is not None:
            fields["_multiarch"] = impl["_multiarch"]
        own["implementation"] = types.SimpleNamespace(**fields)

    encoding = facts["defaultencoding"]
    stdout, stderr, stdin = host_sys.stdout, host_sys.stderr, host_sys.stdin

    def getdefaultencoding():
        return encoding

    def getrecursionlimit():
        return vm.recursion_limit

    def setrecursionlimit(limit):
        # The guest's limit is the VM's (its frames are not host frames): the host's own
        # limit stays where the runner put it, so that no guest can overflow the C stack.
        limit = operator.index(limit)
        if limit < 1:
            raise ValueError("recursion limit must be greater or equal than one")
        if limit <= vm.depth:
            raise RecursionError(
                f"cannot set the recursion limit to {limit} at the recursion depth {vm.depth}: the limit is too low"
            )
        vm.recursion_limit = limit

    exc_info = exc_info_for(vm)

    def settrace(function):
        guesttrace.install(vm.interp.executor(), function)

    def gettrace():
        return guesttrace.current(vm.interp.executor())

    def setprofile(function):
        guesttrace.install(vm.interp.executor(), function, profile=True)

    def getprofile():
        return guesttrace.current(vm.interp.executor(), profile=True)

    def exception():
        return exc_info()[1]

    def excepthook(exc_type, value, tb):
        world.report_uncaught(value)

    def displayhook(value):
        if value is None:
            return
        world.builtins_module.__dict__["_"] = None
        text = repr(value)
        out = m.stdout
        if out is None:
            raise RuntimeError("lost sys.stdout")
        out.write(text + "\n")
        world.builtins_module.__dict__["_"] = value

    own.update(
        stdout=stdout, stderr=stderr, stdin=stdin, __stdout__=stdout, __stderr__=stderr, __stdin__=stdin,
        getdefaultencoding=getdefaultencoding, getrecursionlimit=getrecursionlimit,
        setrecursionlimit=setrecursionlimit, exc_info=exc_info, settrace=settrace, gettrace=gettrace, setprofile=setprofile, getprofile=getprofile,
        excepthook=excepthook, __excepthook__=excepthook, displayhook=displayhook, __displayhook__=displayhook,
        _getframe=make_getframe(vm),
    )
    getframe = own["_getframe"]

    def _getframemodulename(depth=0):
        """3.12's: the ``__name__`` of the module of the caller's frame at ``depth``
        (namedtuple and Enum's functional forms name their module so), on guest frames."""
        try:
            frame = getframe(depth)
        except ValueError:
            return None
        return frame.f_globals.get("__name__")

    def unraisablehook(unraisable):  # 3.8+: the version's report (not the host's hook)
        from pyctk.runtime.unraisable import write

        write(world, unraisable)

    if "unraisablehook" in facts["dir"]:
        own.update(unraisablehook=unraisablehook, __unraisablehook__=unraisablehook)
    for name, function in (("exception", exception), ("_getframemodulename", _getframemodulename)):
        (own if name in facts["dir"] else hidden)[name] = function
    if "set_coroutine_origin_tracking_depth" in own:  # the guest's own, not the host's (corigin.py)
        corigin.install(own, vm.interp)
    m.__dict__.update(own)
    m.__dict__["__dir__"] = lambda: sorted(k for k in m.__dict__ if k not in ("__getattr__", "__dir__"))
    extras = world.opset.fact("sys_extras")
    if extras is not None:  # 2.7: its file objects, exc_clear, ...
        extras(vm, m)
    return m


def make_getframe(vm):
    """The guest's ``sys._getframe``: guest frames and the host library frames between
    them, never pyctk's (``frames.py``; it walks the calling thread's own stack)."""
    from pyctk.runtime.frames import getframe

    return getframe
