"""How names in the repository look: each pattern written once.

A member's handle is their forge login (the file's stem), an event's slug is its file's stem, and
neither may take the name of a folder the site writes. A time zone, in `space.yaml`, an event or
`cowork init`, is a place of the IANA database.
"""

from __future__ import annotations

import difflib
import re
from functools import cache
from zoneinfo import available_timezones

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
    return name in time_zones()


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
