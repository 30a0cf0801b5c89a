"""The kit's settings for one build: read once per run from Pelican's settings.

Every plugin asks `kit_settings` instead of reading Pelican's dictionary: the declaration in
`cowork.settings` is the one place that names a key, its type and its default. `check_settings`
(signal `initialized`, once per run) warns about a kit-looking key that is declared nowhere, such
as `EVENT_HORIZON_MONTHS`: the warning names the file and line, and fails the build like any other.
The problems of `space.yaml` stop the build there too, before anything is read or written.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

from cowork.settings import KitSettings, unknown_keys
from pelican import signals

from cowork_pelican.conf import SPACE_PROBLEMS
from cowork_pelican.reporting import build_language, report

_CACHED = "_cowork_kit_settings"
"""Where a run's KitSettings is kept: in that run's own settings dictionary, so that autoreload
and several builds in one process never share it."""

SETTINGS_FILES = ("pelicanconf.py", "publishconf.py")


def kit_settings(settings: MutableMapping[str, Any]) -> KitSettings:
    kit = settings.get(_CACHED)
    if not isinstance(kit, KitSettings):
        kit = KitSettings.from_build_settings(settings)
        settings[_CACHED] = kit
    return kit


def site_relpath(path: Path | str, root: Path) -> str:
    """`path` as problems name it: relative to the site's root `root` (resolved), with forward
    slashes; as it is when it lies outside."""
    path = Path(path)
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def check_settings(pelican: Any) -> None:
    """Every problem of the settings and of `space.yaml`, before any page is read or written."""
    kit = kit_settings(pelican.settings)
    problems = unknown_keys(pelican.settings, kit.root, [kit.root / f for f in SETTINGS_FILES])
    report([*problems, *pelican.settings.get(SPACE_PROBLEMS, [])], build_language(pelican.settings))


def register() -> None:
    signals.initialized.connect(check_settings)
