"""The example texts the templates ask people to replace, written once per language: the
templates write them and the checks refuse them (in whichever language the file was started), so
that a file sent as it was started is told what to fill in."""

from __future__ import annotations

from cowork.site.language import base_language

MEMBER_NAMES = {"fr": "Prénom Nom", "en": "First Last", "nl": "Voornaam Achternaam"}
HANDLES = {"fr": "votre-login", "en": "your-login", "nl": "jouw-login"}
EVENT_TITLES = {
    "fr": "Titre de l'événement",
    "en": "Title of the event",
    "nl": "Titel van de activiteit",
}
EVENT_DESCRIPTIONS = {
    "fr": "Ce qui va se passer, pour qui, et s'il faut s'inscrire (Markdown).",
    "en": "What will happen, for whom, and whether to register (Markdown).",
    "nl": "Wat er gebeurt, voor wie, en of je je moet inschrijven (Markdown).",
}
# The French ones, as the demo's scaffolds write them.
MEMBER_NAME = MEMBER_NAMES["fr"]
EVENT_TITLE = EVENT_TITLES["fr"]
EVENT_DESCRIPTION = EVENT_DESCRIPTIONS["fr"]


def in_language(table: dict[str, str], lang: str) -> str:
    """The text of `table` for `lang` (a regional variant reads its language's; English for a
    language the kit does not ship)."""
    return table.get(base_language(lang), table["en"])
