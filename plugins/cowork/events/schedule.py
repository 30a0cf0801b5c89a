"""The whole calendar at build time: every event, every occurrence up to the horizon, and "now".

`build_schedule` is the one entry point for the pages, the feeds, the command line and the recaps:
it loads and checks every file, then expands each event. An occurrence is found again, build
after build, by `(slug, original date)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from cowork.events.load import load_events
from cowork.events.model import Event, Occurrence
from cowork.events.recurrence import horizon_end, occurrences
from cowork.events.validate import check_events
from cowork.files.checked import CheckedFiles
from cowork.files.inventory import member_handles
from cowork.members.former import with_former
from cowork.problems import Problem, Severity
from cowork.settings import KitSettings


@dataclass(frozen=True)
class Schedule:
    """Every event and its occurrences up to the horizon, read once for the whole build."""

    events: tuple[Event, ...]
    """Sorted by slug."""
    occurrences: tuple[Occurrence, ...]
    """Every occurrence up to the horizon, by start time."""
    now: dt.datetime
    horizon: dt.datetime

    @classmethod
    def of(
        cls, events: Iterable[Event], now: dt.datetime, horizon: dt.datetime, limit: int
    ) -> Schedule:
        ordered = tuple(sorted(events, key=lambda e: e.slug))
        found = [
            o for e in ordered for o in occurrences(e, horizon, limit, now) if o.start <= horizon
        ]
        found.sort(key=lambda o: (o.start, o.event.slug))
        return cls(ordered, tuple(found), now, horizon)

    def event(self, slug: str) -> Event | None:
        for event in self.events:
            if event.slug == slug:
                return event
        return None

    @cached_property
    def _by_slug(self) -> dict[str, list[Occurrence]]:
        found: dict[str, list[Occurrence]] = {}
        for occurrence in self.occurrences:
            found.setdefault(occurrence.event.slug, []).append(occurrence)
        return found

    @cached_property
    def _by_key(self) -> dict[tuple[str, dt.date], Occurrence]:
        return {occurrence.key: occurrence for occurrence in self.occurrences}

    def occurrences_of(self, slug: str) -> list[Occurrence]:
        return list(self._by_slug.get(slug, []))

    def find(self, slug: str, original_date: dt.date) -> Occurrence | None:
        """The occurrence the rule put on `original_date` (moved or not); None if skipped."""
        return self._by_key.get((slug, original_date))

    def upcoming(self) -> list[Occurrence]:
        """Not yet over (an occurrence running now is still upcoming), cancelled ones included."""
        return [o for o in self.occurrences if not o.is_past(self.now)]

    def past(self) -> list[Occurrence]:
        return [o for o in self.occurrences if o.is_past(self.now)]

    def tags(self) -> list[str]:
        return sorted({tag for event in self.events for tag in event.tags})

    def months(self, back: int | None = None) -> list[tuple[int, int]]:
        """Every month from the first occurrence to the last, gaps included (for prev/next).

        With `back`, months before the `back`-th month before now are left out: older dates are
        in the yearly archive, so the number of month pages does not grow with the years.
        """
        if not self.occurrences:
            return [(self.now.year, self.now.month)]
        first = min(self.occurrences[0].start.date(), self.now.date())
        if back is not None:
            first = max(first, months_before(self.now.date(), back))
        last = max(o.last_day for o in self.occurrences)
        months = []
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months


def months_before(today: dt.date, months: int) -> dt.date:
    """The first day of the month `months` months before the month of `today`."""
    index = today.year * 12 + today.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def build_schedule(
    settings: KitSettings, now: dt.datetime, checked: CheckedFiles | None = None
) -> tuple[Schedule, list[Problem]]:
    """Load, check and expand every event file; the problems of all of them (`checked`: the
    files known to pass the schema, see `load_events`)."""
    sources, problems = load_events(settings, checked)
    horizon = horizon_end(now, settings.events_horizon_months)
    handles = member_handles(settings.members_path)
    # An organiser whose member file was deleted in the history is a former member's handle.
    organizers = [h for source in sources for h in source.event.organizers]
    handles = with_former(handles, organizers, settings)
    problems.extend(check_events(sources, handles, settings, now, horizon))
    # A rule refused by the checks is never expanded (it may not be expandable at all).
    refused = {p.file for p in problems if p.severity is Severity.ERROR and p.key == "repeat"}
    events = [source.event for source in sources if source.doc.relpath not in refused]
    schedule = Schedule.of(events, now, horizon, settings.events_max_occurrences)
    return schedule, problems
