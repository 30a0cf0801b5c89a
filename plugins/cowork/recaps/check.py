"""The rules of a recap's metadata: each broken one is a `Problem` at the line of its key.

A recap names an event by its slug (`Event:`) and, for a series, the date of the occurrence it
tells about (`Occurrence:`, the date the rule gives it; for a moved occurrence its new date is
accepted too). The occurrence must have taken place: a date the series skips (`except`), a
cancelled occurrence or one that is not over when the site is built is refused, since there is
nothing to tell yet. A draft is allowed to be written ahead, so the last rule spares drafts.
Speakers written like a handle must be members; anything else is a name printed as written.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from cowork.events.model import Event, Occurrence
from cowork.events.schedule import Schedule
from cowork.problems import Problem
from cowork.recaps.header import Field
from cowork.recaps.model import Recap, Speaker, parse_speakers
from cowork.text.messages import Message, msg

RECAP_KEYS = ("occurrence", "speakers", "slides")
"""Keys that only mean something next to `Event:`."""


@dataclass(frozen=True)
class Against:
    """What recaps are checked against, the same for every recap of one build."""

    schedule: Schedule
    handles: frozenset[str] | None
    """Member handles; None when the site has no member file (speakers are not checked then)."""
    events_dir: str = "events"
    members_dir: str = "members"
    category: str | None = None
    """The recaps' category name; None when the caller does not know it (no category rules)."""
    unreadable_events: frozenset[str] = frozenset()
    """Slugs of event files that exist but could not be read: their own problems say why, so a
    recap of one is not told that its event is unknown."""


def check_recap(
    source: str, header: Mapping[str, Field], against: Against, draft: bool = False
) -> tuple[Recap | None, list[Problem]]:
    """The recap of the article `source` (its metadata `header`), or None, and every problem."""
    problems: list[Problem] = []
    event_field = header["event"]
    problems += _check_category(source, header, against.category)
    speakers = _check_speakers(source, header.get("speakers"), against, problems)
    slides = _check_slides(source, header.get("slides"), problems)
    event = _check_event(source, event_field, against, problems)
    occurrence = None
    if event is not None:
        occurrence = _check_occurrence(
            source, event, event_field, header.get("occurrence"), against.schedule, draft, problems
        )
    if occurrence is None or problems:
        return None, problems
    return Recap(source, occurrence, speakers, slides), problems


def check_article(source: str, header: Mapping[str, Field], category: str | None) -> list[Problem]:
    """An article without `Event:`: recap keys alone (a misspelt `Event`?) or in the recaps'
    category (which holds recaps only, so that its feed is the feed of recaps)."""
    problems = []
    found = [header[key] for key in RECAP_KEYS if key in header]
    if found:
        first = min(found, key=lambda f: f.line or 0)
        close = difflib.get_close_matches("event", list(header), n=1, cutoff=0.6)
        problems.append(
            Problem(
                source,
                first.line,
                first.name,
                msg(
                    "'{key}' belongs to a recap, and this article has no Event line", key=first.name
                ),
                hint=msg("did you mean 'Event' instead of '{key}'?", key=header[close[0]].name)
                if close
                else msg("add `Event: <event slug>` to make it a recap, or remove the line"),
            )
        )
    written = header.get("category")
    if category and written and written.value.casefold() == category.casefold():
        problems.append(
            Problem(
                source,
                written.line,
                written.name,
                msg(
                    "the category '{category}' holds recaps only, and this article has no "
                    "Event line",
                    category=category,
                ),
                hint=msg(
                    "add `Event: <event slug>` if it tells about an event, or choose another "
                    "category"
                ),
            )
        )
    return problems


def latest_past(schedule: Schedule, slug: str) -> Occurrence | None:
    """The last occurrence of the event that took place (over, not cancelled) before "now"."""
    held = _held(schedule, slug)
    return held[-1] if held else None


# ─── The rules ────────────────────────────────────────────────────────────────────────────────


def _check_category(
    source: str, header: Mapping[str, Field], category: str | None
) -> list[Problem]:
    written = header.get("category")
    if not category or written is None or written.value.casefold() == category.casefold():
        return []
    return [
        Problem(
            source,
            written.line,
            written.name,
            msg(
                "a recap is filed under '{category}', found '{found}'",
                category=category,
                found=written.value,
            ),
            hint=msg("remove the Category line: the site files recaps by itself"),
        )
    ]


def _check_event(
    source: str, field: Field, against: Against, problems: list[Problem]
) -> Event | None:
    slug = field.value
    event = against.schedule.event(slug)
    if event is not None or slug in against.unreadable_events:
        return event
    if not slug:
        message = msg(
            "expected the slug of an event (the name of a file in {folder}, without .yaml), "
            "found nothing",
            folder=f"{against.events_dir}/",
        )
    else:
        message = msg(
            "unknown event '{slug}': expected the name of a file in {folder} (without .yaml)",
            slug=slug,
            folder=f"{against.events_dir}/",
        )
    slugs = [e.slug for e in against.schedule.events]
    close = difflib.get_close_matches(slug.lower(), slugs, n=1, cutoff=0.6)
    hint = msg("did you mean '{slug}'?", slug=close[0]) if close else None
    problems.append(Problem(source, field.line, field.name, message, hint=hint))
    return None


