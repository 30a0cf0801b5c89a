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
# The paragraph of a new recap. The example of a photo is code, so that the file builds as it is.
RECAP_PARAGRAPHS = {
    "fr": "Ce qui s'est dit, qui est venu, ce qu'on en retient. Les photos vont dans "
    "content/images/ et s'insèrent ainsi : `![Ce que montre la photo]({static}/images/photo.jpg)`",
    "en": "What was said, who came, what to remember. Photos go in content/images/ and are "
    "inserted like this: `![What the photo shows]({static}/images/photo.jpg)`",
    "nl": "Wat er gezegd werd, wie er kwam, wat we onthouden. Foto's gaan in content/images/ en "
    "voeg je zo in: `![Wat de foto toont]({static}/images/foto.jpg)`",
}
# The French ones, as the demo's scaffolds write them.
MEMBER_NAME = MEMBER_NAMES["fr"]
EVENT_TITLE = EVENT_TITLES["fr"]
EVENT_DESCRIPTION = EVENT_DESCRIPTIONS["fr"]


def in_language(table: dict[str, str], lang: str) -> str:
    """The text of `table` for `lang` (a regional variant reads its language's; English for a
    language the kit does not ship)."""
    return table.get(base_language(lang), table["en"])
