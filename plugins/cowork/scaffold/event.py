"""`cowork new event`: a pre-filled, commented event file with a fresh `uid`, valid as written."""

from __future__ import annotations

import datetime as dt
import uuid
from importlib import resources

from cowork.errors import UsageError
from cowork.files.inventory import event_files
from cowork.files.names import SLUG
from cowork.scaffold.member import LANGUAGES
from cowork.scaffold.placeholders import EVENT_DESCRIPTIONS, EVENT_TITLES, HANDLES, in_language
from cowork.scaffold.write import Scaffolded, ScaffoldError, schema_comment, write_new
from cowork.settings import KitSettings
from cowork.site.language import base_language
from cowork.text.messages import msg


def event_template(
    today: dt.date,
    uid: str,
    organizer: str | None = None,
    schema_line: str = "",
    lang: str = "fr",
) -> str:
    """A proposed event a week from `today`, in the site's language (`event_files/<lang>.yaml`)."""
    start = today + dt.timedelta(days=7)
    # An example rule that agrees with the start: a series must start on one of its dates.
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[start.weekday()]
    handle = in_language(HANDLES, lang)
    organizers = f"organizers: [{organizer}]" if organizer else f"#organizers: [{handle}]"
    shipped = base_language(lang) if base_language(lang) in LANGUAGES else "en"
    text = resources.files("cowork.scaffold").joinpath("event_files", f"{shipped}.yaml")
    return schema_line + text.read_text("utf-8").format(
        title=in_language(EVENT_TITLES, lang),
        description=in_language(EVENT_DESCRIPTIONS, lang),
        start=start.isoformat(),
        weekday=weekday,
        organizers=organizers,
        uid=uid,
    )


def new_event(
    settings: KitSettings, slug: str, today: dt.date, organizer: str | None
) -> Scaffolded:
    if not SLUG.match(slug):
        raise UsageError(
            msg(
                "'{slug}' is not an event slug: lowercase letters, digits and single hyphens "
                "(for example opencoffee or atelier-git)",
                slug=slug,
            )
        )
    existing = [p for p in event_files(settings.events_path) if p.stem == slug]
    if existing:
        raise ScaffoldError(
            msg(
                "{path} already exists: event slugs are unique (choose another, or edit it)",
                path=existing[0].relative_to(settings.root).as_posix(),
            )
        )
    path = settings.events_path / f"{slug}.yaml"
    schema = schema_comment(settings, settings.events_path, "event")
    write_new(path, event_template(today, str(uuid.uuid4()), organizer, schema, settings.lang))
    relpath = path.relative_to(settings.root).as_posix()
    return Scaffolded(
        path,
        (
            msg("Fill in {file}: title, start, place and description.", file=relpath),
            msg("Keep the uid line as it is: calendars recognise the event by it."),
            msg("Check it: make check (or {command})", command=f".venv/bin/cowork check {relpath}"),
            msg("Then commit and open a pull request; an editor reviews the proposal."),
        ),
    )
