"""Recap files checked without Pelican, for the `cowork` command: the same rules as the build.

Recaps are Markdown articles of `content/` with an `Event:` line; the calendar they are checked
against is built from `events/` as the site would build it now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from cowork.events.schedule import Schedule, build_schedule
from cowork.files.inventory import event_files, member_handles
from cowork.members.former import with_former
from cowork.problems import Problem
from cowork.recaps.check import RECAP_KEYS, Against, check_article, check_recap
from cowork.recaps.header import read_header
from cowork.scaffold.placeholders import RECAP_PARAGRAPHS
from cowork.settings import KitSettings
from cowork.text.i18n import load_translations


def category_name(settings: KitSettings) -> str:
    """`RECAPS_CATEGORY`, else "Recaps" in the site's language (as the build names it)."""
    if settings.recaps_category:
        return settings.recaps_category
    theme = settings.theme_path
    return load_translations(theme / "translations", settings.lang).gettext("Recaps")


def check_recap_files(
    paths: Iterable[Path],
    settings: KitSettings,
    now: dt.datetime,
    schedule: Schedule | None = None,
) -> list[Problem]:
    """Every problem of the Markdown files `paths`: recaps, and articles that look like one.

    Problems of the event files themselves are left to the events' checks.
    """
    paths = list(paths)
    if not paths:
        return []
    if schedule is None:
        schedule, _ = build_schedule(settings, now)
    written = {p.stem for p in event_files(settings.events_path)}
    headers = {path: read_header(path) for path in paths}
    named = [
        name.strip()
        for header in headers.values()
        if "speakers" in header
        for name in header["speakers"].value.split(",")
    ]
    handles = with_former(member_handles(settings.members_path), named, settings)
    category = category_name(settings)
    against = Against(
        schedule,
        handles,
        events_dir=_relpath(settings.events_path, settings.root),
        members_dir=_relpath(settings.members_path, settings.root),
        category=category,
        unreadable_events=frozenset(written - {e.slug for e in schedule.events}),
    )
    problems: list[Problem] = []
    for path in paths:
        header = headers[path]
        source = _relpath(path, settings.root)
        if "event" in header:
            status = header.get("status")
            draft = status is not None and status.value.lower() == "draft"
            problems += check_recap(source, header, against, draft)[1]
            problems += stock_paragraph(path, source)
        elif any(key in header for key in RECAP_KEYS) or "category" in header:
            problems += check_article(source, header, category)
    return problems


def stock_paragraph(path: Path, source: str) -> list[Problem]:
    """The example paragraph of `cowork new recap`, left as it was written."""
    for number, line in enumerate(path.read_text("utf-8", errors="replace").splitlines(), 1):
        if any(paragraph in line for paragraph in RECAP_PARAGRAPHS.values()):
            return [
                Problem(
                    source,
                    number,
                    "",
                    "expected the recap's text, found the template's example paragraph",
                    hint="replace it with what was said, who came and what to remember",
                )
            ]
    return []


def _relpath(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
