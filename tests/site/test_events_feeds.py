"""The calendar's feeds, read back by independent tools: every .ics parsed by icalendar and
expanded by recurring-ical-events must give exactly the dates the pages show."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import stat
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import pytest
import recurring_ical_events

from tests.sites import BuiltSite, run_pelican

PARIS = ZoneInfo("Europe/Paris")
HORIZON = dt.datetime(2028, 5, 22, 10, 0, tzinfo=PARIS)  # FIXED_NOW + EVENTS_HORIZON_MONTHS

Moment = tuple[str, str]


def soup(site: BuiltSite, url: str) -> Any:
    """The page, parsed; typed loosely since every test reads known markup."""
    return site.soup(url)


def moment(value: dt.date | dt.datetime) -> tuple[str, str]:
    """A comparable instant: a date stays a date, a time becomes UTC."""
    if isinstance(value, dt.datetime):
        return ("time", value.astimezone(dt.UTC).isoformat())
    return ("date", value.isoformat())


def from_text(text: str) -> tuple[str, str]:
    if "T" in text:
        return moment(dt.datetime.fromisoformat(text))
    return moment(dt.date.fromisoformat(text))


def read_calendar(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def expanded(path: Path) -> set[tuple[str, Moment, str]]:
    """(summary, start, status) of every occurrence up to the horizon, per recurring-ical-events."""
    calendar = read_calendar(path)
    found = set()
    for component in recurring_ical_events.of(calendar).between(dt.date(2020, 1, 1), HORIZON):
        status = str(component.get("status", "CONFIRMED"))
        found.add((str(component["summary"]), moment(component.decoded("dtstart")), status))
    return found


def shown_on_month_pages(site: BuiltSite) -> set[tuple[str, Moment, str]]:
    found = set()
    for page in sorted((site.output / "evenements").glob("[0-9]*/[0-9]*/index.html")):
        url = page.relative_to(site.output).parent.as_posix() + "/"
        for item in soup(site, url).select("#liste-du-mois ~ ul li.h-event"):
            title = item.select_one(".p-name").get_text(strip=True)
            start = item.select_one(".dt-start")["datetime"]
            status = "CANCELLED" if item.select_one(".badge--cancelled") else "CONFIRMED"
            if item.select_one(".badge--tentative"):
                status = "TENTATIVE"
            found.add((title, from_text(start), status))
    return found


def test_calendar_expands_to_what_the_month_pages_show(site: BuiltSite) -> None:
    in_feed = expanded(site.output / "calendar.ics")
    on_pages = shown_on_month_pages(site)
    assert in_feed == on_pages
    # The sample's special cases are really there, on both sides.
    lunch = "Atelier du midi"
    assert (lunch, moment(dt.datetime(2026, 12, 10, 12, 30, tzinfo=PARIS)), "CONFIRMED") in on_pages
    assert not any(
        m == moment(dt.datetime(2026, 12, 8, 12, 30, tzinfo=PARIS)) for _, m, _ in on_pages
    )
    assert not any(
        m == moment(dt.datetime(2026, 12, 29, 12, 30, tzinfo=PARIS)) for _, m, _ in on_pages
    )
    assert (lunch, moment(dt.datetime(2027, 2, 16, 12, 30, tzinfo=PARIS)), "CANCELLED") in on_pages
    assert ("Journée portes ouvertes", ("date", "2026-12-12"), "CONFIRMED") in on_pages
    montreal = dt.datetime(2026, 12, 15, 11, 0, tzinfo=ZoneInfo("America/Montreal"))
    assert any(m == moment(montreal) for _, m, _ in on_pages)


def test_series_feed_holds_the_dates_of_its_event_page(site: BuiltSite) -> None:
    for slug in ("atelier-midi", "opencoffee"):
        in_feed = {m for _, m, _ in expanded(site.output / "calendar" / f"{slug}.ics")}
        page = soup(site, f"evenements/{slug}/")
        listed = {from_text(t["datetime"]) for t in page.select(".event-list--dates .event-start")}
        assert listed and listed <= in_feed


def test_tag_feed_holds_exactly_the_tagged_events(site: BuiltSite) -> None:
    calendar = read_calendar(site.output / "calendar" / "etiquette" / "atelier.ics")
    titles = {str(c["summary"]) for c in calendar.walk("VEVENT")}
    assert titles == {
        "Atelier du midi",
        "Initiation à l'impression 3D",
        "Atelier : contribuer au site avec Git",
    }


def test_single_occurrence_file_matches_the_event_page(site: BuiltSite) -> None:
    page = soup(site, "evenements/atelier-midi/")
    link = page.select_one(".add-to-calendar a[download]")["href"]
    path = site.output / "evenements" / "atelier-midi" / Path(link).name
    [event] = read_calendar(path).walk("VEVENT")
    start = page.select_one(".add-to-calendar .event-start")["datetime"]
    assert moment(event.decoded("dtstart")) == from_text(start)
    assert str(event["uid"]) == "9d1e7aba-6885-4b1b-b4ee-43bd21393f2d-20261124"
    assert "RRULE" not in event


def test_series_structure(site: BuiltSite) -> None:
    calendar = read_calendar(site.output / "calendar" / "atelier-midi.ics")
    events = calendar.walk("VEVENT")
    master = next(e for e in events if "RECURRENCE-ID" not in e)
    # UNTIL=20270427 (a local day) becomes the end of that day in UTC, as RFC 5545 requires.
    assert master["rrule"].to_ical() == b"FREQ=WEEKLY;UNTIL=20270427T215959Z;BYDAY=TU"
    exdate: Any = master["exdate"]
    assert [d.dt for d in exdate.dts] == [dt.datetime(2026, 12, 29, 12, 30, tzinfo=PARIS)]
    overrides = {e.decoded("recurrence-id"): e for e in events if "RECURRENCE-ID" in e}
    moved = overrides[dt.datetime(2026, 12, 8, 12, 30, tzinfo=PARIS)]
    assert moved.decoded("dtstart") == dt.datetime(2026, 12, 10, 12, 30, tzinfo=PARIS)
    assert str(moved["location"]).startswith("Grande salle, La Navette, 27 rue du Métier")
    cancelled = overrides[dt.datetime(2027, 2, 16, 12, 30, tzinfo=PARIS)]
    assert str(cancelled["status"]) == "CANCELLED"
    assert {str(e["uid"]) for e in events} == {"9d1e7aba-6885-4b1b-b4ee-43bd21393f2d"}


def all_feeds(output: Path) -> list[Path]:
    return sorted([*output.rglob("*.ics"), *output.rglob("*.atom.xml")])


def test_every_ics_follows_the_standard(site: BuiltSite) -> None:
    files = [p for p in all_feeds(site.output) if p.suffix == ".ics"]
    assert len(files) >= 15
    for path in files:
        raw = path.read_bytes()
        lines = raw.split(b"\r\n")
        assert b"\n" not in raw.replace(b"\r\n", b""), path
        assert all(len(line) <= 75 for line in lines), path
        calendar = read_calendar(path)
        for name in ("PRODID", "NAME", "X-WR-CALNAME", "REFRESH-INTERVAL"):
            assert name in calendar, (path, name)
        assert b"PRODID:-//cowork-site-kit//" in raw
        stamps = [line for line in lines if line.startswith(b"DTSTAMP")]
        assert stamps and all(re.fullmatch(rb"DTSTAMP:\d{8}T\d{6}Z", s) for s in stamps), path
        used = set()
        for event in calendar.walk("VEVENT"):
            assert event["uid"] and event.decoded("dtstamp").utcoffset() == dt.timedelta(0)
            for key in ("DTSTART", "DTEND", "RECURRENCE-ID"):
                if key in event and "TZID" in event[key].params:
                    used.add(event[key].params["TZID"])
        declared = {str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")}
        assert used == declared, path


def test_montreal_event_has_its_own_vtimezone(site: BuiltSite) -> None:
    raw = (site.output / "calendar.ics").read_bytes().decode("utf-8")
    assert "DTSTART;TZID=America/Montreal:20261215T110000" in raw
    assert "TZID:America/Montreal" in raw and "TZID:Europe/Paris" in raw
    assert "DTSTART;VALUE=DATE:20261212\r\nDTEND;VALUE=DATE:20261213" in raw


def test_atom_feed_lists_upcoming_occurrences(site: BuiltSite) -> None:
    feed = feedparser.parse((site.output / "feeds" / "evenements.atom.xml").read_bytes())
    assert not feed.bozo
    titles = [entry.title for entry in feed.entries]
    assert titles[:3] == ["Atelier du midi", "Atelier du midi", "Initiation à l'impression 3D"]
    assert feed.entries[0].id == ("https://la-navette.example/evenements/atelier-midi/#2026-11-24")
    assert len(feed.entries) == 30


@pytest.fixture(scope="module")
def second_build(sample_source: Path, tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    built = run_pelican(sample_source, tmp_path_factory.mktemp("again") / "output")
    assert built.returncode == 0, built.log
    return built


def test_same_build_twice_gives_byte_identical_feeds(
    site: BuiltSite, second_build: BuiltSite
) -> None:
    first = all_feeds(site.output)
    second = all_feeds(second_build.output)
    assert [p.relative_to(site.output) for p in first] == [
        p.relative_to(second_build.output) for p in second
    ]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.relative_to(site.output)


def test_each_events_own_calendars_are_second_names_of_files_kept_by_their_bytes(
    sample_source: Path, second_build: BuiltSite, build_scratch: Any
) -> None:
    """A rebuild links each event's calendars (its series, its next date) from
    `.cache/cowork/calendars`, named by the hash of their bytes, instead of writing them."""
    output = second_build.output
    own = [p for p in output.rglob("*.ics") if p.parent.parent.name == "evenements"]
    own += sorted((output / "calendar").glob("*.ics"))  # the series' feeds, not the tags'
    assert len(own) > 5
    kept = sample_source / ".cache" / "cowork" / "calendars"
    kept_files = {p.stat().st_ino: p for p in kept.iterdir()}
    for path in own:
        twin = kept_files.get(path.stat().st_ino)
        assert twin is not None, path.relative_to(output)
        assert twin.name == kept_name(path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
    # The whole calendar and the tags' feeds are written as ever: large, few.
    assert (output / "calendar.ics").stat().st_nlink == 1
    # A deleted event's calendars leave the output and the cache.
    first = build_scratch({}, with_sample=True)
    mine = [
        *first.output.glob("evenements/opencoffee/*.ics"),
        first.output / "calendar" / "opencoffee.ics",
    ]
    before = {kept_name(p) for p in mine}
    recaps = (
        "content/recaps/2026-10-02-opencoffee-octobre.md",
        "content/recaps/2026-11-06-opencoffee-novembre.md",
    )
    gone = build_scratch(dict.fromkeys(["events/opencoffee.yaml", *recaps], ""))
    assert gone.returncode == 0, gone.log
    assert not list(gone.output.glob("evenements/opencoffee/*.ics"))
    assert not (gone.output / "calendar" / "opencoffee.ics").exists()
    left = {p.name for p in (gone.source / ".cache" / "cowork" / "calendars").iterdir()}
    still = [*gone.output.glob("evenements/*/*.ics"), *(gone.output / "calendar").glob("*.ics")]
    assert len(before) == 2 and not before & left
    assert left == {kept_name(p) for p in still}


def kept_name(path: Path) -> str:
    """The name of a calendar's file in `.cache/cowork/calendars`: the hash of its bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest() + ".ics"
