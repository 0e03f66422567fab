"""The guest's ``sys`` replays what each real interpreter recorded about itself
(pyctk/versions/sysfacts, written by tools/record_sys_facts.py)."""

from __future__ import annotations

import sys

import pytest

from pyctk.runtime.vm import VirtualMachine
from pyctk.versions import VERSION_NAMES
from pyctk.versions.sysfacts import sys_facts

VERSIONS = VERSION_NAMES  # the one list: pyctk/versions/__init__.py


def guest_sys(version):
    return VirtualMachine(version=version).world.sys


@pytest.mark.parametrize("version", VERSIONS)
def test_version_facts_are_the_recorded_ones(version):
    facts = sys_facts(version)
    gsys = guest_sys(version)
    assert gsys.version == facts["version"]
    assert list(gsys.version_info) == facts["version_info"]
    assert gsys.version_info.major == facts["version_info"][0]
    assert gsys.hexversion == facts["hexversion"]
    assert gsys.platform == facts["platform"]
    assert gsys.api_version == facts["api_version"]
    assert gsys.maxsize == facts["maxsize"]
    assert gsys.getdefaultencoding() == facts["defaultencoding"]
    assert [n for n in gsys.float_info._fields] == [n for n, _ in facts["float_info"]["fields"]]
    if "implementation" in facts:
        assert gsys.implementation.cache_tag == facts["implementation"]["cache_tag"]
        assert list(gsys.implementation.version) == facts["implementation"]["version"]
    else:
        assert "implementation" not in vars(gsys)
        assert gsys.maxint == facts["maxint"]


@pytest.mark.parametrize("version", VERSIONS)
def test_dir_is_the_versions_own(version):
    recorded = set(sys_facts(version)["dir"])
    seen = set(dir(guest_sys(version)))
    # Everything the guest has, its version has (the import system's own names aside).
    assert seen - recorded == set()
    # Everything the version has is there, unless the host has no way to give it.
    missing = recorded - seen
    assert all(not hasattr(sys, name) for name in missing), sorted(n for n in missing if hasattr(sys, n))


def test_what_a_version_lacks_is_absent_for_the_guest():
    # (Read from here, a test file, they would be the host's: host library code run for
    # the guest may use them. world/sys_absent asks from guest code.)
    assert "set_int_max_str_digits" not in vars(guest_sys("3.6"))  # 3.7.14+, 3.8.14+, ... have it
    assert "set_int_max_str_digits" in vars(guest_sys("3.10"))
    assert "breakpointhook" not in vars(guest_sys("3.6"))
    assert "exception" not in vars(guest_sys("3.10"))
    assert "exception" in vars(guest_sys("3.11"))


def test_each_guest_has_its_own_tables():
    a, b = guest_sys("3.12"), guest_sys("3.12")
    assert a.modules is not b.modules and a.path is not b.path and a.meta_path is not b.meta_path
    assert a.modules is not sys.modules and a.path is not sys.path
    assert a.modules["sys"] is a
