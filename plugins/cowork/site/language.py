"""What changes with the site's language besides the catalogs: the words in its addresses and the
titles of its feeds. A visitor of an English site reads `/members/`, of a Dutch one `/leden/`.

Each is a default: a space overrides any of them in its settings (`MEMBERS_URL`...).
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("fr", "en", "nl")
"""The interface languages the kit ships catalogs for."""


@dataclass(frozen=True)
class Words:
    members: str
    skills: str
    events: str
    archives: str
    tag: str
    tags: str
    category: str
    categories: str
    author: str
    authors: str
    events_feed: str
    """The events' Atom feed file name, without `.atom.xml`."""
    events_feed_title: str


WORDS = {
    "fr": Words(
        members="membres",
        skills="competences",
        events="evenements",
        archives="archives",
        tag="etiquette",
        tags="etiquettes",
        category="categorie",
        categories="categories",
        author="auteur",
        authors="auteurs",
        events_feed="evenements",
        events_feed_title="Agenda",
    ),
    "en": Words(
        members="members",
        skills="skills",
        events="events",
        archives="archive",
        tag="tag",
        tags="tags",
        category="category",
        categories="categories",
        author="author",
        authors="authors",
        events_feed="events",
        events_feed_title="Events",
    ),
    "nl": Words(
        members="leden",
        skills="vaardigheden",
        events="agenda",
        archives="archief",
        tag="label",
        tags="labels",
        category="categorie",
        categories="categorieen",
        author="auteur",
        authors="auteurs",
        events_feed="agenda",
        events_feed_title="Agenda",
    ),
}


def base_language(lang: str) -> str:
    """`fr_BE` → `fr`: regional variants share their language's words and catalogs."""
    return lang.replace("-", "_").split("_")[0].lower()


def words(lang: str) -> Words:
    """The words of `lang`'s addresses; English for a language the kit does not ship."""
    return WORDS.get(base_language(lang), WORDS["en"])
