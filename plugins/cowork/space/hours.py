"""Opening hours as people read them: consecutive days with the same hours grouped, in the site's
language ("lundi – vendredi : 08:30 – 19:00"), the whole week as a table, the closures to come,
and the schedule as data for the page's script, which says whether the space is open right now
(in the browser, so it stays true between builds)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from babel.dates import format_date, format_interval, format_time, get_day_names

from cowork.space.model import Space, TimeRange
from cowork.text.languages import babel_locale


@dataclass(frozen=True)
class DaysHours:
    """Days that share their hours, with those hours."""

    days: str
    """"lundi – vendredi", or one day's name."""
    hours: str
    """"08:30 – 12:00, 14:00 – 19:00"."""


def week_summary(space: Space, locale: str) -> tuple[DaysHours, ...]:
    """The open days of the week, Monday first, runs of days with equal hours grouped."""
    names = get_day_names("wide", locale=locale)
    runs: list[tuple[int, int, tuple[TimeRange, ...]]] = []
    for day in range(7):
        ranges = space.hours.get(day, ())
        if not ranges:
            continue
        if runs and runs[-1][1] == day - 1 and runs[-1][2] == ranges:
            runs[-1] = (runs[-1][0], day, ranges)
        else:
            runs.append((day, day, ranges))
    return tuple(
        DaysHours(
            names[first] if first == last else f"{names[first]} – {names[last]}",
            ", ".join(_range(r, locale) for r in ranges),
        )
        for first, last, ranges in runs
    )


def week_text(space: Space, locale: str) -> str:
    """The summary on one line: "lundi – vendredi : 08:30 – 19:00"."""
    colon = " : " if locale.startswith("fr") else ": "
    return " · ".join(f"{item.days}{colon}{item.hours}" for item in week_summary(space, locale))


def _range(value: TimeRange, locale: str) -> str:
    return f"{_time(value.start, locale)} – {_time(value.end, locale)}"


def _time(value: dt.time, locale: str) -> str:
    if value == dt.time.max:
        return "24:00"
    return format_time(value, "short", locale=locale)


@dataclass(frozen=True)
class DayRow:
    """One weekday of the opening hours' table."""

    weekday: int
    """0 is Monday: the page's script marks today's row with it."""
    name: str
    hours: str
    """"08:30 – 19:00", or "" on a day the space is closed."""


@dataclass(frozen=True)
class ClosureRow:
    """One closure, as the home page lists it."""

    dates: str
    """"24 décembre 2026 – 1 janvier 2027", or one day: "vendredi 25 décembre 2026"."""
    label: str


def week_rows(space: Space, locale: str) -> tuple[DayRow, ...]:
    """Every day of the week, Monday first, with its hours ("" when closed)."""
    names = get_day_names("wide", locale=babel_locale(locale))
    return tuple(
        DayRow(day, names[day], ", ".join(_range(r, locale) for r in space.hours.get(day, ())))
        for day in range(7)
    )


def closures_ahead(space: Space, today: dt.date, locale: str) -> tuple[ClosureRow, ...]:
    """The closures that are not over on `today`, soonest first."""
    ahead = sorted((c for c in space.closures if c.last >= today), key=lambda c: c.first)
    where = babel_locale(locale)
    return tuple(
        ClosureRow(
            format_date(c.first, "full", locale=where)
            if c.first == c.last
            else format_interval(c.first, c.last, "yMMMMd", locale=where),
            c.label.get(locale),
        )
        for c in ahead
    )


def schedule_data(space: Space, today: dt.date, locale: str) -> dict[str, Any]:
    """What the page's script needs to say "open now": the zone, each weekday's ranges in
    minutes with their times as the site writes them, and the closures not over on `today`."""
    return {
        "zone": space.timezone,
        "week": [
            [
                [_minutes(r.start), _minutes(r.end), _time(r.start, locale), _time(r.end, locale)]
                for r in space.hours.get(day, ())
            ]
            for day in range(7)
        ],
        "closures": [
            [c.first.isoformat(), c.last.isoformat(), c.label.get(locale)]
            for c in sorted(space.closures, key=lambda c: c.first)
            if c.last >= today
        ],
    }


def _minutes(value: dt.time) -> int:
    return 24 * 60 if value == dt.time.max else value.hour * 60 + value.minute
