"""What other tools read about the site: `spaceapi.json`, the home page's `LocalBusiness`, each
article's `BlogPosting`, and the linked spaces an about page lists.

- `add_space_globals` (signal `generator_init`): every template gets `SPACE_JSONLD` (the
  `LocalBusiness`, which the home page writes in its head) and `LINKED_SPACES` (for a page with
  `Template: about`).
- `card_image`: a page's share card (`cowork_pelican.sharecards`) as its JSON-LD `image`, for
  articles, recaps, events and the home page.
- `add_postings` (signal `all_generators_finalized`: every article is read, bylines of members
  who are not published are already the site's, and the directory is known) shares
  `article_postings` {source path: JSON-LD}; recaps carry theirs on their card.
- `write_spaceapi` (signal `finalized`) writes `spaceapi.json` at the site's root.

`space.yaml` is read once per run, kept in the run's own settings (like `KitSettings`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path
from typing import Any

from cowork.clock import build_now
from cowork.sharecards.card import card_path
from cowork.site.links import Person
from cowork.site.posting import Byline, Publisher, blog_posting, posting_authors
from cowork.space import SPACE_FILE
from cowork.space.load import load_space
from cowork.space.model import Space
from cowork.space.spaceapi import Feeds, spaceapi
from cowork.space.structured import local_business
from cowork.text.jsonld import script_json
from markupsafe import Markup
from pelican import signals
from pelican.generators import ArticlesGenerator

from cowork_pelican import shared
from cowork_pelican.kit import kit_settings

logger = logging.getLogger(__name__)

SPACEAPI_FILE = "spaceapi.json"
LOGO = "images/favicon.svg"
"""The theme's icon, under the theme's static folder: the space's logo for SpaceAPI."""

_SPACE = "_cowork_space"


def space_of(settings: MutableMapping[str, Any]) -> Space | None:
    """The run's `space.yaml`, read once; None when it cannot be read (the build then stops at
    its problems, reported by `cowork_pelican.kit`)."""
    if _SPACE not in settings:
        root = kit_settings(settings).root
        settings[_SPACE], _ = load_space(root / SPACE_FILE, root)
    found = settings[_SPACE]
    return found if isinstance(found, Space) else None


def publisher_of(settings: MutableMapping[str, Any]) -> Publisher:
    """The site as publisher of its articles; `AUTHOR` is how it signs them."""
    kit = kit_settings(settings)
    name = kit.sitename or str(settings.get("SITENAME", ""))
    return Publisher(name, kit.public_url, str(settings.get("AUTHOR") or ""))


def card_image(settings: MutableMapping[str, Any], page_url: str) -> str | None:
    """The absolute address of the share card of the page at `page_url`, for its JSON-LD
    `image`; None when the site makes no cards (or has no public address to give)."""
    kit = kit_settings(settings)
    cards_on = "cowork_pelican.sharecards" in settings.get("PLUGINS", [])
    if not (cards_on and kit.share_cards and kit.public_url):
        return None
    return f"{kit.public_url}/{card_path(page_url)}"


def bylines_of(article: Any) -> list[Byline]:
    return [Byline(str(author), str(author.slug)) for author in getattr(article, "authors", [])]


def add_space_globals(generator: Any) -> None:
    space = space_of(generator.settings)
    kit = kit_settings(generator.settings)
    jsonld = ""
    if space is not None:
        today = build_now(kit.timezone).date()
        image = card_image(generator.settings, "")
        jsonld = script_json(local_business(space, kit.public_url, today, image))
    generator.env.globals["SPACE_JSONLD"] = jsonld
    generator.env.globals["LINKED_SPACES"] = space.linked_spaces if space else ()


def add_postings(generators: Iterable[Any]) -> None:
    articles = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if articles is None:
        return
    settings = articles.settings
    publisher = publisher_of(settings)
    members = shared.member_links(articles.context)
    everything = [*articles.articles, *articles.translations]
    articles.context["article_postings"] = {
        str(article.source_path): script_json(
            posting(article, members, publisher, card_image(settings, article.url))
        )
        for article in everything
    }


def posting(
    article: Any, members: Mapping[str, Person], publisher: Publisher, image: str | None
) -> dict[str, Any]:
    """The `BlogPosting` of a Pelican article; `image`: its share card's address."""
    return blog_posting(
        plain_title(article.title),
        f"{publisher.site_url}/{article.url}",
        article.date,
        getattr(article, "modified", None),
        posting_authors(bylines_of(article), members, publisher),
        publisher,
        image,
    )


def write_spaceapi(pelican: Any) -> None:
    settings = pelican.settings
    kit = kit_settings(settings)
    space = space_of(settings)
    if space is None or not kit.public_url:
        logger.info("No PUBLIC_URL: %s is not written", SPACEAPI_FILE)
        return
    events_on = "cowork_pelican.events" in settings.get("PLUGINS", [])
    feeds = Feeds(
        blog_atom=str(settings.get("FEED_ALL_ATOM") or ""),
        calendar_ics=kit.events_calendar_url if events_on else "",
    )
    logo = f"{settings.get('THEME_STATIC_DIR', 'theme')}/{LOGO}"
    data = spaceapi(space, kit.public_url, logo, feeds)
    target = Path(pelican.output_path) / SPACEAPI_FILE
    target.write_text(script_json(data, sort_keys=False) + "\n", "utf-8")


def plain_title(title: Any) -> str:
    """Pelican's titles are HTML (typography, entities): structured data wants the text."""
    return str(Markup(str(title)).striptags())


def register() -> None:
    # Each generator's templates: the space's JSON-LD and linked spaces as globals.
    signals.generator_init.connect(add_space_globals)
    # Every article read and re-signed, members known, nothing written yet.
    signals.all_generators_finalized.connect(add_postings)
    # After every page: spaceapi.json beside them, before AtomicPelican swaps output/ in.
    signals.finalized.connect(write_spaceapi)
