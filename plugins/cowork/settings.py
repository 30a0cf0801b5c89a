"""The kit's settings, read once from the Pelican settings file into one typed object.

The Pelican plugins build it from Pelican's settings; the `cowork` command reads the same
`pelicanconf.py` with `load_settings_file` (it imports nothing but the standard library).
Every setting the core uses is declared here, with its default.
"""

from __future__ import annotations

import runpy
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class KitSettings:
    root: Path
    """The repository's root: the folder of the settings file."""
    content_path: Path
    members_path: Path
    events_path: Path
    timezone: str = "Europe/Paris"
    lang: str = "fr"
    public_url: str = ""
    repository_url: str = ""
    repository_branch: str = "main"
    members_url: str = "membres/"
    events_url: str = "evenements/"
    membership_plans: tuple[str, ...] = ()
    """Known plan names; empty means a member's `plan` is free text."""
    events_horizon_months: int = 18
    """Rules without COUNT or UNTIL are expanded this far ahead of "now"."""
    events_max_occurrences: int = 500
    """A rule that would produce more occurrences than this within the horizon is refused."""
    theme_path: Path | None = None
    """The theme folder (its `translations/` hold the interface's catalogs)."""
    recaps_category: str | None = None
    """The recaps' category; None: "Recaps" in the site's language, from the theme's catalogs."""
    history_source: tuple[Path, str] | None = None
    """Where the data's git history is read, as (repository, revision): set when the data was
    written out of git elsewhere (a pull request's head commit); None: `root`'s repository, HEAD."""

    @classmethod
    def from_mapping(cls, settings: Mapping[str, Any], root: Path) -> KitSettings:
        def path(key: str, default: str) -> Path:
            value = Path(str(settings.get(key, default)))
            return value if value.is_absolute() else (root / value)

        return cls(
            root=root,
            content_path=path("PATH", "content"),
            members_path=path("MEMBERS_PATH", "members"),
            events_path=path("EVENTS_PATH", "events"),
            timezone=str(settings.get("TIMEZONE", cls.timezone)),
            lang=str(settings.get("DEFAULT_LANG", cls.lang)),
            public_url=str(settings.get("PUBLIC_URL", "")).rstrip("/"),
            repository_url=str(settings.get("REPOSITORY_URL", "")).rstrip("/"),
            repository_branch=str(settings.get("REPOSITORY_BRANCH", cls.repository_branch)),
            members_url=str(settings.get("MEMBERS_URL", cls.members_url)),
            events_url=str(settings.get("EVENTS_URL", cls.events_url)),
            membership_plans=tuple(settings.get("MEMBERSHIP_PLANS", ())),
            events_horizon_months=int(
                settings.get("EVENTS_HORIZON_MONTHS", cls.events_horizon_months)
            ),
            events_max_occurrences=int(
                settings.get("EVENTS_MAX_OCCURRENCES", cls.events_max_occurrences)
            ),
            theme_path=path("THEME", "theme"),
            recaps_category=str(settings["RECAPS_CATEGORY"])
            if settings.get("RECAPS_CATEGORY")
            else None,
        )

    @classmethod
    def from_build_settings(cls, settings: Mapping[str, Any]) -> KitSettings:
        """From the settings of a running build, where Pelican has made `PATH` absolute: the
        repository's root is the folder that holds `content/`."""
        return cls.from_mapping(settings, Path(str(settings["PATH"])).resolve().parent)


def load_settings_file(path: Path) -> KitSettings:
    """Read a `pelicanconf.py`-style file without Pelican (it is plain Python)."""
    path = path.resolve()
    values = runpy.run_path(str(path))
    return KitSettings.from_mapping(values, path.parent)
