"""Event recaps' Pelican glue: any article with an `Event:` metadata line is a recap.

- `file_recap` (signal `article_generator_context`, before the article object exists) puts the
  recap in the recaps' category (`RECAPS_CATEGORY`, by default "Recaps" in the site's language:
  "Comptes rendus") and gives it the `recaps/article` template, which adds the event's card.
- `link_recaps` (signal `all_generators_finalized`: every article is read, the calendar is built
  and the member directory known, and nothing is written yet) checks every recap against the
  calendar (`EventsShare`), stops the build with every problem, then shares a `RecapsShare`
  (`cowork_pelican.shared`): the recaps by occurrence, by event (JSON-LD `subjectOf`) and by
  speaker, each recap's card (`cowork.recaps.cards`) and the feed's address.
The feed of recaps is Pelican's feed of their category (`CATEGORY_FEED_ATOM`), which holds recaps
only. State lives in the context of each run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cowork.events import views
from cowork.files.inventory import member_handles
from cowork.members.former import with_former
from cowork.problems import Problem
from cowork.recaps.cards import recap_card, subject_of_events
from cowork.recaps.check import RECAP_KEYS, Against, check_article, check_recap
from cowork.recaps.files import category_name
from cowork.recaps.header import Field, read_header
from cowork.recaps.links import RecapLink, by_occurrence, by_speaker
from cowork.recaps.model import Recap
from cowork.site.links import Person
from cowork.site.posting import posting_authors
from cowork.text.messages import msg
from pelican import signals
from pelican.generators import ArticlesGenerator
from pelican.urlwrappers import Category

from cowork_pelican import shared
from cowork_pelican.kit import kit_settings, site_relpath
from cowork_pelican.reporting import defer, report_all
from cowork_pelican.structured import bylines_of, card_image, publisher_of

logger = logging.getLogger(__name__)

RECAP_TEMPLATE = "recaps/article"


def file_recap(generator: Any, metadata: dict[str, Any]) -> None:
    if "event" not in metadata:
        return
    metadata["category"] = Category(
        category_name(kit_settings(generator.settings)), generator.settings
    )
    metadata.setdefault("template", RECAP_TEMPLATE)


def link_recaps(generators: Iterable[Any]) -> None:
    articles = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if articles is None:
        return
    context: dict[str, Any] = articles.context
    settings = articles.settings
    kit = kit_settings(settings)
    root = kit.root
    category = category_name(kit)
    everything = [
        *articles.articles,
        *articles.translations,
        *articles.hidden_articles,
        *articles.hidden_translations,
        *articles.drafts,
        *articles.drafts_translations,
    ]
    recap_articles = [a for a in everything if "event" in a.metadata]
    problems = _other_articles(everything, root, category)
    events = shared.events(context)
    members = shared.member_links(context)
    found: list[tuple[Any, Recap]] = []
    if events is None:
        if recap_articles:
            problems.append(
                Problem(
                    "pelicanconf.py",
                    None,
                    "PLUGINS",
                    msg("recaps need the calendar: expected 'cowork_pelican.events' in PLUGINS"),
                )
            )
    else:
        # Every known member when the directory is on, and the files of members/: a file that
        # failed to load is still a member's, and its own problem is the one to read, not an
        # "unknown member" in each recap that names them. None (not checked, as the calendar
        # does for organisers) when the site has no member at all.
        handles = (frozenset(members) | (member_handles(kit.members_path) or frozenset())) or None
        # A speaker whose member file was deleted in the history is a former member's handle:
        # the recap still builds, and the person is not named.
        named = [
            name.strip()
            for article in recap_articles
            for name in _text(article.metadata.get("speakers", "")).split(",")
        ]
        known = with_former(handles, named, kit)
        handles = frozenset(known) if known is not None else None
        against = Against(
            events.schedule,
            handles,
            events_dir=site_relpath(kit.events_path, root),
            members_dir=site_relpath(kit.members_path, root),
            category=category,
        )
        for article in recap_articles:
            draft = article.status == "draft"
            recap, trouble = check_recap(_relpath(article, root), _header(article), against, draft)
            problems += trouble
            if recap is not None:
                found.append((article, recap))
    defer(settings, problems)
    urls = events.urls if events else views.Urls.from_settings(kit)
    _share(context, found, articles.articles, members, settings, urls, Category(category, settings))


def _other_articles(everything: Iterable[Any], root: Path, category: str) -> list[Problem]:
    """Articles without `Event:` that carry recap keys or sit in the recaps' category."""
    problems: list[Problem] = []
    for article in everything:
        if "event" in article.metadata:
            continue
        looks_like = any(key in article.metadata for key in RECAP_KEYS)
        if looks_like or str(getattr(article, "category", "")) == category:
            problems += check_article(_relpath(article, root), _header(article), category)
    return problems


def _share(
    context: dict[str, Any],
    found: list[tuple[Any, Recap]],
    published: Iterable[Any],
    members: Mapping[str, Person],
    settings: dict[str, Any],
    urls: views.Urls,
    category: Category,
) -> None:
    kit = kit_settings(settings)
    listed = {id(article) for article in published}
    links = {id(a): RecapLink(str(a.title), str(a.url), a.date) for a, _ in found}
    shown = [(r, links[id(a)]) for a, r in found if id(a) in listed]
    per_occurrence = by_occurrence(shown)
    zone = ZoneInfo(kit.timezone)
    publisher = publisher_of(settings)
    cards = {
        article.source_path: recap_card(
            recap,
            links[id(article)],
            per_occurrence,
            members,
            zone,
            urls,
            kit.public_url,
            publisher.name,
            posting_authors(bylines_of(article), members, publisher),
            getattr(article, "modified", None),
            card_image(settings, str(article.url)),
        )
        for article, recap in found
    }
    feed = context.get("CATEGORY_FEED_ATOM")
    share = shared.RecapsShare(
        by_occurrence=per_occurrence,
        subject_of=subject_of_events(per_occurrence, kit.public_url),
        by_speaker=by_speaker(shown),
        cards=cards,
        feed_url=str(feed).format(slug=category.slug) if feed else None,
    )
    shared.set_recaps(context, share)


def _header(article: Any) -> dict[str, Field]:
    """The metadata with their lines from a Markdown file; from Pelican, without lines, else."""
    path = Path(article.source_path)
    if path.suffix.lower() in {".md", ".markdown", ".mkd", ".mdown"}:
        return read_header(path)
    return {
        key: Field(key.capitalize(), _text(article.metadata[key]), None)
        for key in ("event", "occurrence", "speakers", "slides", "category")
        if key in article.metadata
    }


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _relpath(article: Any, root: Path) -> str:
    return site_relpath(Path(article.source_path), root)


def register() -> None:
    # Before each article object is made: its category and template are a recap's from the start.
    signals.article_generator_context.connect(file_recap)
    # After every generate_context (articles, calendar, members), before any page is written.
    signals.all_generators_finalized.connect(link_recaps)
    # Its problems are shown with every other plugin's, before anything is written.
    signals.get_writer.connect(report_all)