def _check_occurrence(
    source: str,
    event: Event,
    event_field: Field,
    field: Field | None,
    schedule: Schedule,
    draft: bool,
    problems: list[Problem],
) -> Occurrence | None:
    slug = event.slug
    if field is None and event.is_series:
        latest = latest_past(schedule, slug)
        problems.append(
            Problem(
                source,
                event_field.line,
                "Occurrence",
                msg(
                    "'{slug}' is a series: expected an Occurrence line with the date this recap "
                    "tells about, found none",
                    slug=slug,
                ),
                hint=msg(
                    "its latest past date is {day}: add `Occurrence: {day}`",
                    day=latest.original_date.isoformat(),
                )
                if latest
                else None,
            )
        )
        return None
    if field is None:
        # A single event: its one occurrence (none when it lies beyond the horizon).
        where = event_field
        day = event.start.date()
        found = schedule.occurrences_of(slug)
        occurrence = found[0] if found else None
    else:
        where = field
        try:
            day = dt.date.fromisoformat(field.value)
        except ValueError:
            problems.append(
                Problem(
                    source,
                    field.line,
                    field.name,
                    msg(
                        "expected a date such as {example}, found '{found}'",
                        example=event.start.date().isoformat(),
                        found=field.value,
                    ),
                )
            )
            return None
        occurrence = _on(schedule, slug, day)
    refusal = _refusal(event, day, occurrence, schedule, draft)
    if refusal is None:
        return occurrence
    message, hint = refusal
    problems.append(Problem(source, where.line, where.name, message, hint=hint))
    return None


def _refusal(
    event: Event, day: dt.date, occurrence: Occurrence | None, schedule: Schedule, draft: bool
) -> tuple[Message, Message | None] | None:
    """Why a recap cannot tell about `event` on `day` (message, hint), or None if it can."""
    slug = event.slug
    today = schedule.now.date()
    later = msg("publish it afterwards, or keep it a draft (`Status: draft`) until then")
    shown, built = day.isoformat(), today.isoformat()
    if day in event.exceptions:
        return (
            msg(
                "'{slug}' does not take place on {day}: the date is skipped (listed under "
                "`except`)",
                slug=slug,
                day=shown,
            ),
            _nearest_hint(schedule, slug, day),
        )
    if occurrence is None and day > schedule.horizon.date():
        # Beyond the horizon the calendar is not expanded: whether it is a date is unknown.
        return msg(
            "{day} is in the future (the site is built on {today}): a recap tells about an "
            "occurrence that took place",
            day=shown,
            today=built,
        ), later
    if occurrence is None:
        return (
            msg("{day} is not a date of '{slug}'", day=shown, slug=slug),
            _nearest_hint(schedule, slug, day),
        )
    if occurrence.cancelled:
        return (
            msg(
                "'{slug}' of {day} was cancelled: there is nothing to tell about",
                slug=slug,
                day=shown,
            ),
            _nearest_hint(schedule, slug, day),
        )
    if not draft and not occurrence.is_past(schedule.now):
        return (
            msg(
                "'{slug}' of {day} is not over yet (the site is built on {today}): a recap "
                "tells about an occurrence that took place",
                slug=slug,
                day=shown,
                today=built,
            ),
            later,
        )
    return None


def _check_speakers(
    source: str, field: Field | None, against: Against, problems: list[Problem]
) -> tuple[Speaker, ...]:
    if field is None:
        return ()
    speakers = parse_speakers(field.value)
    if against.handles is None:
        return speakers
    for speaker in speakers:
        if speaker.handle is None or speaker.handle in against.handles:
            continue
        close = difflib.get_close_matches(speaker.handle, sorted(against.handles), 1, 0.6)
        problems.append(
            Problem(
                source,
                field.line,
                field.name,
                msg(
                    "unknown member '{handle}': expected a member handle (the name of a file "
                    "in {folder}, without .yaml), or a name as it is spelt, with its capitals",
                    handle=speaker.handle,
                    folder=f"{against.members_dir}/",
                ),
                hint=msg("did you mean '{handle}'?", handle=close[0])
                if close
                else msg(
                    "write the person's name as it is spelt (with its capitals), or add {file} "
                    "first",
                    file=f"{against.members_dir}/{speaker.handle}.yaml",
                ),
            )
        )
    return speakers


def _check_slides(source: str, field: Field | None, problems: list[Problem]) -> str | None:
    if field is None:
        return None
    address = field.value
    parts = urlsplit(address)
    if parts.scheme == "https" and parts.netloc and not any(c.isspace() for c in address):
        return address
    problems.append(
        Problem(
            source,
            field.line,
            field.name,
            msg("expected an https:// address, found '{address}'", address=address),
            hint=msg("link the slides where they are published, with https://")
            if parts.scheme == "http"
            else None,
        )
    )
    return None


# ─── Dates ────────────────────────────────────────────────────────────────────────────────────


def _on(schedule: Schedule, slug: str, day: dt.date) -> Occurrence | None:
    """The occurrence the rule puts on `day`, else the one moved to `day`."""
    found = schedule.find(slug, day)
    if found is not None:
        return found
    for occurrence in schedule.occurrences_of(slug):
        if occurrence.moved and occurrence.start.date() == day:
            return occurrence
    return None


def _held(schedule: Schedule, slug: str) -> list[Occurrence]:
    return [o for o in schedule.occurrences_of(slug) if o.is_past(schedule.now) and not o.cancelled]


def _nearest_hint(schedule: Schedule, slug: str, day: dt.date) -> Message | None:
    """The past dates closest to `day` that a recap could tell about."""
    held = _held(schedule, slug)
    nearest = sorted(held, key=lambda o: (abs((o.original_date - day).days), o.original_date))
    dates = sorted(o.original_date.isoformat() for o in nearest[:2])
    if not dates:
        if any(o.is_past(schedule.now) for o in schedule.occurrences_of(slug)):
            return msg(
                "none of the past dates of '{slug}' took place: all were cancelled", slug=slug
            )
        return msg("'{slug}' has no past date yet", slug=slug)
    if len(dates) == 1:
        return msg("the nearest past date is {day}", day=dates[0])
    return msg("the nearest past dates are {first} and {second}", first=dates[0], second=dates[1])
