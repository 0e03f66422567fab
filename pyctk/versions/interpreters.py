"""How a version's own interpreter is found and named: the executable names on PATH, the
environment variable that overrides them, the folder of its standard library, and the
``feature_version`` the host's parser takes for its syntax. Derived here from the
Version, so that code outside the registry never spells a version's digits."""

from __future__ import annotations

from pyctk.version import Version

# Major versions whose interpreter is also installed under the major's name alone
# (Debian's and pyenv's ``python2``); ``python3`` may be any 3.x, so it is never asked.
_MAJOR_ALIASES = {2: "python2"}

# The oldest feature_version the host's parser accepts (3.7); older guests are parsed
# with it, which is where 3.6's and 2.7's syntax checks stop (compilers.checked_ast).
_OLDEST_FEATURE_VERSION = 7


def executable_names(version) -> tuple[str, ...]:
    """The names that run ``version`` on PATH, the first preferred (``python3.8``)."""
    version = Version.of(version)
    alias = _MAJOR_ALIASES.get(version.major)
    return (f"python{version}",) + ((alias,) if alias else ())


def override_variable(version) -> str:
    """The environment variable naming ``version``'s interpreter (``PYCTK_PYTHON38``)."""
    version = Version.of(version)
    return f"PYCTK_PYTHON{version.major}{version.minor}"


def library_folder_name(version) -> str:
    """The folder of ``version``'s standard library under its prefix's ``lib/``."""
    return f"python{Version.of(version)}"


def parser_feature_version(version) -> int:
    """The host parser's ``feature_version`` (a 3.x minor) for ``version``'s source."""
    version = Version.of(version)
    if version.major != 3:
        return _OLDEST_FEATURE_VERSION
    return max(version.minor, _OLDEST_FEATURE_VERSION)
