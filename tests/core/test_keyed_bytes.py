"""Files kept by the hash of their bytes (`KeyedFiles.place_bytes`), as each event's calendars
are: equal bytes are one kept file, and a later build links it again instead of writing it."""

from __future__ import annotations

import stat
from pathlib import Path

from cowork.files.keyed import PUBLISHED_MODE, KeyedFiles


def test_equal_bytes_are_one_kept_file_placed_under_each_name(tmp_path: Path) -> None:
    kept = KeyedFiles(tmp_path / "cache", ".ics")
    out = tmp_path / "output"
    out.mkdir()
    kept.place_bytes(b"BEGIN:VCALENDAR A", out / "a.ics")
    kept.place_bytes(b"BEGIN:VCALENDAR A", out / "b.ics")
    kept.place_bytes(b"BEGIN:VCALENDAR B", out / "c.ics")
    assert [(out / n).read_bytes() for n in ("a.ics", "b.ics", "c.ics")] == [
        b"BEGIN:VCALENDAR A",
        b"BEGIN:VCALENDAR A",
        b"BEGIN:VCALENDAR B",
    ]
    cached = sorted((tmp_path / "cache").iterdir())
    assert len(cached) == 2 and kept.made == 2
    assert (out / "a.ics").stat().st_ino == (out / "b.ics").stat().st_ino
    assert {(out / "a.ics").stat().st_ino, (out / "c.ics").stat().st_ino} == {
        path.stat().st_ino for path in cached
    }
    # Readable by everyone, as every file of the site.
    assert stat.S_IMODE((out / "c.ics").stat().st_mode) == PUBLISHED_MODE


def test_a_later_build_links_what_it_would_write_and_prunes_the_rest(tmp_path: Path) -> None:
    first = KeyedFiles(tmp_path / "cache", ".ics")
    (tmp_path / "one").mkdir()
    first.place_bytes(b"unchanged", tmp_path / "one" / "a.ics")
    first.place_bytes(b"before the edit", tmp_path / "one" / "b.ics")
    later = KeyedFiles(tmp_path / "cache", ".ics")
    (tmp_path / "two").mkdir()
    later.place_bytes(b"unchanged", tmp_path / "two" / "a.ics")
    later.place_bytes(b"after the edit", tmp_path / "two" / "b.ics")
    assert (later.made, later.reused) == (1, 1)
    assert (tmp_path / "two" / "a.ics").stat().st_ino == (tmp_path / "one" / "a.ics").stat().st_ino
    # The calendar no build writes any more leaves the cache; the site built before keeps it.
    assert later.prune() == 1
    assert len(list((tmp_path / "cache").iterdir())) == 2
    assert (tmp_path / "one" / "b.ics").read_bytes() == b"before the edit"
    assert (tmp_path / "two" / "b.ics").read_bytes() == b"after the edit"
