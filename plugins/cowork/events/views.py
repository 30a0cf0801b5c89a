"""What the calendar's pages show, shaped for templates: occurrences in the site's time zone,
grouped by month and year, a month as weeks of days, and the addresses of every page and feed.

Pure functions of the schedule, so that the templates only loop and print.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import groupby
from zoneinfo import ZoneInfo

from cowork.events.model import Event, Occurrence
from cowork.events.schedule import Schedule
from cowork.settings import KitSettings
from cowork.site.links import DatedLink


@dataclass(frozen=True)
class Urls:
    """Where the calendar's pages and feeds live, relative to the site root (the settings
    declare them, with their defaults: `cowork.settings`)."""

    events: str
    archives_page: str
    calendar: str
    series_feed: str
    tag_feed: str
    atom: str

    @classmethod
    def from_settings(cls, settings: KitSettings) -> Urls:
        return cls(
            events=settings.events_url,
            archives_page=settings.archives_url,
            calendar=settings.events_calendar_url,
            series_feed=settings.events_series_feed_url,
            tag_feed=settings.events_tag_feed_url,
            atom=settings.events_feed_atom,
        )

    def event(self, slug: str) -> str:
        return f"{self.events}{slug}/"

    def month(self, year: int, month: int) -> str:
        return f"{self.events}{year:04d}/{month:02d}/"

    def archives(self) -> str:
        return self.archives_page

    def archive_year(self, year: int) -> str:
        return f"{self.archives_page}{year:04d}/"

    def occurrence_ics(self, occurrence: Occurrence) -> str:
        return f"{self.event(occurrence.event.slug)}{occurrence.original_date.isoformat()}.ics"

    def series(self, event: Event) -> str:
        return self.series_feed.format(slug=event.slug)

    def tag(self, tag: str) -> str:
        return self.tag_feed.format(tag=tag)


@dataclass(frozen=True, slots=True)
class Shown:
    """An occurrence as pages show it: times in the site's zone, and the event page's URL."""

    occurrence: Occurrence
    start: dt.datetime
    end: dt.datetime
    url: str
    other_zone: bool
    """True when the event is set in another time zone than the site's."""

    @property
    def event(self) -> Event:
        return self.occurrence.event

    @property
    def day(self) -> dt.date:
        return self.start.date()

    @property
    def last_day(self) -> dt.date:
        if self.occurrence.all_day:
            return self.occurrence.last_day
        return self.end.date()


def show(occurrence: Occurrence, zone: ZoneInfo, urls: Urls, url: str | None = None) -> Shown:
    """`url`: the event page's address, when the caller has it already."""
    if occurrence.all_day:
        # A day is the same day everywhere: never shift an all-day event across midnight.
        start, end = occurrence.start, occurrence.end
    else:
        start, end = occurrence.start.astimezone(zone), occurrence.end.astimezone(zone)
    other = occurrence.event.timezone != zone.key and not occurrence.all_day
    return Shown(occurrence, start, end, url or urls.event(occurrence.event.slug), other)


def show_all(occurrences: Iterable[Occurrence], zone: ZoneInfo, urls: Urls) -> list[Shown]:
    found: list[Shown] = []
    # One address string per event, not one per date: a calendar holds tens of thousands.
    url_of: dict[str, str] = {}
    for occurrence in occurrences:
        slug = occurrence.event.slug
        url = url_of.get(slug)
        if url is None:
            url = url_of[slug] = urls.event(slug)
        found.append(show(occurrence, zone, urls, url))
    return found


def by_month(items: Iterable[Shown]) -> list[tuple[dt.date, list[Shown]]]:
    """[(first day of the month, its occurrences)], in the order given."""
    return [
        (month, list(group)) for month, group in groupby(items, key=lambda s: s.day.replace(day=1))
    ]


def by_year(items: Iterable[Shown]) -> list[tuple[int, list[Shown]]]:
    return [(year, list(group)) for year, group in groupby(items, key=lambda s: s.day.year)]


@dataclass(frozen=True, slots=True)
class Day:
    """One square of a month's grid."""

    date: dt.date
    in_month: bool
    items: list[Shown] = field(default_factory=list)


def month_grid(
    year: int, month: int, items: Iterable[Shown], first_weekday: int
) -> list[list[Day]]:
    """Weeks of seven days covering the month; each day lists what happens on it."""
    return month_weeks(year, month, by_day(items), first_weekday)


def by_day(items: Iterable[Shown]) -> dict[dt.date, list[Shown]]:
    """{day: what happens on it, in the order given}; an item over several days is on each."""
    on_day: dict[dt.date, list[Shown]] = {}
    for item in items:
        day, last = item.day, item.last_day
        while day <= last:
            on_day.setdefault(day, []).append(item)
            day += dt.timedelta(days=1)
    return on_day


def month_weeks(
    year: int, month: int, on_day: Mapping[dt.date, list[Shown]], first_weekday: int
) -> list[list[Day]]:
    """The month's grid from `by_day`'s index: made once for all the month pages, as going
    through every occurrence for each month made the pages' cost grow as months × dates."""
    weeks = calendar.Calendar(first_weekday).monthdatescalendar(year, month)
    return [[Day(d, d.month == month, list(on_day.get(d, ()))) for d in week] for week in weeks]


def events_by_organizer(schedule: Schedule, urls: Urls) -> dict[str, list[DatedLink]]:
    """{handle: the events they organise}, each dated by its next occurrence, else its last one.

    The cross-feature contract with the member directory, which lists a member's events.
    """
    found: dict[str, list[DatedLink]] = {}
    for event in schedule.events:
        mine = schedule.occurrences_of(event.slug)
        upcoming = [o for o in mine if not o.is_past(schedule.now)]
        chosen = upcoming[0] if upcoming else (mine[-1] if mine else None)
        if chosen is None:
            continue
        entry = DatedLink(event.title, urls.event(event.slug), chosen.start.date())
        for handle in event.organizers:
            found.setdefault(handle, []).append(entry)
    for entries in found.values():
        entries.sort(key=lambda e: (str(e.date), e.title))
    return found
