"""Share cards in the site: one picture per page, named in each page's head.

Thin glue over `cowork.sharecards`, in two phases:
- `gather` (signal `all_generators_finalized`: every article and page is read, the calendar and
  the directory are built, nothing is written yet) makes the card of each article, recap, page,
  event and member profile, and of the home page, and gives the templates `share_cards`: each
  page's card file, size and text alternative (`base.html` writes them as `og:image`). Two
  pages whose cards would be one file (`alpha/`, `alpha.html`) get a warning.
- `publish` (signal `finalized`: every page is written, the build is about to be swapped in)
  draws the cards the cache does not have yet (several at once, one per core), copies each
  into `cards/` and forgets those no page uses any more.
`COWORK_SHARE_CARDS = False` turns both off. The run's cards wait between the two phases in that
run's settings, so builds in one process (`make serve`) never share them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any
from zoneinfo import ZoneInfo

from cowork.events.pages import lead_date
from cowork.problems import Problem, Severity
from cowork.settings import KitSettings
from cowork.sharecards.cache import CACHE_FOLDER, CardCache
from cowork.sharecards.card import Card, Published, ShareCards, card_path, shared_paths
from cowork.sharecards.pages import (
    Site,
    article_card,
    event_card,
    home_card,
    page_card,
    profile_card,
)
from cowork.space.model import Colors
from cowork.text.messages import msg
from markupsafe import Markup
from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator

from cowork_pelican import reporting, shared
from cowork_pelican.kit import kit_settings, site_relpath

logger = logging.getLogger(__name__)

MAX_DRAWING_THREADS = 4
_PENDING = "_cowork_share_cards"
"""Where `gather` leaves the run's cards, by page URL, for `publish`."""


def gather(generators: Iterable[Any]) -> None:
    generators = list(generators)
    first = generators[0]
    context: MutableMapping[str, Any] = first.context
    settings: MutableMapping[str, Any] = first.settings
    kit = kit_settings(settings)
    if not kit.share_cards:
        context["share_cards"] = ShareCards()
        return
    cards, sources = _cards(generators, context, kit)
    reporting.defer(settings, _shared_files(cards, sources))
    settings[_PENDING] = cards
    published = {url: Published(url, card) for url, card in cards.items()}
    context["share_cards"] = ShareCards(published, published.get(""))


def publish(pelican: Any) -> None:
    cards: Mapping[str, Card] | None = pelican.settings.pop(_PENDING, None)
    if not cards:
        return
    kit = kit_settings(pelican.settings)
    cache = CardCache(kit.root / CACHE_FOLDER)
    # Paths as text (see `KeyedFiles.file`): one per page of the site.
    output = str(pelican.output_path)
    placements = [(card, os.path.join(output, card_path(url))) for url, card in cards.items()]  # noqa: PTH118
    for folder in {os.path.dirname(target) for _, target in placements}:  # noqa: PTH120
        os.makedirs(folder, exist_ok=True)  # noqa: PTH103
    cache.place_all(placements, _drawing_threads())
    removed = cache.prune()
    logger.info(
        "Share cards: %d drawn, %d reused, %d no longer used removed from %s",
        cache.drawn,
        cache.reused,
        removed,
        CACHE_FOLDER,
    )


def _drawing_threads() -> int:
    """Threads that draw the missing cards: the cores this build may use, at most four. Each
    holds a card (3 MB) and, for a member's photo, that photo as read: a few MB for a JPEG,
    which is decoded at a reduced size, up to 64 MB for a 4,000-pixel PNG or WebP."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_DRAWING_THREADS, cores))


def _shared_files(cards: Mapping[str, Card], sources: Mapping[str, str]) -> list[Problem]:
    """A warning for each page whose card would be another page's file (`shared_paths`), at
    that page's source file."""
    problems = []
    for path, (first, *others) in shared_paths(cards).items():
        for url in others:
            problems.append(
                Problem(
                    sources.get(url) or sources.get(first) or "pelicanconf.py",
                    None,
                    "URL",
                    msg(
                        "the share card of the page at {url} would be {path}, the file of the "
                        "card of the page at {other}: one of them would show the other's card",
                        url=url or "/",
                        path=path,
                        other=first or "/",
                    ),
                    Severity.WARNING,
                    hint=msg(
                        "give one of the two pages another address (its Slug, or its URL and "
                        "Save_as)"
                    ),
                )
            )
    return problems


def _cards(
    generators: list[Any], context: Mapping[str, Any], kit: KitSettings
) -> tuple[dict[str, Card], dict[str, str]]:
    """Each page's card by its address, and the source file of each article and page (relative
    to the site's root)."""
    space = kit.space
    colors = space.get("colors")
    site = Site(kit.sitename, colors if isinstance(colors, Colors) else Colors(), kit.lang)
    place = " ".join(str(space.get(k) or "") for k in ("postcode", "city")).strip()
    address = ", ".join(part for part in (str(space.get("street") or ""), place) if part)
    cards = {"": home_card(site, str(context.get("SITESUBTITLE") or ""), address)}
    sources: dict[str, str] = {}
    root = kit.root.resolve()
    for generator in generators:
        if isinstance(generator, ArticlesGenerator):
            # Drafts are left out: their pages are not meant to be shared yet.
            for article in [*generator.articles, *generator.translations]:
                authors = [str(a.name) for a in getattr(article, "authors", [])]
                cards[article.url] = article_card(
                    site, _plain(article.title), article.date, authors
                )
                sources[article.url] = site_relpath(article.source_path, root)
        elif isinstance(generator, PagesGenerator):
            everyone = [
                *generator.pages,
                *generator.translations,
                *generator.hidden_pages,
                *generator.hidden_translations,
            ]
            for page in everyone:
                cards[page.url] = page_card(site, _plain(page.title))
                sources[page.url] = site_relpath(page.source_path, root)
    events = shared.events(context)
    if events is not None:
        zone = ZoneInfo(kit.timezone)
        for event in events.schedule.events:
            lead = lead_date(event, events.schedule, zone, events.urls)
            cards[events.urls.event(event.slug)] = event_card(site, lead)
    members = shared.members(context)
    for profile in members.profiles if members else ():
        cards[profile.url] = profile_card(site, profile)
    return cards, sources


def _plain(title: Any) -> str:
    """A title as plain text: Pelican's titles are HTML (entities, typography)."""
    return str(Markup(str(title)).striptags())


def register() -> None:
    # Every page's data is known and nothing is written yet: the templates get each page's card.
    signals.all_generators_finalized.connect(gather)
    # Every page is written and the build succeeded so far: the pictures join them.
    signals.finalized.connect(publish)
