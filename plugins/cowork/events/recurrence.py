"""Expand an event into its occurrences, in the local wall time of its own time zone.

A weekly 08:30 workshop stays at 08:30 in Paris on both sides of the last Sunday of March and of
October: the rule runs on local times (dateutil with a `ZoneInfo` start), and each occurrence takes
the UTC offset of its own date. Rules without COUNT or UNTIL run forever; they are expanded up to
a horizon, and every rule is cut off at a bound so a typo cannot produce a million pages.

dateutil walks a rule period by period until it finds a date or reaches the year 9999: a rule that
can never occur (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`) costs ten seconds to prove empty. Here it
walks only to the calendar's last year (`LAST_YEAR`), so every rule costs a bounded time.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import dateutil.rrule
from dateutil.rrule import rrule, rrulestr

from cowork.events.model import LAST_YEAR, Event, Occurrence


def _walk_until_last_year() -> Callable[[rrule], Iterator[dt.datetime]]:
    """dateutil's own iteration (`rrule._iter`, pinned version), with its notion of the last year
    there is set to `LAST_YEAR` instead of 9999: the same dates, a bounded walk."""
    calendar_end = types.SimpleNamespace(**vars(dt))
    calendar_end.MAXYEAR = LAST_YEAR
    walk = rrule._iter  # type: ignore[attr-defined]
    scope = {**vars(dateutil.rrule), "datetime": calendar_end}
    bounded = types.FunctionType(walk.__code__, scope, walk.__name__, walk.__defaults__)
    return bounded


_walk = _walk_until_last_year()


@dataclass(frozen=True, slots=True)
class Expansion:
    """The dates a rule gives (before `except` and `changes`), and whether it was cut short."""

    starts: tuple[dt.datetime, ...]
    open_ended: bool
    """True when the rule has no COUNT or UNTIL, so `starts` stops at the horizon."""
    too_many: bool
    """True when the rule gives more than the allowed number of dates."""
    exhausted: bool = False
    """True when the walk went to the end of the calendar's last year: the rule gives no other
    date up to then (none at all when `starts` is empty)."""


def horizon_end(now: dt.datetime, months: int) -> dt.datetime:
    """`months` after `now` (same day of the month, or the last one of a shorter month)."""
    month_index = now.month - 1 + months
    year, month = now.year + month_index // 12, month_index % 12 + 1
    day = now.day
    while True:
        try:
            return now.replace(year=year, month=month, day=day)
        except ValueError:
            day -= 1


def _rule(event: Event) -> rrule:
    assert event.rule is not None
    start = event.start.replace(tzinfo=None) if event.all_day else event.start
    parsed = rrulestr(event.rule, dtstart=start)
    assert isinstance(parsed, rrule)
    return parsed


def is_open_ended(rule: str) -> bool:
    names = {part.partition("=")[0] for part in rule.split(";")}
    return not names & {"COUNT", "UNTIL"}


MAX_WALK = 100_000
"""The most dates any rule is walked through: a daily series for more than two centuries. A rule
that would give more is refused (`too_many`) whatever the limit, so every expansion is bounded."""


# Kept for the build: its checks (`validate`) and its schedule expand each series with the same
# arguments, and walking a rule costs more than anything else in reading an event.
@lru_cache(maxsize=8192)
def rule_starts(
    event: Event, until: dt.datetime, limit: int, since: dt.datetime | None = None
) -> Expansion:
    """The start of every date of the rule: all of them when it ends, else up to `until`.

    The limit looks at a window, not at history, so that time passing never turns a valid series
    into a refused one: a rule that ends may give `limit` dates in all; a rule that never ends,
    `limit` dates from `since` (the build's "now") to `until` (its horizon), however long ago it
    began. Its past dates are all returned: pages and calendars summarise them.
    """
    if event.rule is None:
        return Expansion((event.start,), False, False)
    open_ended = is_open_ended(event.rule)
    found: list[dt.datetime] = []
    exhausted = True
    for value in islice(_local(event, _rule(event)), MAX_WALK + 1):
        if open_ended and value > until:
            exhausted = False
            break
        found.append(value)
    counted = [v for v in found if since is None or v >= since] if open_ended else found
    too_many = len(counted) > limit or len(found) > MAX_WALK
    if too_many:
        return Expansion(tuple(found[:limit]), open_ended, True, False)
    return Expansion(tuple(found), open_ended, False, exhausted)


def _local(event: Event, rule: rrule) -> Iterator[dt.datetime]:
    for value in _walk(rule):
        # All-day rules run on naive dates; put them back at local midnight of the event's zone.
        yield value.replace(tzinfo=event.start.tzinfo) if value.tzinfo is None else value


def occurrences(
    event: Event, until: dt.datetime, limit: int, since: dt.datetime | None = None
) -> list[Occurrence]:
    """Every occurrence, in date order: skipped dates left out, changes applied, the rule's
    cancelled status carried by each date, moved ones sorted at their new date."""
    expansion = rule_starts(event, until, limit, since)
    skipped = set(event.exceptions)
    length = event.duration
    found = []
    for original in expansion.starts:
        day = original.date()
        if day in skipped:
            continue
        start, end = original, _add(original, length, event.all_day)
        status, location, changed = event.status, event.location, False
        change = event.change_on(day)
        if change is not None:
            changed = True
            if change.start is not None:
                start = change.start
                end = change.end or _add(start, length, event.all_day)
            elif change.end is not None:
                end = change.end
            status = change.status or status
            location = change.location or location
        found.append(Occurrence(event, original, start, end, status, location, changed))
    return sorted(found, key=lambda o: (o.start, o.event.slug))


def _add(start: dt.datetime, length: dt.timedelta, all_day: bool) -> dt.datetime:
    if all_day:
        # Whole days, counted on the calendar (a day can have 23 or 25 hours).
        return dt.datetime.combine(
            start.date() + dt.timedelta(days=length.days), dt.time(), start.tzinfo
        )
    # Aware datetimes in the same zone add as wall time: 08:30 + 1h30 is 10:00 local.
    return start + length


def nearest(days: list[dt.date], day: dt.date, count: int = 3) -> list[dt.date]:
    """The `count` dates of `days` closest to `day`, in date order (for "did you mean" hints)."""
    closest = sorted(days, key=lambda d: (abs((d - day).days), d))[:count]
    return sorted(closest)
