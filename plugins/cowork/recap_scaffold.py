"""`cowork new recap EVENT`: a recap article pre-filled from the event it tells about.

Reads the event file on its own (title, start, `repeat`, `except`, organisers) with the safe YAML
loader and finds the latest occurrence before now with dateutil; moved occurrences (`changes`) are
the events core's business and are not taken into account here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.rrule import rrulestr

from cowork.config import KitSettings
from cowork.dates import long_date
from cowork.inventory import event_files
from cowork.scaffold import Scaffolded, ScaffoldError, write_new
from cowork.yamlfile import load_yaml


def new_recap(settings: KitSettings, slug: str, now: dt.datetime, author: str | None) -> Scaffolded:
    matches = [p for p in event_files(settings) if p.stem == slug]
    if not matches:
        raise ScaffoldError(f"no event '{slug}' in {settings.events_path.name}/", usage=True)
    doc, problems = load_yaml(matches[0], settings.root)
    if doc is None or not isinstance(doc.data, dict):
        reason = problems[0] if problems else "it is empty"
        raise ScaffoldError(f"cannot read the event: {reason}")
    event: dict[str, Any] = doc.data
    occurrence = latest_occurrence(event, now)
    if occurrence is None:
        raise ScaffoldError(f"'{slug}' has no occurrence before now: write the recap afterwards")
    title = str(event.get("title", slug))
    organizers = [str(h) for h in event.get("organizers") or [] if isinstance(h, str)]
    series = bool(event.get("repeat"))
    path = settings.content_path / "recaps" / f"{occurrence.isoformat()}-{slug}.md"
    lines = [
        f"Title: Compte rendu : {title}, {long_date(occurrence, settings.lang)}",
        f"Date: {now:%Y-%m-%d %H:%M}",
        f"Author: {author or (organizers[0] if organizers else 'votre-identifiant')}",
        f"Event: {slug}",
    ]
    if series:
        lines.append(f"Occurrence: {occurrence.isoformat()}")
    if organizers:
        lines.append(f"Speakers: {', '.join(organizers)}")
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


def latest_occurrence(event: dict[str, Any], now: dt.datetime) -> dt.date | None:
    """The date of the last occurrence that started before `now` (naive, local)."""
    start = _as_datetime(event.get("start"))
    if start is None:
        return None
    local_now = now.replace(tzinfo=None)
    rule_text = event.get("repeat")
    if not rule_text:
        return start.date() if start <= local_now else None
    skipped = {_as_date(d) for d in event.get("except") or []}
    rule = rrulestr(str(rule_text), dtstart=start)
    for when in reversed(rule.between(start, local_now, inc=True)):
        if when.date() not in skipped:
            day: dt.date = when.date()
            return day
    return None


def _as_datetime(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _as_date(value: Any) -> dt.date | None:
    found = _as_datetime(value)
    return found.date() if found else None
