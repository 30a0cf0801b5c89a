"""`cowork new recap EVENT`: a recap article pre-filled from the event it tells about.

The event is read by the events core (`cowork.events`), so the latest past occurrence takes
skipped, moved and cancelled dates into account exactly as the calendar shows them.
"""

from __future__ import annotations

import datetime as dt

from cowork.config import KitSettings
from cowork.dates import long_date
from cowork.events.load import read_event
from cowork.events.model import Event, Occurrence
from cowork.events.recurrence import occurrences
from cowork.inventory import event_files
from cowork.scaffold import Scaffolded, ScaffoldError, write_new
from cowork.schemas import load_schema, validate_document
from cowork.yamlfile import load_yaml


def new_recap(settings: KitSettings, slug: str, now: dt.datetime, author: str | None) -> Scaffolded:
    event = _read(settings, slug)
    occurrence = latest_occurrence(event, now, settings.events_max_occurrences)
    if occurrence is None:
        raise ScaffoldError(f"'{slug}' has no occurrence before now: write the recap afterwards")
    day = occurrence.start.date()
    path = settings.content_path / "recaps" / f"{day.isoformat()}-{slug}.md"
    lines = [
        f"Title: Compte rendu : {event.title}, {long_date(day, settings.lang)}",
        f"Date: {now:%Y-%m-%d %H:%M}",
        f"Author: {author or (event.organizers[0] if event.organizers else 'votre-identifiant')}",
        f"Event: {slug}",
    ]
    if event.is_series:
        # The occurrence is named by its date in the rule, even when it was moved.
        lines.append(f"Occurrence: {occurrence.original_date.isoformat()}")
    if event.organizers:
        lines.append(f"Speakers: {', '.join(event.organizers)}")
    body = (
        "Ce qui s'est dit, qui est venu, ce qu'on en retient. Les photos vont dans "
        "content/images/ et s'insèrent ainsi : ![Description de la photo](/images/photo.jpg)"
    )
    write_new(path, "\n".join(lines) + "\n\n" + body + "\n")
    relpath = path.relative_to(settings.root).as_posix()
    return Scaffolded(
        path,
        (
            f"Write the recap in {relpath}: replace the paragraph, adjust Speakers.",
            "Add `Slides: https://…` under the other metadata lines if there are slides.",
            f"Check it: cowork check {relpath}",
            "Then commit it: the recap is linked from the event page when the site is built.",
        ),
    )


def latest_occurrence(event: Event, now: dt.datetime, limit: int) -> Occurrence | None:
    """The last occurrence that started before `now` and was not cancelled."""
    past = [o for o in occurrences(event, now, limit) if o.start <= now and not o.cancelled]
    return past[-1] if past else None


def _read(settings: KitSettings, slug: str) -> Event:
    matches = [p for p in event_files(settings) if p.stem == slug]
    if not matches:
        raise ScaffoldError(f"no event '{slug}' in {settings.events_path.name}/", usage=True)
    doc, problems = load_yaml(matches[0], settings.root)
    if doc is not None and not problems:
        problems = validate_document(doc, load_schema("event"))
    event = None
    if doc is not None and not problems:
        event, problems = read_event(doc, settings)
    if event is None or problems:
        first = problems[0] if problems else f"{matches[0].name} is empty"
        raise ScaffoldError(f"cannot read the event: {first} (run `cowork check`)")
    return event
