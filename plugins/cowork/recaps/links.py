"""How events, members and recaps find each other on the site: recaps by occurrence, by event and
by speaker, and the schema.org data an event page gives about its recaps.

The Pelican glue shares these with the other plugins (`cowork_pelican.shared.RecapsShare`); the
event pages read them there, so the calendar works the same with no recap plugin at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cowork.recaps.model import Recap
from cowork.site.links import DatedLink
from cowork.site.posting import Publisher, blog_posting


@dataclass(frozen=True)
class RecapLink:
    """A published recap, as a list of an event's dates shows it."""

    title: str
    url: str
    """Relative to the site root."""
    date: dt.datetime
    """When the article was published."""


def by_occurrence(
    recaps: Iterable[tuple[Recap, RecapLink]],
) -> dict[tuple[str, dt.date], list[RecapLink]]:
    """{(slug, original date): its recaps, oldest first}. Several recaps of one occurrence are
    all listed."""
    found: dict[tuple[str, dt.date], list[RecapLink]] = {}
    for recap, link in recaps:
        found.setdefault(recap.key, []).append(link)
    for links in found.values():
        links.sort(key=lambda link: (link.date, link.url))
    return found


def by_speaker(recaps: Iterable[tuple[Recap, RecapLink]]) -> dict[str, list[DatedLink]]:
    """{member handle: the recaps each member spoke at, newest first}, dated by publication day.
    Plain names are left out: they have no profile.

    The cross-feature contract with the member directory, which lists them on profiles.
    """
    found: dict[str, list[RecapLink]] = {}
    for recap, link in recaps:
        # A member named twice in one `Speakers:` line spoke at that recap once.
        for handle in dict.fromkeys(s.handle for s in recap.speakers if s.handle):
            found.setdefault(handle, []).append(link)
    return {
        handle: [
            DatedLink(link.title, link.url, link.date.date())
            for link in sorted(links, key=lambda link: (link.date, link.url), reverse=True)
        ]
        for handle, links in found.items()
    }


def subject_of(links: Iterable[RecapLink], public_url: str) -> list[dict[str, Any]]:
    """schema.org `subjectOf` of an event: the articles written about it."""
    return [
        {
            "@type": "BlogPosting",
            "headline": link.title,
            "url": f"{public_url}/{link.url}",
            "datePublished": link.date.isoformat(),
        }
        for link in links
    ]


def recap_jsonld(
    recap: Recap,
    link: RecapLink,
    event_url: str,
    publisher: Publisher,
    authors: list[dict[str, str]] | None = None,
    modified: dt.datetime | None = None,
    image: str | None = None,
) -> dict[str, Any]:
    """schema.org `BlogPosting` of a recap, `about` the event's occurrence (the way back from
    the event's `subjectOf`). `authors`: from `cowork.site.posting.posting_authors` (the site
    signs when none is given); `image`: its share card's address, when the site makes them."""
    occurrence = recap.occurrence
    start = occurrence.start.date() if occurrence.all_day else occurrence.start
    about = {
        "@type": "Event",
        "name": recap.event.title,
        "url": f"{publisher.site_url}/{event_url}",
        "startDate": start.isoformat(),
    }
    return blog_posting(
        link.title,
        f"{publisher.site_url}/{link.url}",
        link.date,
        modified,
        authors or [publisher.organization()],
        publisher,
        image=image,
        about=about,
    )
