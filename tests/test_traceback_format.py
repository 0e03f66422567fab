"""pyctk.runtime.traceback against what the real interpreters print.

tests/traceback_fixtures/expected/<X.Y>.json holds, per case script, the stderr of the real
``pythonX.Y`` and the data pyctk's VM would have for the exception (see
traceback_fixtures/make_fixtures.py). Each test rebuilds an equivalent exception tree on the
host (real host types for builtin exceptions, made-up classes with the recorded
``__module__`` / ``__qualname__`` for the others), formats it and compares. One more group
of tests runs the cases live under the host interpreter itself.
"""

from __future__ import annotations

import builtins
import json
import sys
from pathlib import Path

import pytest

from pyctk.runtime.py27.kinds import Long27, Unicode27
from pyctk.runtime.traceback import SuggestionNames, TbEntry, format_exception

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "traceback_fixtures"
CASES_DIR = str(FIXTURES / "cases")
EXPECTED = FIXTURES / "expected"
PLACEHOLDER = "{CASES}"

sys.path.insert(0, str(FIXTURES))
import make_fixtures  # noqa: E402

sys.path.remove(str(FIXTURES))


def _load(version: str) -> dict:
    with open(EXPECTED / f"{version}.json", encoding="utf-8") as f:
        return json.load(f)


def _fixture_params():
    params = []
    for path in sorted(EXPECTED.glob("*.json"), key=lambda p: make_fixtures.vkey(p.stem)):
        doc = _load(path.stem)
        for case in doc["cases"]:
            params.append(pytest.param(path.stem, case, id=f"{path.stem}-{case}"))
    return params


# ---------------------------------------------------------------------------------------
# Rebuilding an exception tree from the recorded data


def _subst(value):
    if isinstance(value, str):
        return value.replace(PLACEHOLDER, CASES_DIR)
    if isinstance(value, list):
        return [_subst(v) for v in value]
    if isinstance(value, dict):
        return {k: _subst(v) for k, v in value.items()}
    return value


class _Repr:
    """An argument the recorder could only keep as its repr (and str)."""

    def __init__(self, text, str_text):
        self.text = text
        self.str_text = str_text

    def __repr__(self):
        return self.text

    def __str__(self):
        if self.str_text is None:
            raise RuntimeError("str() fails")
        return self.str_text


def _untag(tag):
    if "repr" in tag:
        return _Repr(tag["repr"], tag.get("str", tag["repr"]))
    (kind, value), = tag.items()
    if kind == "json":
        return value
    if kind == "str27":
        return value  # a 2.7 str: one code point per byte
    if kind == "unicode":
        return Unicode27(value)
    if kind == "long":
        return Long27(int(value))
    if kind == "tuple":
        return tuple(_untag(v) for v in value)
    if kind == "list":
        return [_untag(v) for v in value]
    raise ValueError(f"unknown tag {kind}")


if hasattr(builtins, "BaseExceptionGroup"):
    _GROUP_TYPES = {"BaseExceptionGroup": builtins.BaseExceptionGroup, "ExceptionGroup": builtins.ExceptionGroup}
else:  # host 3.10: stand-ins, recognized by name and module as the module documents

    class BaseExceptionGroup(BaseException):
        def __init__(self, message, exceptions):
            super().__init__(message, tuple(exceptions))
            self.message = message
            self.exceptions = tuple(exceptions)

        def __str__(self):
            n = len(self.exceptions)
            return f"{self.message} ({n} sub-exception{'s' if n > 1 else ''})"

    class ExceptionGroup(BaseExceptionGroup, Exception):
        pass

    for _cls in (BaseExceptionGroup, ExceptionGroup):
        _cls.__module__ = "builtins"
        _cls.__qualname__ = _cls.__name__
    _GROUP_TYPES = {"BaseExceptionGroup": BaseExceptionGroup, "ExceptionGroup": ExceptionGroup}

_BUILTIN_MODULES = ("builtins", "exceptions")


def _builtin_type(name: str):
    if name in _GROUP_TYPES:
        return _GROUP_TYPES[name]
    cls = getattr(builtins, name, None)
    if isinstance(cls, type) and issubclass(cls, BaseException):
        return cls
    return None


