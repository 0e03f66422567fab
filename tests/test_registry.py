"""The registry owns every version fact: each version's opcode set is its module's set
(not a rewritten copy), carries every typed part, and nothing outside ``pyctk/versions/``
compares versions."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import attrs
import pytest

from pyctk import versions
from pyctk.versions import parts
from pyctk.versions.base import OpcodeSet

PYCTK = Path(__file__).resolve().parent.parent / "pyctk"


@pytest.mark.parametrize("version", versions.VERSION_NAMES)
def test_the_registered_set_is_the_modules_own(version):
    module = importlib.import_module("pyctk.versions.py" + version.replace(".", ""))
    assert versions.opset_for(version) is module.OPSET


@pytest.mark.parametrize("version", versions.VERSION_NAMES)
def test_every_part_is_set_and_of_its_version(version):
    opset = versions.opset_for(version)
    for name, kind in parts.PARTS.items():
        assert isinstance(getattr(opset, name), kind), name
    assert opset.listing.version == opset.version


def test_a_missing_part_fails_at_construction_naming_it():
    base = versions.opset_for("3.8")
    with pytest.raises(ValueError, match="part 'traceback_style' is None"):
        attrs.evolve(base, traceback_style=None)
    with pytest.raises(ValueError, match="part 'sort' is 'powersort'"):
        base.derive("3.8", name="broken", sort="powersort")


def test_a_part_given_as_a_dict_changes_only_those_fields():
    base = versions.opset_for("3.8")
    derived = base.derive("3.8", name="mine", traceback_style={"suggestions": True})
    assert derived.traceback_style.suggestions and not base.traceback_style.suggestions
    assert derived.traceback_style.printer == base.traceback_style.printer
    with pytest.raises(TypeError):
        base.derive("3.8", name="mine", sort={"no_such_field": 1})


def test_one_list_of_supported_versions():
    from pyctk import pyc

    assert pyc.SUPPORTED_VERSIONS is versions.SUPPORTED_VERSIONS
    assert versions.VERSION_NAMES == tuple(str(v) for v in versions.known_versions())
    assert versions.VERSION_NAMES[0] == "2.7" and len(set(versions.VERSION_NAMES)) == len(versions.VERSION_NAMES)
    # Every supported version has its module; the registry finds its set.
    for version in versions.VERSION_NAMES:
        assert isinstance(versions.opset_for(version), OpcodeSet)


# A version comparison: a version tuple, a version's major or minor number (compared, or
# spelt into a name such as ``python3.8``), a comparison with a (3, N) tuple, a version
# string literal, or the host's sys.version_info.
_COMPARISON = re.compile(r'version\.tuple|version\.(major|minor)\b|[<>=!]=? ?\(3, ?[0-9]|"3\.1[0-3]"|"2\.7"'
                         r'|"3\.[6-9]"|sys\.version_info ?[<>]')
# Allowed: the registry itself (interpreter names: versions/interpreters.py) and the
# Version value type.
_ALLOWED = ("versions/", "version.py")


def test_no_version_comparison_outside_the_registry():
    found = []
    for path in sorted(PYCTK.rglob("*.py")):
        relative = path.relative_to(PYCTK).as_posix()
        if relative.startswith(_ALLOWED):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if _COMPARISON.search(code) and '"""' not in code and "``" not in code:
                found.append(f"{relative}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def test_the_comparison_grep_finds_what_it_names():
    """The grep above is not blind: each form it stands for is caught."""
    for line in ('if version.tuple >= (3, 8):', 'names = [f"python{version.major}.{version.minor}"]',
                 'if sys.version_info < (3, 11):', 'if name == "3.12":', 'x = code.version.minor + 1'):
        assert _COMPARISON.search(line), line
    assert not _COMPARISON.search("versions = opset.version_names")


def test_interpreter_names_come_from_the_registry():
    from pyctk.runtime import compilers
    from pyctk.versions import interpreters

    v27, v38 = versions.Version.parse("2.7"), versions.Version.parse("3.8")
    assert interpreters.executable_names(v27) == ("python2.7", "python2")
    assert interpreters.executable_names(v38) == ("python3.8",)
    assert compilers.compiler_env_name(v38) == "PYCTK_PYTHON38"
    assert interpreters.parser_feature_version(v27) == 7 and interpreters.parser_feature_version("3.13") == 13


def test_facts_are_declared_required_and_of_their_kind():
    base = versions.opset_for("3.8")
    with pytest.raises(ValueError, match="undeclared facts unwnid"):
        base.derive("3.8", name="typo", facts={"unwnid": base.fact("unwind")})
    with pytest.raises(ValueError, match="fact 'name_error' is 3, not of its kind"):
        base.derive("3.8", name="wrong", facts={"name_error": 3})
    facts = dict(base.facts)
    del facts["unwind"]
    with pytest.raises(ValueError, match="no fact 'unwind'"):
        attrs.evolve(base, facts=facts)
    with pytest.raises(KeyError, match="no fact 'unwnid' is declared"):
        base.fact("unwnid")
    assert base.fact("text_is_bytes") is None  # declared, optional, absent: the default
    assert versions.opset_for("2.7").fact("text_is_bytes") is True


@pytest.mark.parametrize("version", versions.VERSION_NAMES)
def test_every_declared_required_fact_is_set(version):
    opset = versions.opset_for(version)
    for name, (check, required, _meaning) in parts.FACTS.items():
        if required:
            assert check(opset.fact(name)), name
