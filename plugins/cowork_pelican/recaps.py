"""Event recaps' Pelican glue: any article with an `Event:` metadata line is a recap.

- `file_recap` (signal `article_generator_context`, before the article object exists) puts the
  recap in the recaps' category (`RECAPS_CATEGORY`, by default "Recaps" in the site's language:
  "Comptes rendus") and gives it the `recaps/article` template, which adds the event's card.
- `link_recaps` (signal `all_generators_finalized`: every article is read, the calendar is built
  and the member directory known, and nothing is written yet) checks every recap against the
  calendar, stops the build with every problem, then shares in the context what pages show:
  `recaps_by_occurrence` {(slug, original date): [RecapLink]} for the lists of dates,
  `recaps_subject_of` {slug: [schema.org BlogPosting]} for the events' JSON-LD,
  `recap_cards` {article source path: RecapCard} for the articles, `recaps_feed_url`, and
  `recaps_by_speaker` {handle: [{"title", "url", "date"}]} (published recaps, member speakers
  only) for the member profiles, which read it in their generate_output.
The feed of recaps is Pelican's feed of their category (`CATEGORY_FEED_ATOM`), which holds recaps
only. State lives in the context of each run.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cowork.events import views
from cowork.events.schedule import Schedule
from cowork.events.structured import script_json
from cowork.events.validate import member_handles
from cowork.members.former import with_former
from cowork.problems import Problem
from cowork.recaps.check import RECAP_KEYS, Against, check_article, check_recap
from cowork.recaps.header import Field, read_header
from cowork.recaps.links import RecapLink, by_occurrence, by_speaker, recap_jsonld, subject_of
from cowork.recaps.model import Recap
from cowork.settings import KitSettings
from pelican import signals
from pelican.generators import ArticlesGenerator
from pelican.urlwrappers import Category

from cowork_pelican.reporting import report

logger = logging.getLogger(__name__)

RECAP_TEMPLATE = "recaps/article"
CATEGORY_NAME_TEMPLATE = "recaps/category_name.html"


@dataclass(frozen=True)
class Person:
    name: str
    url: str | None
    """The member's profile, relative to the site root; None for a plain name or no profile."""


@dataclass(frozen=True)
class RecapCard:
    """What the top of a recap shows: the occurrence it covers, who spoke, the slides."""

    item: views.Shown
    speakers: tuple[Person, ...]
    slides: str | None
    others: tuple[RecapLink, ...]
    """The other published recaps of the same occurrence."""
    jsonld: str
    """The recap's schema.org data, safe inside <script>."""


def category_name(generator: Any) -> str:
    """`RECAPS_CATEGORY`, else "Recaps" translated by the theme's catalogs (one template holds
    the string, so that `make translations` finds it)."""
    name = generator.settings.get("RECAPS_CATEGORY")
    if name:
        return str(name)
    # Rendered with autoescaping: back to plain text, as a category name is.
    return html.unescape(str(generator.env.get_template(CATEGORY_NAME_TEMPLATE).render())).strip()


def file_recap(generator: Any, metadata: dict[str, Any]) -> None:
    if "event" not in metadata:
        return
    metadata["category"] = Category(category_name(generator), generator.settings)
    metadata.setdefault("template", RECAP_TEMPLATE)


def link_recaps(generators: Iterable[Any]) -> None:
    articles = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if articles is None:
        return
    context: dict[str, Any] = articles.context
    settings = articles.settings
    kit = KitSettings.from_build_settings(settings)
    root = kit.root
    category = category_name(articles)
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
    schedule: Schedule | None = context.get("events_schedule")
    members: Mapping[str, Mapping[str, Any]] = context.get("member_links", {})
    found: list[tuple[Any, Recap]] = []
    if schedule is None:
        if recap_articles:
            problems.append(
                Problem(
                    "pelicanconf.py",
                    None,
                    "PLUGINS",
                    "recaps need the calendar: expected 'cowork_pelican.events' in PLUGINS",
                )
            )
    else:
        # Every known member when the directory is on, else the files of members/; None (not
        # checked, as the calendar does for organisers) when the site has no member at all.
        handles = frozenset(members) if members else _handles(kit.members_path)
        named = [
            name.strip()
            for article in recap_articles
            for name in _text(article.metadata.get("speakers", "")).split(",")
        ]
        known = with_former(set(handles) if handles is not None else None, named, kit)
        handles = frozenset(known) if known is not None else None
        against = Against(
            schedule,
            handles,
            events_dir=_relpath_of(kit.events_path, root),
            members_dir=_relpath_of(kit.members_path, root),
            category=category,
        )
        for article in recap_articles:
            draft = article.status == "draft"
            recap, trouble = check_recap(_relpath(article, root), _header(article), against, draft)
            problems += trouble
            if recap is not None:
                found.append((article, recap))
    report(problems)
    _share(context, found, articles.articles, members, kit, Category(category, settings))


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
    members: Mapping[str, Mapping[str, Any]],
    kit: KitSettings,
    category: Category,
) -> None:
    listed = {id(article) for article in published}
    links = {id(a): RecapLink(str(a.title), str(a.url), a.date) for a, _ in found}
    shown = [(r, links[id(a)]) for a, r in found if id(a) in listed]
    per_occurrence = by_occurrence(shown)
    context["recaps_by_occurrence"] = per_occurrence
    context["recaps_by_speaker"] = by_speaker(shown)
    per_event: dict[str, list[RecapLink]] = {}
    for (slug, _day), entries in sorted(per_occurrence.items(), key=lambda i: i[0][1]):
        per_event.setdefault(slug, []).extend(entries)
    context["recaps_subject_of"] = {
        slug: subject_of(entries, kit.public_url) for slug, entries in per_event.items()
    }
    urls: views.Urls = context.get("events_urls") or views.Urls(events=kit.events_url)
    zone = ZoneInfo(kit.timezone)
    cards = {}
    for article, recap in found:
        people = (_person(s.text, s.handle, members) for s in recap.speakers)
        speakers = tuple(person for person in people if person is not None)
        mine = links[id(article)]
        others = tuple(link for link in per_occurrence.get(recap.key, []) if link != mine)
        item = views.show(recap.occurrence, zone, urls)
        jsonld = script_json(recap_jsonld(recap, mine, kit.public_url, item.url))
        cards[article.source_path] = RecapCard(item, speakers, recap.slides, others, jsonld)
    context["recap_cards"] = cards
    feed = context.get("CATEGORY_FEED_ATOM")
    context["recaps_feed_url"] = str(feed).format(slug=category.slug) if feed else None


def _person(
    text: str, handle: str | None, members: Mapping[str, Mapping[str, Any]]
) -> Person | None:
    """A speaker as the page names them; None for a member who is not published (left, no
    consent, file deleted): their login is not printed in their place."""
    if handle is None:
        return Person(text, None)
    member = members.get(handle)
    if member is None or not member.get("url"):
        return None
    return Person(str(member.get("name") or text), member.get("url"))


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


def _handles(members_path: Path) -> frozenset[str] | None:
    handles = member_handles(members_path)
    return frozenset(handles) if handles is not None else None


def _relpath(article: Any, root: Path) -> str:
    return _relpath_of(Path(article.source_path), root)


def _relpath_of(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def register() -> None:
    # Before each article object is made: its category and template are a recap's from the start.
    signals.article_generator_context.connect(file_recap)
    # After every generate_context (articles, calendar, members), before any page is written.
    signals.all_generators_finalized.connect(link_recaps)
