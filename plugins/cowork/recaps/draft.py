"""A new recap, pre-filled from the calendar: what `cowork new recap EVENT` writes.

The occurrence is the latest one that took place (the calendar's own expansion, so skipped,
moved and cancelled dates are what the site shows), the speakers are the event's organisers, the
author is the first organiser's handle (the blog shows a member's name for it, when the member
is in the directory).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from cowork.errors import CoworkError
from cowork.events.schedule import Schedule
from cowork.recaps.check import latest_past
from cowork.scaffold.placeholders import RECAP_PARAGRAPHS, in_language
from cowork.text.dates import long_date
from cowork.text.messages import msg


class RecapDraftError(CoworkError):
    """No recap can be started for this event: unknown, or nothing has taken place yet."""


@dataclass(frozen=True)
class RecapDraft:
    """A recap started by `cowork new recap`: its file name and text."""

    filename: str
    """`<date it took place>-<slug>.md`, to write in `content/recaps/`."""
    text: str


def draft_recap(schedule: Schedule, slug: str, lang: str, author: str | None = None) -> RecapDraft:
    """The recap of `slug`'s latest past occurrence, by `author` or the first organiser."""
    event = schedule.event(slug)
    if event is None:
        slugs = [e.slug for e in schedule.events]
        close = difflib.get_close_matches(slug, slugs, n=1, cutoff=0.6)
        raise RecapDraftError(
            msg("unknown event '{slug}' (did you mean '{close}'?)", slug=slug, close=close[0])
            if close
            else msg("unknown event '{slug}'", slug=slug)
        )
    occurrence = latest_past(schedule, slug)
    if occurrence is None:
        if any(o.is_past(schedule.now) for o in schedule.occurrences_of(slug)):
            raise RecapDraftError(
                msg(
                    "every past date of '{slug}' was cancelled: there is nothing to tell about",
                    slug=slug,
                )
            )
        raise RecapDraftError(
            msg(
                "'{slug}' has not taken place yet: a recap can be written once it is over",
                slug=slug,
            )
        )
    organizers = list(event.organizers)
    writer = author or (organizers[0] if organizers else None)
    day = occurrence.start.date()
    lines = [
        f"Title: {event.title}, {long_date(day, lang)}",
        f"Date: {schedule.now:%Y-%m-%d %H:%M}",
    ]
    if writer:
        lines.append(f"Author: {writer}")
    lines.append(f"Event: {slug}")
    if event.is_series:
        lines.append(f"Occurrence: {occurrence.original_date.isoformat()}")
    if organizers:
        lines.append(f"Speakers: {', '.join(organizers)}")
    body = in_language(RECAP_PARAGRAPHS, lang)
    filename = f"{day.isoformat()}-{slug}.md"
    return RecapDraft(filename, "\n".join(lines) + "\n\n" + body + "\n")