def _make_type(info: dict, recorded_str):
    module, name = info["module"], info["name"]
    if module in _BUILTIN_MODULES:
        cls = _builtin_type(name)
        if cls is not None and cls.__name__ == name:
            return cls, True
        if cls is not None:  # a 2.7 alias the host folded (IOError is OSError): a stand-in
            return type(name, (cls,), {"__module__": "builtins", "__qualname__": name}), True
    base = Exception
    for base_module, base_name in info["mro"][1:]:
        if base_module in _BUILTIN_MODULES and _builtin_type(base_name) is not None:
            base = _builtin_type(base_name)
            break
    namespace = {"__module__": module, "__qualname__": info["qualname"]}
    if recorded_str is None:

        def __str__(self):
            raise RuntimeError("str() of this exception fails")

        namespace["__str__"] = __str__
    return type(name, (base,), namespace), False


class _Tree:
    def __init__(self, data: dict, version: str):
        self.version = version
        self.nodes = [_subst(n) for n in data["exceptions"]]
        self.objects: list[BaseException | None] = [None] * len(self.nodes)
        self.entries: dict[int, list[TbEntry]] = {}
        self.names: dict[int, SuggestionNames] = {}
        self.root = self.build(0)
        for index, node in enumerate(self.nodes):
            self.link(index, node)

    def build(self, index: int) -> BaseException:
        if self.objects[index] is not None:
            return self.objects[index]
        node = self.nodes[index]
        cls, is_builtin = _make_type(node["type"], node["str"])
        args = [_untag(a) for a in (node["args"] or [])]
        extra = {k: _untag(v) for k, v in (node.get("attrs") or {}).items()}
        if node["group"] is not None:
            members = [self.build(i) for i in node["group"]["exceptions"]]
            exc = cls(node["group"]["message"], members)
        elif issubclass(cls, OSError) and extra.get("filename") is not None:
            more = (None, extra["filename2"]) if extra.get("filename2") is not None else ()
            exc = cls(extra["errno"], extra["strerror"], extra["filename"], *more)
        else:
            exc = cls(*args)
        if isinstance(exc, ImportError):
            for field in ("name", "path", "name_from"):
                if field in extra:
                    setattr(exc, field, extra[field])
        if not is_builtin and node["str"] is not None and self.version != "2.7":
            if _safe_str(exc) != node["str"]:
                text = node["str"]
                cls.__str__ = lambda self, _t=text: _t
        syntax = node.get("syntax")
        if syntax:
            for field, tag in syntax.items():
                if field == "print_file_and_line":
                    continue
                try:
                    setattr(exc, field, _untag(tag))
                except AttributeError:
                    pass
        suggest = node.get("suggest")
        if suggest:
            if suggest["name"] is not None:
                try:
                    exc.name = suggest["name"]
                except AttributeError:
                    pass
            if suggest["kind"] in ("attribute", "import"):
                self.names[id(exc)] = SuggestionNames(
                    candidates=tuple(suggest["dir"]), self_is_obj=suggest.get("self_is_obj", False))
            else:
                self.names[id(exc)] = SuggestionNames(
                    varnames=tuple(suggest.get("varnames", ())),
                    locals=tuple(suggest["locals"]),
                    globals=tuple(suggest["globals"]),
                    builtins=tuple(suggest["builtins"]),
                    self_has_name=suggest["self_has_name"],
                )
        self.entries[id(exc)] = [
            TbEntry(e["filename"], e["lineno"], e["name"], e.get("end_lineno"), e.get("colno"), e.get("end_colno"))
            for e in node["tb"]
        ]
        self.objects[index] = exc
        return exc

    def link(self, index: int, node: dict) -> None:
        exc = self.build(index)
        if node["cause"] is not None:
            exc.__cause__ = self.build(node["cause"])
        if node["context"] is not None:
            exc.__context__ = self.build(node["context"])
        exc.__suppress_context__ = node["suppress_context"]
        if node["notes"] is not None:
            exc.__notes__ = _untag(node["notes"])

    def entries_of(self, exc):
        return self.entries.get(id(exc), [])

    def names_of(self, exc):
        return self.names.get(id(exc))


def _safe_str(exc):
    try:
        return str(exc)
    except Exception:
        return None


def _format(version: str, data: dict) -> str:
    tree = _Tree(data, version)
    return format_exception(version, tree.root, tree.entries_of, [CASES_DIR], names_of=tree.names_of,
                            tracebacklimit=data.get("tracebacklimit"))


# ---------------------------------------------------------------------------------------
# The tests


