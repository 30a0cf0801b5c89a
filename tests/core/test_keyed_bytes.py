"""Files kept by the hash of their bytes (`KeyedFiles.place_bytes`), as each event's calendars
are: equal bytes are one kept file, and a later build links it again instead of writing it."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
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


def test_a_kept_file_written_into_is_made_again(tmp_path: Path) -> None:
    """An output file is a second name of the kept one: an editor saving it in place, or a
    static file of the same path copied over it, writes into the cache."""
    kept = KeyedFiles(tmp_path / "cache", ".ics")
    (tmp_path / "one").mkdir()
    kept.place_bytes(b"BEGIN:VCALENDAR", tmp_path / "one" / "a.ics")
    with (tmp_path / "one" / "a.ics").open("ab") as edited:
        edited.write(b"\r\nX-EDITED:oops")
    later = KeyedFiles(tmp_path / "cache", ".ics")
    (tmp_path / "two").mkdir()
    later.place_bytes(b"BEGIN:VCALENDAR", tmp_path / "two" / "a.ics")
    assert (tmp_path / "two" / "a.ics").read_bytes() == b"BEGIN:VCALENDAR"
    [cached] = (tmp_path / "cache").iterdir()
    assert cached.read_bytes() == b"BEGIN:VCALENDAR"


def test_a_kept_file_another_build_removes_meanwhile_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between finding the kept file and linking it, another build's `prune` removed it."""
    kept = KeyedFiles(tmp_path / "cache", ".ics")
    (tmp_path / "output").mkdir()
    link = os.link
    races: list[str] = []

    def pruned_first(source: str, target: str) -> None:
        if not races:
            races.append(source)
            Path(source).unlink()
        link(source, target)

    monkeypatch.setattr("os.link", pruned_first)
    kept.place_bytes(b"BEGIN:VCALENDAR", tmp_path / "output" / "a.ics")
    assert races, "the race did not happen"
    assert (tmp_path / "output" / "a.ics").read_bytes() == b"BEGIN:VCALENDAR"


def test_a_cache_that_takes_no_file_leaves_the_bytes_written_at_their_place(
    tmp_path: Path,
) -> None:
    (tmp_path / "cache").write_text("not a folder", "utf-8")  # read-only or full alike
    (tmp_path / "output").mkdir()
    KeyedFiles(tmp_path / "cache", ".ics").place_bytes(
        b"BEGIN:VCALENDAR", tmp_path / "output" / "a.ics"
    )
    placed = tmp_path / "output" / "a.ics"
    assert placed.read_bytes() == b"BEGIN:VCALENDAR"
    assert stat.S_IMODE(placed.stat().st_mode) == PUBLISHED_MODE
    assert [p.name for p in (tmp_path / "output").iterdir()] == ["a.ics"]


def test_prune_removes_only_the_files_it_names(tmp_path: Path) -> None:
    """A folder linked in place of the cache loses none of its own files."""
    folder = tmp_path / "cache"
    folder.mkdir()
    mine = {"personal.ics", "notes.txt", "f" * 63 + ".ics", "F" * 64 + ".ics"}
    for name in mine:
        (folder / name).write_text("mine", "utf-8")
    kept = KeyedFiles(folder, ".ics")
    (tmp_path / "output").mkdir()
    kept.place_bytes(b"BEGIN:VCALENDAR", tmp_path / "output" / "a.ics")
    (folder / ("0" * 64 + ".ics")).write_text("an old calendar", "utf-8")
    assert kept.prune() == 1
    used = hashlib.sha256(b"BEGIN:VCALENDAR").hexdigest() + ".ics"
    assert {p.name for p in folder.iterdir()} == {*mine, used}
