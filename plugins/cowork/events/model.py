"""The calendar's data: events as written in `events/`, and their dated occurrences.

Times are aware datetimes in the event's own time zone. An all-day event keeps the same shape
(midnight local, end exclusive, as iCalendar does) with `all_day` set, so that every occurrence
sorts and compares the same way; pages and feeds show the dates alone.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

FIRST_YEAR = 1970
"""The calendar's dates lie between 1 January of FIRST_YEAR and 31 December of LAST_YEAR: far
enough for any space's history and plans, near enough that every date can be shifted to any time
zone and a month view spans a bounded number of pages."""
LAST_YEAR = 2200
MAX_LENGTH = dt.timedelta(days=366)
"""An event (each occurrence of a series) lasts at most this long: month views list every day."""


class Status(enum.StrEnum):
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Change:
    """What differs for one occurrence of a series, keyed by the date the rule gives it."""

    original: dt.date
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    status: Status | None = None
    location: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One file of `events/`: a single event or a series."""

    slug: str
    """The file name without `.yaml`; unique across sub-folders."""
    relpath: str
    """The file, relative to the repository root (for messages and git history)."""
    uid: str
    """The iCalendar UID: the file's `uid`, or `<slug>@<site host>` when it has none."""
    title: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool
    timezone: str
    location: str
    description: str
    """Markdown, as written; rendered and sanitised by the pages."""
    rule: str | None = None
    """An RFC 5545 RRULE, with UNTIL normalised to UTC (or a date for all-day events)."""
    exceptions: tuple[dt.date, ...] = ()
    changes: tuple[Change, ...] = ()
    status: Status = Status.CONFIRMED
    organizers: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    registration: str | None = None
    price: float | None = None
    """What a place costs (0: free); None when the file does not say."""
    currency: str = "EUR"

    @property
    def is_series(self) -> bool:
        return self.rule is not None

    @property
    def duration(self) -> dt.timedelta:
        return self.end - self.start

    def change_on(self, day: dt.date) -> Change | None:
        for change in self.changes:
            if change.original == day:
                return change
        return None


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One dated happening of an event; `(event.slug, original_date)` names it for good.

    Slots (here and in the calendar's other models): a build holds tens of thousands of these,
    and an instance without a `__dict__` takes a third of the memory."""

    event: Event
    original_start: dt.datetime
    """When the rule puts it (the iCalendar RECURRENCE-ID), even if it was moved."""
    start: dt.datetime
    end: dt.datetime
    status: Status
    location: str
    changed: bool = False
    """True when a `changes` entry moved it or changed its status or place."""

    @property
    def original_date(self) -> dt.date:
        return self.original_start.date()

    @property
    def key(self) -> tuple[str, dt.date]:
        return (self.event.slug, self.original_date)

    @property
    def all_day(self) -> bool:
        return self.event.all_day

    @property
    def cancelled(self) -> bool:
        return self.status is Status.CANCELLED

    @property
    def tentative(self) -> bool:
        return self.status is Status.TENTATIVE

    @property
    def online(self) -> bool:
        """Held online: its location is the https:// address of the meeting."""
        return self.location.startswith("https://")

    @property
    def moved(self) -> bool:
        return self.start != self.original_start

    @property
    def flagged(self) -> bool:
        """Cancelled, to be confirmed or moved: what the calendar marks with a badge."""
        return self.status is not Status.CONFIRMED or self.moved

    @property
    def last_day(self) -> dt.date:
        """The last day it covers (the end is exclusive for all-day events)."""
        if self.all_day:
            return (self.end - dt.timedelta(days=1)).date()
        return self.end.date()

    def is_past(self, now: dt.datetime) -> bool:
        """Over once it has ended: an event still running is not past."""
        return self.end <= now
