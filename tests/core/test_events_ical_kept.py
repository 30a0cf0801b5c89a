"""Calendars serialised by an earlier build (`Calendars` with a folder): the same bytes as
serialising afresh, what was kept is what the next build writes, and nothing is kept of a VTIMEZONE
whose zone data cannot be found."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from cowork.events.ical import Calendars, Export, _zone_data
from cowork.events.load import load_events
from cowork.events.model import Event
from cowork.events.schedule import Schedule
from cowork.files.history import Revisions
from cowork.settings import KitSettings

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
FILES = {
    "cafe.yaml": "title: Café\nstart: 2026-12-03 08:30\nduration: 1h30\nlocation: Cuisine\n",
    "atelier.yaml": (
        "title: Atelier du jeudi, avec un titre assez long pour être plié en deux lignes\n"
        "start: 2026-12-03 18:00\nduration: 2h\nrepeat: FREQ=WEEKLY;COUNT=6\n"
        "except: [2026-12-24]\n"
        "changes:\n  2026-12-10: {start: 2026-12-10 19:00}\n  2026-12-17: {status: cancelled}\n"
        "description: |\n  Apportez **votre** projet : [inscription](https://a.example/i).\n"
        "tags: [atelier]\n"
    ),
    "montreal.yaml": (
        "title: Visio\nstart: 2026-12-05 12:00\nduration: 1h\ntimezone: America/Montreal\n"
        "location: https://visio.example/salle\n"
    ),
    "portes.yaml": "title: Portes ouvertes\nstart: 2027-01-09\n",
}


def events(tmp_path: Path) -> list[Event]:
    folder = tmp_path / "events"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, "utf-8")
    settings = KitSettings(tmp_path, tmp_path / "content", tmp_path / "members", folder)
    sources, problems = load_events(settings)
    assert problems == []
    return [source.event for source in sources]


def every_calendar(calendars: Calendars, found: list[Event]) -> list[bytes]:
    schedule = Schedule.of(found, NOW, NOW + dt.timedelta(days=400), 1000)
    written = [calendars.events(found, ""), calendars.events(found[:1], "#atelier")]
    written += [calendars.occurrence(o) for o in schedule.occurrences]
    return written


def test_kept_calendars_are_those_serialised_afresh(tmp_path: Path) -> None:
    found = events(tmp_path)
    export = Export("La Navette", "https://n.example", "evenements/", Revisions(), NOW)
    fresh = every_calendar(Calendars(export), found)
    assert b"BEGIN:VTIMEZONE" in fresh[0] and b"RECURRENCE-ID" in fresh[0]
    kept = tmp_path / "kept"
    first = Calendars(export, kept)
    assert every_calendar(first, found) == fresh
    first.save()
    # The next build reuses each kept text: marked, to tell it from a new serialisation.
    lines = [json.loads(line) for line in (kept / "ical.jsonl").read_text("utf-8").splitlines()]
    assert len(lines) > len(found)
    marked = [[key, value.replace("SUMMARY:", "SUMMARY:kept ")] for key, value in lines]
    (kept / "ical.jsonl").write_text("".join(json.dumps(m) + "\n" for m in marked), "utf-8")
    again = every_calendar(Calendars(export, kept), found)
    assert again == [calendar.replace(b"SUMMARY:", b"SUMMARY:kept ") for calendar in fresh]


def test_a_changed_export_is_serialised_anew(tmp_path: Path) -> None:
    found = events(tmp_path)
    kept = tmp_path / "kept"
    before = Export("La Navette", "https://n.example", "evenements/", Revisions(), NOW)
    calendars = Calendars(before, kept)
    every_calendar(calendars, found)
    calendars.save()
    after = Export("La Navette", "https://n.example", "agenda/", Revisions(), NOW, address="Lille")
    assert every_calendar(Calendars(after, kept), found) == every_calendar(Calendars(after), found)


def test_zone_data_is_found_for_known_zones_only() -> None:
    assert _zone_data("Europe/Paris") is not None
    assert _zone_data("Europe/Paris") != _zone_data("America/Montreal")
    assert _zone_data("Nowhere/Atlantis") is None
