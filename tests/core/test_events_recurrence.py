"""Recurrence and time zones, with every expected date and time written out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cowork.events.load import Source, load_events
from cowork.events.model import Event, Status
from cowork.events.recurrence import horizon_end, occurrences
from cowork.settings import KitSettings

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=PARIS)
FAR = dt.datetime(2028, 1, 1, tzinfo=PARIS)


def load_one(tmp_path: Path, text: str) -> Event:
    (tmp_path / "events").mkdir(exist_ok=True)
    (tmp_path / "events" / "sample.yaml").write_text(text, "utf-8")
    settings = KitSettings(
        tmp_path, tmp_path / "content", tmp_path / "members", tmp_path / "events"
    )
    sources, problems = load_events(settings)
    assert problems == []
    [source] = sources
    assert isinstance(source, Source)
    return source.event


def starts(event: Event, until: dt.datetime = FAR) -> list[str]:
    return [o.start.isoformat() for o in occurrences(event, until, 500)]


def test_weekly_rule_keeps_local_time_across_the_end_of_summer_time(tmp_path: Path) -> None:
    # Summer time ends in Paris on Sunday 25 October 2026: 12:30 stays 12:30, the offset changes.
    event = load_one(
        tmp_path,
        "title: Atelier\nstart: 2026-10-13 12:30\nduration: 1h\nrepeat: FREQ=WEEKLY;COUNT=4\n",
    )
    assert starts(event) == [
        "2026-10-13T12:30:00+02:00",
        "2026-10-20T12:30:00+02:00",
        "2026-10-27T12:30:00+01:00",
        "2026-11-03T12:30:00+01:00",
    ]
    assert [o.end.isoformat() for o in occurrences(event, FAR, 500)][2] == (
        "2026-10-27T13:30:00+01:00"
    )


def test_weekly_rule_keeps_local_time_across_the_start_of_summer_time(tmp_path: Path) -> None:
    # Summer time starts in Paris on Sunday 28 March 2027.
    event = load_one(
        tmp_path,
        "title: Café\nstart: 2027-03-21 08:30\nend: 2027-03-21 10:00\n"
        "repeat: FREQ=WEEKLY;UNTIL=20270404\n",
    )
    assert starts(event) == [
        "2027-03-21T08:30:00+01:00",
        "2027-03-28T08:30:00+02:00",
        "2027-04-04T08:30:00+02:00",
    ]
    # On the night of the change itself, a 1h30 event still ends at 10:00 local.
    assert occurrences(event, FAR, 500)[1].end.isoformat() == "2027-03-28T10:00:00+02:00"


def test_monthly_first_thursday(tmp_path: Path) -> None:
    event = load_one(
        tmp_path,
        "title: OpenCoffee\nstart: 2026-12-03 08:30\nduration: 1h30\n"
        "repeat: FREQ=MONTHLY;BYDAY=1TH;COUNT=5\n",
    )
    assert starts(event) == [
        "2026-12-03T08:30:00+01:00",
        "2027-01-07T08:30:00+01:00",
        "2027-02-04T08:30:00+01:00",
        "2027-03-04T08:30:00+01:00",
        "2027-04-01T08:30:00+02:00",
    ]


def test_skipped_moved_and_cancelled_occurrences(tmp_path: Path) -> None:
    event = load_one(
        tmp_path,
        "title: OpenCoffee\nstart: 2026-12-03 08:30\nduration: 1h30\n"
        "repeat: FREQ=MONTHLY;BYDAY=1TH;COUNT=4\n"
        "except: [2027-01-07]\n"
        "changes:\n"
        "  2027-02-04: {start: 2027-02-05 09:00, end: 2027-02-05 10:00, location: Terrasse}\n"
        "  2027-03-04: {status: cancelled}\n",
    )
    found = occurrences(event, FAR, 500)
    assert [(o.original_date.isoformat(), o.start.isoformat(), o.status) for o in found] == [
        ("2026-12-03", "2026-12-03T08:30:00+01:00", Status.CONFIRMED),
        ("2027-02-04", "2027-02-05T09:00:00+01:00", Status.CONFIRMED),
        ("2027-03-04", "2027-03-04T08:30:00+01:00", Status.CANCELLED),
    ]
    assert found[1].end.isoformat() == "2027-02-05T10:00:00+01:00"
    assert found[1].location == "Terrasse" and found[1].moved and found[1].changed
    assert not found[0].changed and not found[2].moved


def test_all_day_event_and_series(tmp_path: Path) -> None:
    single = load_one(tmp_path, "title: Portes ouvertes\nstart: 2026-12-12\n")
    [day] = occurrences(single, FAR, 500)
    assert day.all_day
    assert (day.start.isoformat(), day.end.isoformat()) == (
        "2026-12-12T00:00:00+01:00",
        "2026-12-13T00:00:00+01:00",
    )
    assert day.last_day == dt.date(2026, 12, 12)
    # Two days written inclusively; the week of summer time's start keeps whole days.
    series = load_one(
        tmp_path,
        "title: Salon\nstart: 2027-03-27\nend: 2027-03-28\nrepeat: FREQ=YEARLY;COUNT=2\n",
    )
    assert [(o.start.isoformat(), o.end.isoformat()) for o in occurrences(series, FAR, 500)] == [
        ("2027-03-27T00:00:00+01:00", "2027-03-29T00:00:00+02:00"),
        ("2028-03-27T00:00:00+02:00", "2028-03-29T00:00:00+02:00"),
    ]


def test_event_in_another_time_zone(tmp_path: Path) -> None:
    # 11:00 in Montreal is 17:00 in Paris; Montreal changes its clocks a week after Paris
    # (1 November 2026), so on 27 October it is 16:00 in Paris.
    event = load_one(
        tmp_path,
        "title: Visio\nstart: 2026-10-20 11:00\nduration: 1h\ntimezone: America/Montreal\n"
        "repeat: FREQ=WEEKLY;COUNT=3\n",
    )
    found = occurrences(event, FAR, 500)
    assert [o.start.isoformat() for o in found] == [
        "2026-10-20T11:00:00-04:00",
        "2026-10-27T11:00:00-04:00",
        "2026-11-03T11:00:00-05:00",
    ]
    assert [o.start.astimezone(PARIS).strftime("%H:%M") for o in found] == [
        "17:00",
        "16:00",
        "17:00",
    ]


def test_open_ended_rule_stops_at_the_horizon(tmp_path: Path) -> None:
    event = load_one(
        tmp_path, "title: Café\nstart: 2026-12-03 08:30\nduration: 1h\nrepeat: FREQ=MONTHLY\n"
    )
    horizon = horizon_end(NOW, 18)
    assert horizon.isoformat() == "2028-05-22T10:00:00+02:00"
    found = occurrences(event, horizon, 500)
    assert (found[0].start.date(), found[-1].start.date(), len(found)) == (
        dt.date(2026, 12, 3),
        dt.date(2028, 5, 3),
        18,
    )


@pytest.mark.parametrize(
    ("now", "months", "expected"),
    [
        ("2026-08-31T09:00", 6, "2027-02-28T09:00"),
        ("2026-11-22T10:00", 18, "2028-05-22T10:00"),
    ],
)
def test_horizon_end(now: str, months: int, expected: str) -> None:
    start = dt.datetime.fromisoformat(now).replace(tzinfo=PARIS)
    assert horizon_end(start, months).replace(tzinfo=None).isoformat(timespec="minutes") == expected
