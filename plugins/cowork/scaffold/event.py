"""`cowork new event`: a pre-filled, commented event file with a fresh `uid`, valid as written."""

from __future__ import annotations

import datetime as dt
import uuid

from cowork.errors import UsageError
from cowork.files.inventory import event_files
from cowork.files.names import SLUG
from cowork.scaffold.placeholders import EVENT_DESCRIPTION, EVENT_TITLE
from cowork.scaffold.write import Scaffolded, ScaffoldError, schema_comment, write_new
from cowork.settings import KitSettings


def event_template(
    today: dt.date, uid: str, organizer: str | None = None, schema_line: str = ""
) -> str:
    start = today + dt.timedelta(days=7)
    # An example rule that agrees with the start: a series must start on one of its dates.
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[start.weekday()]
    organizers = f"organizers: [{organizer}]" if organizer else "#organizers: [ton-identifiant]"
    return f"""{schema_line}# Une proposition d'événement, relue par l'équipe éditoriale avant
# publication. Les lignes qui commencent par # sont des commentaires : pour en remplir une,
# enlève le # qui la commence (rien d'autre).
title: {EVENT_TITLE}
start: {start.isoformat()} 18:00        # heure locale
duration: 1h30                     # ou end: {start.isoformat()} 19:30
location: Grande salle             # une salle de l'espace, ou une adresse
description: |
  {EVENT_DESCRIPTION}
{organizers}                   # identifiants des membres qui l'organisent
#tags: [atelier]
#repeat: FREQ=WEEKLY;BYDAY={weekday}    # pour une série (règle RFC 5545) : chaque semaine
#registration: https://exemple.fr/inscription
status: confirmed
# Identifiant stable de l'événement dans les agendas : ne le change jamais.
uid: {uid}
"""


def new_event(
    settings: KitSettings, slug: str, today: dt.date, organizer: str | None
) -> Scaffolded:
    if not SLUG.match(slug):
        raise UsageError(
            f"'{slug}' is not an event slug: lowercase letters, digits and single hyphens "
            "(for example opencoffee or atelier-git)"
        )
    existing = [p for p in event_files(settings.events_path) if p.stem == slug]
    if existing:
        raise ScaffoldError(
            f"{existing[0].relative_to(settings.root).as_posix()} already exists: "
            "event slugs are unique (choose another, or edit it)"
        )
    path = settings.events_path / f"{slug}.yaml"
    schema = schema_comment(settings, settings.events_path, "event")
    write_new(path, event_template(today, str(uuid.uuid4()), organizer, schema))
    relpath = path.relative_to(settings.root).as_posix()
    return Scaffolded(
        path,
        (
            f"Fill in {relpath}: title, start, place and description.",
            "Keep the uid line as it is: calendars recognise the event by it.",
            f"Check it: make check (or .venv/bin/cowork check {relpath})",
            "Then commit and open a pull request; an editor reviews the proposal.",
        ),
    )
