"""`cowork new recap EVENT`: a recap article pre-filled from the event it tells about.

What it writes comes from the recaps core (`cowork.recaps.draft`): the latest occurrence that took
place, as the calendar shows it (skipped, moved and cancelled dates included), the organisers as
speakers. This module only finds the event's file for its messages and writes the file.
"""

from __future__ import annotations

import datetime as dt
import difflib

from cowork.errors import UsageError
from cowork.events.schedule import build_schedule
from cowork.files.inventory import event_files
from cowork.files.yamlfile import load_yaml
from cowork.recaps.draft import draft_recap
from cowork.scaffold.write import Scaffolded, ScaffoldError, write_new
from cowork.settings import KitSettings
from cowork.text.messages import msg


def new_recap(settings: KitSettings, slug: str, now: dt.datetime, author: str | None) -> Scaffolded:
    files = [p for p in event_files(settings.events_path) if p.stem == slug]
    if not files:
        close = difflib.get_close_matches(
            slug, [p.stem for p in event_files(settings.events_path)], 1, 0.6
        )
        folder = f"{settings.events_path.name}/"
        raise UsageError(
            msg(
                "no event '{slug}' in {folder} (did you mean '{close}'?)",
                slug=slug,
                folder=folder,
                close=close[0],
            )
            if close
            else msg("no event '{slug}' in {folder}", slug=slug, folder=folder)
        )
    schedule, problems = build_schedule(settings, now)
    if schedule.event(slug) is None:
        relpath = files[0].relative_to(settings.root).as_posix()
        first = next((p for p in problems if p.file == relpath), None)
        why = (
            msg("{where}: {what}", where=first.location, what=first.message)
            if first
            else msg("{file} is empty", file=files[0].name)
        )
        raise ScaffoldError(msg("cannot read the event: {why} (run `make check`)", why=why))
    event = schedule.event(slug)
    handle = author or (event.organizers[0] if event and event.organizers else None)
    draft = draft_recap(schedule, slug, settings.lang, _readable(settings, handle))
    path = settings.content_path / "recaps" / draft.filename
    write_new(path, draft.text)
    relpath = path.relative_to(settings.root).as_posix()
    return Scaffolded(
        path,
        (
            msg("Write the recap in {file}: replace the paragraph, adjust Speakers.", file=relpath),
            msg("Add `Slides: https://…` under the other metadata lines if there are slides."),
            msg("Check it: make check (or {command})", command=f".venv/bin/cowork check {relpath}"),
            msg("Then commit it: the recap is linked from the event page when the site is built."),
        ),
    )


def _readable(settings: KitSettings, handle: str | None) -> str | None:
    """The name a reader recognises for `handle`: the `name` of their member file, or the
    handle when there is none (the blog would otherwise title an author page with a login)."""
    if handle is None:
        return None
    path = settings.members_path / f"{handle.lower()}.yaml"
    if path.is_file() and not path.is_symlink():
        doc, _ = load_yaml(path, settings.root)
        name = doc.data.get("name") if doc is not None and isinstance(doc.data, dict) else None
        if isinstance(name, str) and name.strip():
            return name.strip()
    return handle
