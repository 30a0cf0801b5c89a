"""How names in the repository look: each pattern written once.

A member's handle is their forge login (the file's stem), an event's slug is its file's stem, and
neither may take the name of a folder the site writes. A time zone, in `space.yaml`, an event or
`cowork init`, is a place of the IANA database.
"""

from __future__ import annotations

import difflib
import os
import re
from functools import cache
from pathlib import Path
from zoneinfo import TZPATH, available_timezones

GITHUB_LOGIN = re.compile(r"^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$", re.IGNORECASE)
"""GitHub's rule for logins: letters, digits and single inner hyphens, 39 characters at most.
Logins compare case-insensitively; member file names must also be lowercase (`is_handle`)."""

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""Event slugs and skill slugs: lowercase letters and digits, single hyphens between words."""


def is_handle(name: str) -> bool:
    """A member file's stem: a GitHub login written in lowercase."""
    return name == name.lower() and GITHUB_LOGIN.match(name) is not None


NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})
"""Files of the zone database that are not places: `localtime` is whatever zone the machine that
builds the site is set to, `Factory` means "no zone set"."""


@cache
def time_zones() -> frozenset[str]:
    """Every place of the IANA database (read once: listing it scans the disk)."""
    return frozenset(available_timezones()) - NOT_ZONES


def is_time_zone(name: str) -> bool:
    """Whether `name` is one of `time_zones()`, found without listing them all: the listing
    opens every file of the database (50 ms, a sixth of a pull-request check, whose settings
    name one zone). `available_timezones()`'s rules, for one name: a normalised relative path
    to a file of the database that starts as zone files do, in real folders (the listing never
    follows a link to a folder) and not under the database's own `right/` and `posix/`, or a
    zone of the tzdata package (tests/core/test_time_zone_names.py compares both)."""
    parts = name.split("/")
    if name in NOT_ZONES or "\0" in name or any(p in {"", ".", ".."} for p in parts):
        return False
    top_level = parts[0] not in {"right", "posix"} or len(parts) == 1
    if top_level and any(_in_database(Path(root), parts) for root in TZPATH):
        return True
    return name in _packaged_zones()


def _in_database(root: Path, parts: list[str]) -> bool:
    folder = root
    for part in parts[:-1]:
        entry = _entries(folder).get(part)
        if entry is None or not entry[1]:  # absent, a file, or a link to a folder
            return False
        folder = folder / part
    entry = _entries(folder).get(parts[-1])
    if entry is None or entry[0]:  # absent, or a folder (or a link to one)
        return False
    try:
        with (folder / parts[-1]).open("rb") as file:
            return file.read(4) == b"TZif"
    except OSError:
        return False


@cache
def _entries(folder: Path) -> dict[str, tuple[bool, bool]]:
    """Each name in `folder`: (a folder or a link to one, a real folder)."""
    try:
        with os.scandir(folder) as found:
            return {e.name: (_is_dir(e), e.is_dir(follow_symlinks=False)) for e in found}
    except OSError:
        return {}


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


@cache
def _packaged_zones() -> frozenset[str]:
    from importlib import resources

    try:
        text = resources.files("tzdata").joinpath("zones").read_text("utf-8")
    except (ImportError, OSError):
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip()) - NOT_ZONES


def nearest_time_zones(name: str) -> list[str]:
    """Up to three places whose names are closest to `name`, for "did you mean" hints, the
    closest first."""
    zones = sorted(time_zones())
    close = difflib.get_close_matches(name, zones, n=3, cutoff=0.6)
    # "Paris" or "brussels": the place alone, or in the wrong case.
    cities = {z.rsplit("/", 1)[-1].lower(): z for z in zones}
    city = name.rsplit("/", 1)[-1].lower().replace(" ", "_")
    by_city = [cities[c] for c in difflib.get_close_matches(city, list(cities), n=3, cutoff=0.8)]
    return list(dict.fromkeys([*close, *by_city]))[:3]
