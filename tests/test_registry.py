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


# A version comparison: a version tuple, a comparison with a (3, N) tuple, a version
# string literal, or the host's sys.version_info.
_COMPARISON = re.compile(r'version\.tuple|[<>=!]=? ?\(3, ?[0-9]|"3\.1[0-3]"|"2\.7"|"3\.[6-9]"|sys\.version_info ?[<>]')
# Allowed: the registry itself; ops/intrinsics.py is branch ``singledef``'s (its two host
# checks move to versions/host.py when the branches are merged).
_ALLOWED = ("versions/",)


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
