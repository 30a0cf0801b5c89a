"""`is_time_zone` answers for one name what listing the whole zone database answers
(`time_zones()`, from `zoneinfo.available_timezones()`), without the listing's cost.

Asked of every path under the database's folders (zones, links, the `right/` and `posix/`
copies, its tables and other files), of every listed zone, and of names spoilt as people write
them or as an attacker would.
"""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import TZPATH

import pytest
from cowork.files.names import NOT_ZONES, is_time_zone, time_zones


def database_paths() -> set[str]:
    found: set[str] = set()
    for root in TZPATH:
        for folder, folders, files in os.walk(root, followlinks=True):
            for name in [*folders, *files]:
                found.add(Path(folder, name).relative_to(root).as_posix())
    return found


SPOILT = [
    "",
    "/",
    "Europe",
    "Europe/",
    "/Europe/Paris",
    "Europe//Paris",
    "Europe/./Paris",
    "Europe/../Europe/Paris",
    "../zoneinfo/Europe/Paris",
    "europe/paris",
    "EUROPE/PARIS",
    "Paris",
    "Europe/Paris ",
    " Europe/Paris",
    "Europe/Paris\0",
    "Europe/Paris\n",
    "posix/Europe/Paris",
    "right/Europe/Paris",
    "right",
    "posix",
    "localtime",
    "posixrules",
    "Factory",
    "zone.tab",
    "tzdata.zi",
    "leapseconds",
    "UTC",
    "Etc/GMT+5",
    "America/Argentina/Buenos_Aires",
    "America/Argentina",
]


def test_every_name_gets_the_listings_answer() -> None:
    listed = time_zones()
    names = database_paths() | set(listed) | set(SPOILT)
    assert len(names) > 1000 or not Path(TZPATH[0]).is_dir()
    wrong = sorted(n for n in names if is_time_zone(n) != (n in listed))
    assert wrong == []


@pytest.mark.parametrize("name", ["Europe/Paris", "UTC", "America/Argentina/Buenos_Aires"])
def test_places_are_zones(name: str) -> None:
    assert is_time_zone(name)


@pytest.mark.parametrize("name", [*sorted(NOT_ZONES), "posix/Europe/Paris", "Europe/../UTC"])
def test_what_is_no_place_is_no_zone(name: str) -> None:
    assert not is_time_zone(name)
