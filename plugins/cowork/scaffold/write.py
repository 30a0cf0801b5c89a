"""`cowork new member|event`: write a pre-filled, commented, valid file, never over another one.

The member template is also what the join page's "Rejoindre" button pre-fills in GitHub's web
editor (`member_template`), so a newcomer and a `make new-member` user start from the same text.
Comments are in French, the language of the space's members; the kit's English speakers have
CONTRIBUTING.md.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from cowork.check.strays import GITHUB_LOGIN
from cowork.scaffold.placeholders import EVENT_DESCRIPTION, EVENT_TITLE, MEMBER_NAME
from cowork.settings import KitSettings

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""Event slugs: lowercase letters and digits, single hyphens between words."""


class ScaffoldError(Exception):
    """The file cannot be written; `usage` says whether the arguments were wrong (exit 2)."""

    def __init__(self, message: str, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


@dataclass(frozen=True)
class Scaffolded:
    path: Path
    next_steps: tuple[str, ...]


def schema_comment(settings: KitSettings, target_dir: Path, name: str) -> str:
    """The `yaml-language-server` line for editors' completion, when the schema is shipped."""
    schema = settings.root / "plugins" / "cowork" / "schemas" / f"{name}.schema.json"
    if not schema.exists():
        return ""
    up = Path(*[".."] * len(target_dir.relative_to(settings.root).parts))
    relative = up / schema.relative_to(settings.root)
    return f"# yaml-language-server: $schema={relative.as_posix()}\n"


def member_template(
    today: dt.date,
    name: str = MEMBER_NAME,
    schema_line: str = "",
    handle: str = "votre-login",
) -> str:
    # Optional lines are commented with a bare `#` (no space after it): removing the `#`, as the
    # text asks, leaves a line that starts where it should.
    return f"""{schema_line}# Ta fiche dans l'annuaire de l'espace. Les lignes qui commencent par #
# sont des commentaires. Pour remplir une ligne, enlève le # qui la commence (rien d'autre).
# Le nom du fichier est ton identifiant GitHub en minuscules.
name: {name}
#title: Graphiste indépendante            # ce que tu fais, en une ligne
#skills: [illustration, mise en page]     # quelques mots-clés, pour qu'on te trouve
#company: Atelier Exemple
#links:                                   # des adresses https:// uniquement
#  website: https://exemple.fr
#  mastodon: https://mastodon.example/@toi
#bio: |
#  Quelques lignes sur toi, en Markdown. Pas d'adresse e-mail ni de numéro de téléphone :
#  la page est publique.
#avatar: {handle}.jpg                     # ta photo, déposée dans members/avatars/
consent:
  # En gardant cette ligne, tu acceptes d'apparaître dans l'annuaire public (date de ton
  # accord). Sans elle, tu es seulement compté·e parmi les membres.
  directory: {today.isoformat()}
  # Pour que ta photo soit publiée, enlève aussi le # de la ligne avatar et de celle-ci :
  #photo: {today.isoformat()}
# Les champs role, joined et number sont tenus par l'équipe éditoriale : ne les ajoute pas.
"""


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


def write_new(path: Path, text: str) -> None:
    """Create `path` with `text`; refuse if anything is already there (any letter case)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    clash = _existing_any_case(path)
    if clash is not None:
        raise ScaffoldError(f"{clash} already exists: nothing was written (edit it instead)")
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)


def _existing_any_case(path: Path) -> Path | None:
    if path.exists():
        return path
    lower = path.name.lower()
    return next((p for p in path.parent.iterdir() if p.name.lower() == lower), None)


def new_member(settings: KitSettings, handle: str, today: dt.date, name: str | None) -> Scaffolded:
    if not GITHUB_LOGIN.match(handle):
        raise ScaffoldError(
            f"'{handle}' is not a GitHub login: letters, digits and single hyphens", usage=True
        )
    path = settings.members_path / f"{handle.lower()}.yaml"
    schema = schema_comment(settings, settings.members_path, "member")
    write_new(path, member_template(today, name or MEMBER_NAME, schema, handle.lower()))
    relpath = path.relative_to(settings.root).as_posix()
    return Scaffolded(
        path,
        (
            f"Fill in {relpath} (at least your name; the comments say what each line is for).",
            f"Optionally add your photo as members/avatars/{handle.lower()}.jpg (or .png, "
            f".webp), then run make avatar FILE=members/avatars/{handle.lower()}.jpg: it resizes "
            "it and removes its location data.",
            f"Check it: make check (or .venv/bin/cowork check {relpath})",
            f"Then commit the file, and the photo too: git add {relpath} "
            f"members/avatars/ && git commit -m 'Add {handle.lower()} to the directory'; push "
            "and open a pull request.",
        ),
    )


def new_event(
    settings: KitSettings, slug: str, today: dt.date, organizer: str | None
) -> Scaffolded:
    if not SLUG.match(slug):
        raise ScaffoldError(
            f"'{slug}' is not an event slug: lowercase letters, digits and single hyphens "
            "(for example opencoffee or atelier-git)",
            usage=True,
        )
    existing = [p for p in settings.events_path.rglob("*.yaml") if p.stem == slug]
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
