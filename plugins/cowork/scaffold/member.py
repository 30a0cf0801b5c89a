"""`cowork new member`: a pre-filled, commented member file that passes the check as written.

The template is also what the join page's "Rejoindre" button pre-fills in the forge's web editor
(`member_template`), so a newcomer and a `make new-member` user start from the same text.
Comments are in French, the language of the space's members; the kit's English speakers have
CONTRIBUTING.md.
"""

from __future__ import annotations

import datetime as dt

from cowork.errors import UsageError
from cowork.files.names import GITHUB_LOGIN
from cowork.scaffold.placeholders import MEMBER_NAME
from cowork.scaffold.write import Scaffolded, schema_comment, write_new
from cowork.settings import KitSettings


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


def new_member(settings: KitSettings, handle: str, today: dt.date, name: str | None) -> Scaffolded:
    if not GITHUB_LOGIN.match(handle):
        raise UsageError(f"'{handle}' is not a GitHub login: letters, digits and single hyphens")
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
