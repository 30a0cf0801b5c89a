"""What changes with the site's language besides the catalogs: the words in its addresses and the
titles of its feeds. A visitor of an English site reads `/members/`, of a Dutch one `/leden/`.

Each is a default: a space overrides any of them in its settings (`MEMBERS_URL`...).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache

from cowork.text.languages import UnknownLanguageError, parse_language

LANGUAGES = ("fr", "en", "nl")
"""The interface languages the kit ships catalogs for."""


@dataclass(frozen=True)
class Words:
    """The words of the site's addresses and feed titles, in the site's language."""

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


@cache
def site_languages() -> tuple[str, ...]:
    """Every language a site can be written in: the kit's three, and each regional variant Babel
    knows for them (fr_BE, en_GB, nl_BE...), whose dates are written the local way."""
    from babel import localedata  # imported here: only a language to check reads the list

    variants = (
        name
        for name in localedata.locale_identifiers()
        if re.fullmatch(r"[a-z]{2}_[A-Z]{2}", name) and name[:2] in LANGUAGES
    )
    return (*LANGUAGES, *sorted(variants))


def site_language(text: str) -> str | None:
    """`text` as a site's language (`en-gb` → `en_GB`), or None when the kit cannot write it."""
    base, _, region = text.strip().replace("-", "_").partition("_")
    name = f"{base.lower()}_{region.upper()}" if region else base.lower()
    return name if name in site_languages() else None


def nearest_languages(text: str) -> list[str]:
    """The site languages whose names are closest to `text`, for "did you mean" hints:
    `english` → en, `fr_XX` → fr, fr_FR..."""
    written = text.strip().replace("-", "_")
    base = written[:2].lower()
    names = site_languages()
    if base in LANGUAGES:
        if written[2:3] != "_":
            return [base]
        variants = [n for n in names if n.startswith(f"{base}_")]
        close = difflib.get_close_matches(f"{base}_{written[3:].upper()}", variants, 2, 0.5)
        return [base, *close]
    return difflib.get_close_matches(written.lower(), names, n=3, cutoff=0.5)


def base_language(lang: str) -> str:
    """`fr_BE` → `fr`: regional variants share their language's words and catalogs."""
    if lang in WORDS:
        return lang  # one of the kit's own: nothing to parse (Babel's data is slow to load)
    try:
        return parse_language(lang).language
    except UnknownLanguageError:
        return lang.replace("-", "_").split("_")[0].lower()


def words(lang: str) -> Words:
    """The words of `lang`'s addresses (a regional variant, `fr_BE`, has its language's);
    English for a language the kit does not ship."""
    return WORDS.get(base_language(lang), WORDS["en"])


IDS: dict[str, dict[str, str]] = {
    "fr": {
        "year": "annee",
        "month": "mois",
        "content": "contenu",
        "latest_articles": "derniers-articles",
        "upcoming_events": "prochains-evenements",
        "later": "plus-tard",
        "subscription": "abonnement",
        "calendar_address": "adresse-agenda",
        "month_list": "liste-du-mois",
        "month_grid": "grille-du-mois",
        "month_caption": "legende-du-mois",
        "add": "ajouter",
        "next_dates": "prochaines-dates",
        "series_subscription": "abonnement-serie",
        "series_address": "adresse-serie",
        "past_dates": "dates-passees",
        "tag_calendars": "agendas-etiquettes",
        "about": "presentation",
        "skills": "competences",
        "elsewhere": "ailleurs",
        "all_members": "tous-les-membres",
        "skill_members": "membres-competence",
        "plans": "formules",
        "hours": "horaires",
        "closures": "fermetures",
        "home_members": "qui-travaille-ici",
        "home_plans": "formules-et-tarifs",
        "access": "venir",
        "join": "nous-rejoindre",
        "linked_spaces": "espaces-amis",
    },
    "en": {
        "year": "year",
        "month": "month",
        "content": "content",
        "latest_articles": "latest-articles",
        "upcoming_events": "upcoming-events",
        "later": "later",
        "subscription": "subscribe",
        "calendar_address": "calendar-address",
        "month_list": "month-list",
        "month_grid": "month-grid",
        "month_caption": "month-caption",
        "add": "add-to-calendar",
        "next_dates": "next-dates",
        "series_subscription": "subscribe-series",
        "series_address": "series-address",
        "past_dates": "past-dates",
        "tag_calendars": "tag-calendars",
        "about": "about",
        "skills": "skills",
        "elsewhere": "elsewhere",
        "all_members": "all-members",
        "skill_members": "skill-members",
        "plans": "plans",
        "hours": "opening-hours",
        "closures": "closures",
        "home_members": "who-works-here",
        "home_plans": "plans-and-prices",
        "access": "getting-here",
        "join": "join-us",
        "linked_spaces": "linked-spaces",
    },
    "nl": {
        "year": "jaar",
        "month": "maand",
        "content": "inhoud",
        "latest_articles": "laatste-artikels",
        "upcoming_events": "komende-activiteiten",
        "later": "later",
        "subscription": "abonneren",
        "calendar_address": "agenda-adres",
        "month_list": "maandlijst",
        "month_grid": "maandrooster",
        "month_caption": "maandbijschrift",
        "add": "toevoegen",
        "next_dates": "volgende-data",
        "series_subscription": "reeks-abonneren",
        "series_address": "reeks-adres",
        "past_dates": "eerdere-data",
        "tag_calendars": "label-agendas",
        "about": "over",
        "skills": "vaardigheden",
        "elsewhere": "elders",
        "all_members": "alle-leden",
        "skill_members": "leden-vaardigheid",
        "plans": "formules",
        "hours": "openingsuren",
        "closures": "sluitingsdagen",
        "home_members": "wie-werkt-hier",
        "home_plans": "formules-en-prijzen",
        "access": "bereikbaarheid",
        "join": "word-lid",
        "linked_spaces": "bevriende-ruimtes",
    },
}
"""The ids of the pages' sections, which show in addresses (`#contenu`, `#content`): in the
site's language, by the name the templates give each (`ID.content`)."""


def ids(lang: str) -> dict[str, str]:
    """The section ids of a site in `lang` (English for a language the kit does not ship)."""
    return IDS.get(base_language(lang), IDS["en"])
