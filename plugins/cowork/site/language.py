"""What changes with the site's language besides the catalogs: the words in its addresses and the
titles of its feeds. A visitor of an English site reads `/members/`, of a Dutch one `/leden/`.

Each is a default: a space overrides any of them in its settings (`MEMBERS_URL`...).
"""

from __future__ import annotations

from dataclasses import dataclass

from cowork.text.languages import UnknownLanguageError, parse_language

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


def words(lang: str) -> Words:
    """The words of `lang`'s addresses (a regional variant, `fr_BE`, has its language's);
    English for a language the kit does not ship."""
    try:
        base = parse_language(lang).language
    except UnknownLanguageError:
        return WORDS["en"]
    return WORDS.get(base, WORDS["en"])