@pytest.mark.parametrize("version,case", _fixture_params())
def test_matches_recorded_stderr(version, case):
    data = _load(version)["cases"][case]
    expected = data["stderr"].replace(PLACEHOLDER, CASES_DIR)
    assert _format(version, data) == expected


def _host_version() -> str:
    return "%d.%d" % sys.version_info[:2]


def _live_params():
    version = _host_version()
    return [
        pytest.param(name, id=f"{version}-{name}")
        for name in make_fixtures.case_names()
        if version in (make_fixtures.case_versions(Path(CASES_DIR) / f"{name}.py") or [])
    ]


@pytest.mark.parametrize("case", _live_params())
def test_matches_host_interpreter_live(case):
    """The host interpreter's own uncaught-exception display, recorded now."""
    version = _host_version()
    data = make_fixtures.run_case(sys.executable, version, case)
    expected = data["stderr"].replace(PLACEHOLDER, CASES_DIR)
    assert _format(version, data) == expected


def test_version_forms_and_plain_use(tmp_path):
    source = tmp_path / "prog.py"
    source.write_text("x = 1\nprint(10 / (x - 1))\n", encoding="utf-8")
    exc = ZeroDivisionError("division by zero")
    entries = [TbEntry(str(source), 2, "<module>", 2, 6, 18)]
    text = format_exception("3.11", exc, lambda e: entries if e is exc else [])
    assert text == (
        "Traceback (most recent call last):\n"
        f'  File "{source}", line 2, in <module>\n'
        "    print(10 / (x - 1))\n"
        "          ~~~^~~~~~~~~\n"
        "ZeroDivisionError: division by zero\n"
    )
    assert format_exception((3, 11), exc, lambda e: entries) == text
    from pyctk.version import Version

    assert format_exception(Version(3, 11), exc, lambda e: entries) == text
    # 3.10 has no carets; a missing file shows no line at all
    assert format_exception("3.10", exc, lambda e: entries).count("\n") == 4
    missing = [TbEntry("no_such_file.py", 2, "<module>", 2, 6, 18)]
    assert format_exception("3.12", exc, lambda e: missing) == (
        "Traceback (most recent call last):\n"
        '  File "no_such_file.py", line 2, in <module>\n'
        "ZeroDivisionError: division by zero\n"
    )


def test_relative_name_found_through_source_dirs(tmp_path):
    (tmp_path / "mod.py").write_text("def f():\n    return {}['k']\n", encoding="utf-8")
    exc = KeyError("k")
    entries = [TbEntry("mod.py", 2, "f", 2, 11, 18)]
    for version in ("2.7", "3.8", "3.12", "3.13"):
        text = format_exception(version, exc, lambda e: entries, [str(tmp_path)])
        assert "    return {}['k']\n" in text, version
        text = format_exception(version, exc, lambda e: entries, [])
        assert "return" not in text, version


def test_tracebacklimit():
    exc = ValueError("x")
    entries = [TbEntry("a.py", i, "f") for i in range(1, 6)]
    for version in ("2.7", "3.9", "3.12", "3.13"):
        text = format_exception(version, exc, lambda e: entries, tracebacklimit=2)
        assert text.count("File ") == 2 and 'line 5' in text, version
        assert format_exception(version, exc, lambda e: entries, tracebacklimit=0) == "ValueError: x\n"


def test_attribute_error_suggestion_without_names_of():
    class Point:
        def __init__(self):
            self.horizontal = 1

    exc = AttributeError("'Point' object has no attribute 'horizontl'")
    exc.name = "horizontl"
    exc.obj = Point()
    for version in ("3.10", "3.12", "3.13"):
        text = format_exception(version, exc, lambda e: [])
        assert text == "AttributeError: 'Point' object has no attribute 'horizontl'. Did you mean: 'horizontal'?\n"
    assert format_exception("3.9", exc, lambda e: []) == "AttributeError: 'Point' object has no attribute 'horizontl'\n"


def test_long_context_chain_needs_no_host_recursion():
    exc = None
    for i in range(3000):
        new = ValueError(i)
        new.__context__ = exc
        exc = new
    for version in ("3.8", "3.12", "3.13"):
        text = format_exception(version, exc, lambda e: [])
        assert text.count("During handling") == 2999, version
        assert text.startswith("ValueError: 0\n") and text.endswith("ValueError: 2999\n")
