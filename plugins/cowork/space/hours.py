"""Opening hours as people read them: consecutive days with the same hours grouped, in the site's
language ("lundi – vendredi : 08:30 – 19:00")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_time, get_day_names

from cowork.space.model import Space, TimeRange


@dataclass(frozen=True)
class DaysHours:
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
