"""Recorder for the traceback fixtures (runs under CPython 2.7 and 3.6-3.13).

make_fixtures.py puts this directory on PYTHONPATH and names an output file in
PYCTK_TB_RECORD. The hook writes, as JSON, what pyctk's VM would know about the uncaught
exception (its type, args, str, traceback entries with positions, chained and grouped
exceptions, notes, SyntaxError fields, the names "Did you mean" looks at) and then hands the
exception to ``sys.__excepthook__`` so stderr is the interpreter's own display.

Must stay valid Python 2.7 and 3.6 syntax.
"""

import json
import os
import sys

PY2 = sys.version_info[0] == 2
if PY2:
    _text_types = (str, unicode)  # noqa: F821
else:
    _text_types = (str,)


def _text(value):
    """A str for JSON: 2.7 byte strings as latin-1 code points."""
    if PY2 and isinstance(value, str):
        return value.decode("latin-1")
    return value


def _tag(value, depth=0):
    """An exception argument (or note) as tagged JSON, or its repr."""
    if depth > 5:
        return {"repr": _text(repr(value))}
    if value is None or isinstance(value, bool):
        return {"json": value}
    if PY2 and isinstance(value, str):
        return {"str27": value.decode("latin-1")}
    if PY2 and isinstance(value, unicode):  # noqa: F821
        return {"unicode": value}
    if PY2 and isinstance(value, long):  # noqa: F821
        return {"long": str(value)}
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        if type(value) in (str, int):
            return {"json": value}
    if type(value) is float and value == value and value not in (float("inf"), float("-inf")):
        return {"json": value}
    if type(value) is tuple:
        return {"tuple": [_tag(v, depth + 1) for v in value]}
    if type(value) is list:
        return {"list": [_tag(v, depth + 1) for v in value]}
    try:
        text = _text(str(value))
    except Exception:
        text = None
    return {"repr": _text(repr(value)), "str": text}


def _type_info(cls):
    mro = getattr(cls, "__mro__", None) or (cls,)
    return {
        "module": _text(getattr(cls, "__module__", None)),
        "name": _text(cls.__name__),
        "qualname": _text(getattr(cls, "__qualname__", cls.__name__)),
        "mro": [[_text(getattr(c, "__module__", None)), _text(c.__name__)] for c in mro],
    }


def _entries(tb):
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code
        entry = {
            "filename": _text(code.co_filename),
            "lineno": tb.tb_lineno,
            "name": _text(code.co_name),
        }
        if hasattr(code, "co_positions"):
            lasti = tb.tb_lasti
            if lasti >= 0:
                pos = list(code.co_positions())[lasti // 2]
            else:
                pos = (None, None, None, None)
            entry["pos_lineno"] = pos[0]
            entry["end_lineno"] = pos[1]
            entry["colno"] = pos[2]
            entry["end_colno"] = pos[3]
        out.append(entry)
        tb = tb.tb_next
    return out


def _innermost_frame(tb):
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame


def _suggestion_data(exc):
    """What CPython's "Did you mean" logic reads, for NameError, AttributeError and
    ImportError ("from m import x")."""
    if isinstance(exc, ImportError):
        name_from = getattr(exc, "name_from", None)
        module = sys.modules.get(getattr(exc, "name", None) or "")
        if not isinstance(name_from, _text_types) or module is None:
            return None
        return {"kind": "import", "name": None, "dir": [_text(n) for n in dir(module)]}
    name = getattr(exc, "name", None)
    if not isinstance(name, _text_types):
        return None
    frame = _innermost_frame(getattr(exc, "__traceback__", None))
    if isinstance(exc, AttributeError):
        obj = getattr(exc, "obj", None)
        try:
            names = dir(obj)
        except Exception:
            return None
        self_is_obj = bool(frame is not None and frame.f_locals.get("self", None) is obj
                           and "self" in frame.f_locals)
        return {"kind": "attribute", "name": name, "dir": [_text(n) for n in names],
                "self_is_obj": self_is_obj}
    if isinstance(exc, NameError) and frame is not None:
        has_self = "self" in frame.f_locals
        return {
            "kind": "name",
            "name": name,
            "varnames": [_text(n) for n in frame.f_code.co_varnames],
            "locals": [_text(n) for n in frame.f_locals],
            "globals": [_text(n) for n in frame.f_globals],
            "builtins": [_text(n) for n in frame.f_builtins],
            "self_has_name": bool(has_self and hasattr(frame.f_locals["self"], name)),
        }
    return None


def _record(root, root_tb):
    ids = {}
    nodes = []
    todo = []

    def ref(exc):
        if exc is None:
            return None
        if id(exc) not in ids:
            ids[id(exc)] = len(nodes)
            nodes.append(exc)
            todo.append(exc)
        return ids[id(exc)]

    ref(root)
    data = {}
    while todo:
        exc = todo.pop(0)
        idx = ids[id(exc)]
        node = {"type": _type_info(type(exc))}
        try:
            node["args"] = [_tag(a) for a in exc.args]
        except Exception:
            node["args"] = None
        try:
            node["str"] = _text(str(exc))
        except Exception:
            node["str"] = None
        try:
            node["repr"] = _text(repr(exc))
        except Exception:
            node["repr"] = None
        node["tb"] = _entries(root_tb if exc is root else getattr(exc, "__traceback__", None))
        node["cause"] = ref(getattr(exc, "__cause__", None))
        node["context"] = ref(getattr(exc, "__context__", None))
        node["suppress_context"] = bool(getattr(exc, "__suppress_context__", False))
        notes = exc.__dict__.get("__notes__", None) if hasattr(exc, "__dict__") else None
        node["notes"] = None if notes is None else _tag(notes)
        group = None
        if any(c.__name__ == "BaseExceptionGroup" and c.__module__ == "builtins"
               for c in getattr(type(exc), "__mro__", ())):
            group = {"message": _text(exc.message), "exceptions": [ref(e) for e in exc.exceptions]}
        node["group"] = group
        if isinstance(exc, SyntaxError):
            syn = {}
            for field in ("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                          "print_file_and_line"):
                if hasattr(exc, field):
                    syn[field] = _tag(getattr(exc, field))
            node["syntax"] = syn
        else:
            node["syntax"] = None
        node["suggest"] = _suggestion_data(exc)
        extra = {}
        if isinstance(exc, EnvironmentError):
            for field in ("errno", "strerror", "filename", "filename2"):
                if hasattr(exc, field):
                    extra[field] = _tag(getattr(exc, field))
        if isinstance(exc, ImportError):
            for field in ("name", "path", "name_from"):
                if hasattr(exc, field):
                    extra[field] = _tag(getattr(exc, field))
        node["attrs"] = extra
        data[idx] = node
    return [data[i] for i in range(len(nodes))]


def _hook(etype, value, tb):
    out = os.environ.get("PYCTK_TB_RECORD")
    if out:
        try:
            nodes = _record(value, tb)
            payload = {"version": "%d.%d" % sys.version_info[:2], "exceptions": nodes,
                       "tracebacklimit": getattr(sys, "tracebacklimit", None)}
            with open(out, "w") as f:
                json.dump(payload, f, indent=None, sort_keys=True)
        except Exception:
            import traceback

            with open(out, "w") as f:
                f.write("RECORDER FAILED\n" + traceback.format_exc())
    sys.__excepthook__(etype, value, tb)


if os.environ.get("PYCTK_TB_RECORD"):
    sys.excepthook = _hook
